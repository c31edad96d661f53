import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

/**
 * Every browser test runs under a guard: no request may leave the app's origin (nor the test
 * host's, for the embed tests) and no console error or warning may appear.
 */
export const APP_ORIGIN = 'http://127.0.0.1:4173';
export const HOST_ORIGIN = 'http://127.0.0.1:4174';

export const test = base.extend<{ guard: { foreignRequests: string[]; consoleProblems: string[] } }>({
  guard: [
    async ({ context }, use) => {
      const foreignRequests: string[] = [];
      const consoleProblems: string[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(APP_ORIGIN) && !url.startsWith(HOST_ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          foreignRequests.push(url);
        }
      });
      context.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(`${message.type()}: ${message.text()}`);
      });
      context.on('weberror', (error) => consoleProblems.push(`page error: ${error.error().message}`));
      await use({ foreignRequests, consoleProblems });
      expect(foreignRequests, 'requests outside the app origin').toEqual([]);
      expect(consoleProblems, 'console errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export function amountOutput(page: Page) {
  return page.getByRole('status', { name: "Montant estimé de l'aide" });
}

/** Types into a text field by its label, replacing its content. */
export async function fillField(page: Page, label: RegExp | string, text: string) {
  await page.getByLabel(label).fill(text);
}

export async function expectNoAxeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  expect(
    violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
