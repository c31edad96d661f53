import { devices, type Locator, type Page } from '@playwright/test';
import { amountOutput, expect, expectNoAxeViolations, HOST_ORIGIN, test } from './fixtures.ts';

/**
 * Issue 14 on a 390 × 844 touch phone: dates typed on a keypad without "/", and the estimate's
 * summary on screen at every scroll position, in the simulator's own page and embedded in a
 * partner's page.
 */
const { userAgent, deviceScaleFactor, isMobile, hasTouch } = devices['iPhone 13'];
test.use({ viewport: { width: 390, height: 844 }, userAgent, deviceScaleFactor, isMobile, hasTouch });

const PHONE_HEIGHT = 844;

/** The box of an element relative to the phone's screen (the top-level viewport, also for a frame). */
async function expectOnScreen(element: Locator) {
  const box = await element.boundingBox();
  expect(box, 'the summary has a box').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(-1);
  expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE_HEIGHT + 1);
  expect(box!.height).toBeGreaterThan(20);
}

/** Scrolls the page to a fraction of its scrollable height, the way a thumb would. */
async function scrollTo(page: Page, fraction: number) {
  await page.evaluate(
    (part) => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * part),
    fraction,
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test('digits typed on a phone keypad become a date: 02012027 gives 02/01/2027', async ({ page }) => {
  await page.goto('/');
  const start = page.getByLabel(/Date de début d'exécution/);
  await start.tap();
  await expect(start).toHaveAttribute('inputmode', 'numeric');
  await page.keyboard.type('0201', { delay: 30 });
  // No error while the date is still being typed.
  await expect(start).not.toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.type('2027', { delay: 30 });
  await expect(start).toHaveValue('02/01/2027');
  await page.getByRole('radio', { name: 'CDI' }).tap();
  await expect(amountOutput(page)).toHaveText('6\u202f000\u00a0€');
  // Deleting works: back to the month, then another date.
  await start.tap();
  await page.keyboard.press('End');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
  await expect(start).toHaveValue('02/01');
  await page.keyboard.type('2028');
  await expect(start).toHaveValue('02/01/2028');
});

test('the summary stays on screen at every scroll position while answering', async ({ page }) => {
  await page.goto('/');
  const summary = page.getByRole('region', { name: "Résumé de l'estimation" });
  await expect(summary).toContainText('Estimation : à compléter');
  for (const fraction of [0, 0.25, 0.5, 0.75, 1]) {
    await scrollTo(page, fraction);
    await expectOnScreen(summary);
  }
  await page.getByLabel(/Date de début d'exécution/).fill('01/12/2026');
  await page.getByRole('radio', { name: 'CDI' }).tap();
  await expect(summary).toContainText('6\u202f000\u00a0€ si toutes les conditions sont remplies · 10 questions');
  for (const fraction of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
    await scrollTo(page, fraction);
    await expectOnScreen(summary);
  }
  await page.getByLabel(/Département de l'établissement/).fill('75');
  await expect(summary).toContainText("Pas d'aide : une condition n'est pas remplie");
  await expectOnScreen(summary);
  // Announced politely once the answers settle (1.5 s without change), not at each keystroke.
  const announcement = page.getByRole('status', { name: "Annonce de l'estimation" });
  await expect(announcement).not.toHaveText("Pas d'aide : une condition n'est pas remplie", { timeout: 500 });
  await expect(announcement).toHaveText("Pas d'aide : une condition n'est pas remplie");
  await expectNoAxeViolations(page);
  await summary.getByRole('link').tap();
  await expect(page.getByTestId('verdict')).toBeInViewport();
});

test('embedded in a partner page that scrolls, the summary stays on the phone screen', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/telephone`);
  const iframe = page.locator('iframe');
  await iframe.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('iframe');
  const summary = frame.getByRole('region', { name: "Résumé de l'estimation" });
  await expect(summary).toContainText('Estimation : à compléter');
  await frame.getByLabel(/Date de début d'exécution/).fill('01/12/2026');
  await frame.getByRole('radio', { name: 'CDI' }).tap();
  await expect(summary).toContainText('6\u202f000\u00a0€ si toutes les conditions sont remplies');
  // Positions where the frame fills the screen: its top, middle and bottom parts.
  const frameTop = await iframe.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  const frameHeight = await iframe.evaluate((element) => element.getBoundingClientRect().height);
  expect(frameHeight).toBeGreaterThan(2 * PHONE_HEIGHT);
  for (const offset of [0, 0.25, 0.5, 0.75].map((part) => part * (frameHeight - PHONE_HEIGHT))) {
    await page.evaluate((y) => window.scrollTo(0, y), frameTop + offset);
    await expect
      .poll(async () => {
        const box = await summary.boundingBox();
        return box ? box.y + box.height : -1;
      })
      .toBeLessThanOrEqual(PHONE_HEIGHT + 1);
    await expectOnScreen(summary);
  }
  // The partner page with the frame, the pinned summary included.
  await expectNoAxeViolations(page);
});
