import { fileURLToPath } from 'node:url';
import { amountOutput, expect, fillField, test } from './fixtures.ts';

test('after one visit, the simulator and the catalogue work with the network cut', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit ends once the worker controls the page and has precached the app.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  await page.goto('/?debut=2026-09-01&type=cdd&fin=2027-06-30');
  await expect(amountOutput(page)).toHaveText('5\u202f000\u00a0€');
  await fillField(page, /Date de fin prévue du CDD/, '31/08/2027');
  await expect(amountOutput(page)).toHaveText('6\u202f000\u00a0€');
  await page.getByRole('link', { name: 'Formations éligibles' }).click();
  await expect(page.getByText('425 certifications éligibles')).toBeVisible();
  await page.getByRole('link', { name: 'Mes simulations' }).click();
  await expect(page.getByRole('heading', { name: 'Mes simulations', level: 2 })).toBeVisible();
  // An adviser on a company visit without network: the portfolio reads and computes a spreadsheet.
  await page.getByRole('link', { name: 'Portefeuille' }).click();
  await page
    .getByLabel('Importer un portefeuille (.xlsx ou .csv)')
    .setInputFiles(fileURLToPath(new URL('../fixtures/portefeuille-20-contrats.xlsx', import.meta.url)));
  await expect(page.getByText('portefeuille-20-contrats.xlsx : 20 contrats calculés.')).toBeVisible();
  await context.setOffline(false);
});

test('caching the app for offline use waits until the whole page is shown', async ({ page }) => {
  // Its install fetches and stores every file of the app: it must not take the CPU from the first
  // render, whose last block on an empty form is the results' closing disclaimer.
  await page.addInitScript(() => {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
      document.documentElement.dataset.pageShownAtRegistration = String(document.querySelector('.disclaimer') !== null);
      return register(...args);
    };
  });
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(page.locator('html')).toHaveAttribute('data-page-shown-at-registration', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-service-worker', 'registered');
});

test('embed mode registers no service worker on the host page’s behalf', async ({ page }) => {
  await page.goto('/?integration=1');
  await expect(amountOutput(page)).toBeVisible();
  // The moment a standalone page registers its worker (page whole, loaded, browser idle).
  await expect(page.locator('html')).toHaveAttribute('data-service-worker', 'skipped');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
