import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';

/**
 * Every browser test runs under a guard: no request may leave the app's origin (nor the test
 * host's, for the embed tests) and no console error or warning may appear.
 */
export const APP_ORIGIN = 'http://127.0.0.1:4173';
export const HOST_ORIGIN = 'http://127.0.0.1:4174';
/** Where the update test deploys one version of the app over another (test/e2e/update.spec.ts). */
export const UPDATE_ORIGIN = 'http://127.0.0.1:4179';

/**
 * The day every browser test lives on: "today" decides the default request date, deadlines and
 * warnings, so a test that left it to the machine's clock would flip a condition as the calendar
 * moves on (the suite also runs under faketime, years ahead). Contract dates in the tests are
 * written for this day.
 */
export const FIXED_NOW = new Date('2026-09-15T10:00:00');
export const FIXED_TODAY_FRENCH = '15/09/2026';

/** Fixes the clock of every page of a context (Date only: timers keep running). */
export async function fixClock(context: BrowserContext): Promise<void> {
  await context.clock.setFixedTime(FIXED_NOW);
}

/** A new context living on the same fixed day, for a "fresh browser" opening a link. */
export async function newFixedContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await fixClock(context);
  return context;
}

export const test = base.extend<{ guard: { foreignRequests: string[]; consoleProblems: string[] } }>({
  guard: [
    async ({ context }, use) => {
      await fixClock(context);
      const foreignRequests: string[] = [];
      const consoleProblems: string[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (![APP_ORIGIN, HOST_ORIGIN, UPDATE_ORIGIN, 'data:', 'blob:'].some((allowed) => url.startsWith(allowed))) {
          foreignRequests.push(url);
        }
      });
      context.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          consoleProblems.push(`${message.type()}: ${message.text()}`);
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
