import { expect, test } from '@playwright/test';

test('the app opens in French, makes no request outside its origin and logs nothing', async ({ page, baseURL }) => {
  const foreignRequests: string[] = [];
  const consoleMessages: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!)) foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleMessages.push(message.text());
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('aide au contrat de professionnalisation');
  expect(foreignRequests).toEqual([]);
  expect(consoleMessages).toEqual([]);
});
