// npm run bench:workspace — an adviser's lifetime of simulations in "Mes simulations", measured in
// Debian's Chromium on the built app: importing 10,000 simulations (about 2 MB of JSON), opening
// the list again after a reload, and the latency of the interactions on it (Event Timing, the
// measure behind INP). Prints figures at normal speed and with the CPU slowed 4 times; asserts
// nothing (benchmarks are scripts, not timed tests).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { startPreviewServer } from '../scripts/preview-server.ts';

const PORT = 4176;
const COUNT = 10_000;

function simulationsFile(count: number): string {
  const simulations = Array.from({ length: count }, (_, index) => {
    const month = String((index % 12) + 1).padStart(2, '0');
    const year = 2025 + (index % 3);
    const parameters = [
      `debut=${year}-${month}-0${(index % 9) + 1}`,
      index % 2 ? 'type=cdd' : 'type=cdi',
      index % 2 ? `fin=${year + 1}-${month}-01` : '',
      index % 3 ? `heures=${20 + (index % 15)}` : '',
      `certification=RNCP${['34095', '37443', '37122', '37537'][index % 4]}`,
      'age-30-ans-ou-plus=oui&demandeur-emploi=oui&dans-effectif-6-mois=non&departement=44&cufpa=oui',
      `demande-deposee=oui&depot=${year}-${month}-20`,
    ]
      .filter(Boolean)
      .join('&');
    return {
      id: `sim-bench-${index.toString(36)}`,
      name: `Contrat ${index + 1}`,
      employer: `Employeur ${index % 400}`,
      parameters,
      birthDate: '',
      ageMode: 'answer',
      savedAt: `${year}-${month}-20T10:00:00.000Z`,
    };
  });
  return JSON.stringify({ version: 2, simulations, employers: {}, exportedAt: '2026-09-15T10:00:00.000Z' }, null, 2);
}

/** The longest event handled since the last call (click, key, input), in ms: what INP reports. */
async function worstInteraction(page: Page): Promise<number> {
  return page.evaluate(() => {
    const store = window as unknown as { eventDurations?: number[] };
    const worst = Math.max(0, ...(store.eventDurations ?? []));
    store.eventDurations = [];
    return worst;
  });
}

async function timed(page: Page, action: () => Promise<void>): Promise<{ wall: number; event: number }> {
  await worstInteraction(page);
  const started = performance.now();
  await action();
  // Let the event timing entry of the last frame arrive.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  return { wall: Math.round(performance.now() - started), event: Math.round(await worstInteraction(page)) };
}

await build({ logLevel: 'warn' });
const server = await startPreviewServer(PORT);

const folder = mkdtempSync(join(tmpdir(), 'bench-workspace-'));
const file = join(folder, 'mes-simulations.json');
const text = simulationsFile(COUNT);
writeFileSync(file, text);
console.log(`file: ${COUNT.toLocaleString('en-US')} simulations, ${(text.length / 1e6).toFixed(2)} MB`);

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  for (const slowdown of [1, 4]) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addInitScript(() => {
      const store = window as unknown as { eventDurations: number[] };
      store.eventDurations = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) store.eventDurations.push(entry.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.goto(`${server.origin}/#mes-simulations`);
    await page.getByText('Aucune simulation enregistrée.', { exact: false }).waitFor();

    const imported = await timed(page, async () => {
      await page.getByLabel('Importer un fichier JSON exporté').setInputFiles(file);
      await page.getByText(`${COUNT} simulation(s) importée(s)`).waitFor({ timeout: 600_000 });
      await page.getByRole('article').first().waitFor();
    });
    // The list re-evaluated with the certification list, loaded after the import.
    await page.getByText('Page 1 sur 500').waitFor();

    const reopenStarted = performance.now();
    await page.reload();
    await page.getByRole('article').first().waitFor({ timeout: 600_000 });
    const reopened = Math.round(performance.now() - reopenStarted);
    const longestTask = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let worst = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) worst = Math.max(worst, entry.duration);
          }).observe({ type: 'longtask', buffered: true });
          setTimeout(() => resolve(Math.round(worst)), 200);
        }),
    );

    const nextPage = await timed(page, () => page.getByRole('button', { name: 'Page suivante' }).first().click());
    const filter = await timed(page, async () => {
      await page.getByLabel('Chercher une simulation').pressSequentially('Contrat 99', { delay: 30 });
      await page.getByText(/sur 10000/).waitFor();
    });
    await page.getByLabel('Chercher une simulation').fill('');
    const rename = await timed(page, async () => {
      await page.getByRole('button', { name: /^Renommer Contrat 1$/ }).click();
      await page.getByLabel('Nouveau nom').fill('Contrat un');
      await page.getByRole('button', { name: 'Valider' }).click();
      await page.getByText('Simulation renommée « Contrat un ».').waitFor();
    });
    const remove = await timed(page, async () => {
      await page.getByRole('button', { name: 'Supprimer Contrat 2', exact: true }).click();
      await page.getByText('Simulation « Contrat 2 » supprimée.').waitFor();
    });
    const compare = await timed(page, async () => {
      await page.getByRole('checkbox', { name: 'Comparer Contrat un' }).check();
      await page.getByRole('checkbox', { name: 'Comparer Contrat 3', exact: true }).check();
      await page.getByRole('table').waitFor();
    });

    console.log(`\nCPU ×${slowdown}`);
    console.log(
      `  import of ${COUNT.toLocaleString('en-US')}: confirmed after ${imported.wall} ms (longest event ${imported.event} ms)`,
    );
    console.log(`  list reopened after a reload: first card after ${reopened} ms (longest task while loading ${longestTask} ms)`);
    for (const [name, figures] of Object.entries({
      'next page': nextPage,
      'filter, 10 keystrokes': filter,
      rename,
      delete: remove,
      'compare two': compare,
    })) {
      console.log(`  ${name}: longest event ${figures.event} ms (whole action ${figures.wall} ms)`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
  rmSync(folder, { recursive: true, force: true });
}
