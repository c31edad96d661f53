// npm run bench:catalogue — what a keystroke in the "Formations éligibles" search box costs the
// user, measured in Debian's Chromium on the built app: the Event Timing duration of each keystroke
// (from the key press to the next paint, the measure behind INP), at normal speed and with the CPU
// slowed 4 times. Prints figures; asserts nothing (benchmarks are scripts, not timed tests).
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { startPreviewServer } from '../scripts/preview-server.ts';

const PORT = 4180;
/** Searches typed key by key, then erased key by key: the list grows and shrinks as people type. */
const QUERIES = [
  'plombier',
  'chauffeur routier',
  'agent de propreté',
  'cariste',
  'technicien',
  'BTS NDRC',
  'mécanicien auto',
  'cuisinier',
  'a',
  'maître nageur',
];

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

await build({ logLevel: 'warn' });
const server = await startPreviewServer(PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  for (const slowdown of [1, 4]) {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });
    await context.addInitScript(() => {
      // One figure per interaction (a keystroke gives keydown, keypress, input, keyup entries).
      const store = window as unknown as { interactions: Map<number, number> };
      store.interactions = new Map();
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as PerformanceEventTiming[]) {
          if (!entry.interactionId) continue;
          store.interactions.set(entry.interactionId, Math.max(entry.duration, store.interactions.get(entry.interactionId) ?? 0));
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.goto(`${server.origin}/#formations`);
    const box = page.getByRole('searchbox', { name: 'Rechercher une certification' });
    await box.waitFor();
    await page.getByText('425 certifications éligibles').waitFor();
    let keystrokes = 0;
    for (const query of QUERIES) {
      await box.click();
      // A person types about 5 keys a second; the delay leaves each keystroke its own frame.
      await box.pressSequentially(query, { delay: 150 });
      for (let index = 0; index < query.length; index++) await box.press('Backspace', { delay: 150 });
      keystrokes += query.length * 2;
    }
    await page.waitForTimeout(500);
    // Keystrokes under the 16 ms threshold are not reported: they count as 16 ms.
    const reported = await page.evaluate(() => [
      ...(window as unknown as { interactions: Map<number, number> }).interactions.values(),
    ]);
    const durations = [...reported, ...Array(Math.max(0, keystrokes - reported.length)).fill(16)].sort((a, b) => a - b);
    const over = (limit: number) => durations.filter((duration) => duration > limit).length;
    console.log(
      `catalogue search box, CPU ×${slowdown}: ${keystrokes} keystrokes, keystroke to paint p50 ${percentile(durations, 0.5)} ms, ` +
        `p95 ${percentile(durations, 0.95)} ms, max ${durations[durations.length - 1]} ms; ${over(100)} over 100 ms, ${over(200)} over 200 ms ` +
        `(goal p95 ≤ 100 ms at ×4)`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
