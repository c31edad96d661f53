import type { Frame, Locator, Page } from '@playwright/test';
import { APP_ORIGIN, expect, HOST_ORIGIN, test } from './fixtures.ts';

async function frameOf(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())!.contentFrame();
  if (!frame) throw new Error('iframe without content');
  await frame.waitForLoadState();
  return frame;
}

async function iframeHeight(iframe: Locator): Promise<number> {
  return iframe.evaluate((element) => element.getBoundingClientRect().height);
}

async function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => document.body.getBoundingClientRect().height);
}

/** The iframe follows its content's height within a few pixels. */
async function expectFitted(iframe: Locator, frame: Frame) {
  await expect.poll(async () => Math.abs((await iframeHeight(iframe)) - (await contentHeight(frame)))).toBeLessThanOrEqual(3);
}

async function openHost(page: Page) {
  await page.setViewportSize({ width: 1024, height: 3000 });
  await page.goto(HOST_ORIGIN);
  const iframes = page.locator('iframe');
  await expect(iframes).toHaveCount(2);
  return iframes;
}

test('the loader inserts a titled, lazy, borderless iframe in place, with data attributes as parameters', async ({ page }) => {
  const iframes = await openHost(page);
  const first = iframes.first();
  await expect(first).toHaveAttribute(
    'title',
    "Simulateur de l'aide au contrat de professionnalisation (Région Pays de la Loire)",
  );
  await expect(first).toHaveAttribute('loading', 'lazy');
  const src = new URL((await first.getAttribute('src'))!);
  expect(src.origin).toBe(APP_ORIGIN);
  expect(Object.fromEntries(src.searchParams)).toEqual({
    integration: '1',
    certification: 'RNCP37443',
    debut: '2026-09-01',
    type: 'cdd',
    fin: '2027-08-31',
  });
  // Inserted right where the script stands: before the paragraph that follows it.
  expect(await page.evaluate(() => document.querySelector('iframe')!.nextElementSibling!.tagName)).toBe('P');
  expect(await first.evaluate((element) => getComputedStyle(element).borderTopWidth)).toBe('0px');
  const frame = await frameOf(first);
  await expect(frame.getByRole('status', { name: "Montant estimé de l'aide" })).toHaveText('6\u202f000\u00a0€');
  await expect(frame.locator('.site-footer')).toHaveCount(0);
  await expect(frame.getByText('Région Pays de la Loire', { exact: true })).toHaveCount(0);
});

test('the iframe grows with its content and shrinks back, each embed on its own', async ({ page }) => {
  const iframes = await openHost(page);
  const first = iframes.first();
  const second = iframes.nth(1);
  const frame = await frameOf(first);
  const otherFrame = await frameOf(second);
  // Let both pages settle: their last section renders a moment after the first.
  await expect(frame.getByRole('button', { name: 'Enregistrer dans Mes simulations…' })).toBeVisible();
  await expect(otherFrame.getByRole('button', { name: 'Enregistrer dans Mes simulations…' })).toBeVisible();
  await expectFitted(first, frame);
  // Browsers pause rendering (and so resize observation) in cross-origin frames out of view:
  // the second embed fits its content once it is scrolled into view.
  await second.scrollIntoViewIfNeeded();
  await expectFitted(second, otherFrame);
  await first.scrollIntoViewIfNeeded();
  const initial = await iframeHeight(first);
  const otherInitial = await iframeHeight(second);

  // Opening the explanation lengthens the results column; closing it again shortens it back.
  await frame.getByText('Comment est calculé ce montant ?').click();
  await expect.poll(() => iframeHeight(first)).toBeGreaterThan(initial + 50);
  await expectFitted(first, frame);
  expect(await iframeHeight(second)).toBe(otherInitial);
  await frame.getByText('Comment est calculé ce montant ?').click();
  await expect.poll(() => iframeHeight(first)).toBeGreaterThanOrEqual(initial - 3);
  await expect.poll(() => iframeHeight(first)).toBeLessThanOrEqual(initial + 3);
  await expectFitted(first, frame);
});

test('a message of the wrong shape, or from another window, changes nothing', async ({ page }) => {
  const iframes = await openHost(page);
  const first = iframes.first();
  const frame = await frameOf(first);
  // Let the page settle first (its last section renders a moment after the first): only then is
  // any later change of height the messages' doing.
  await expect(frame.getByRole('button', { name: 'Enregistrer dans Mes simulations…' })).toBeVisible();
  await expectFitted(first, frame);
  const before = await iframeHeight(first);

  // The right shape, but from the host page itself.
  await page.evaluate(() => window.postMessage({ source: 'aide-contrat-pro', kind: 'resize-height', value: 40 }, '*'));
  // From the simulator's own window, but shapes that are not the protocol's.
  await frame.evaluate(() => {
    parent.postMessage({ source: 'aide-contrat-pro', kind: 'resize', value: 40 }, '*');
    parent.postMessage({ source: 'autre', kind: 'resize-height', value: 40 }, '*');
    parent.postMessage({ source: 'aide-contrat-pro', kind: 'resize-height', value: '40' }, '*');
    parent.postMessage({ source: 'aide-contrat-pro', kind: 'resize-height', value: -5 }, '*');
    parent.postMessage('resize-height:40', '*');
  });
  // The right shape from the other embed changes only that embed.
  const second = await frameOf(iframes.nth(1));
  await second.evaluate(() => parent.postMessage({ source: 'aide-contrat-pro', kind: 'resize-height', value: 40 }, '*'));
  await expect.poll(() => iframeHeight(iframes.nth(1))).toBe(40);
  expect(await iframeHeight(first)).toBe(before);
  await expectFitted(first, frame);
});
