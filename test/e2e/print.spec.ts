import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { amountOutput, expect, test } from './fixtures.ts';

const SIMULATION =
  '/?debut=2026-09-01&type=cdd&fin=2027-08-31&heures=31.5&rupture=2027-05-20&sans-remuneration=3' +
  '&suspensions=2026-12-10_2027-01-20&certification=RNCP37443&departement=44&cufpa=oui&demandeur-emploi=oui';

/** Clicks "Imprimer / PDF", with the browser's print dialog replaced by a flag. */
async function printWithButton(page: Page) {
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Imprimer / PDF' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
}

test('printing shows the summary and hides the controls', async ({ page }) => {
  await page.goto(SIMULATION);
  await expect(amountOutput(page)).toHaveText('3\u202f600\u00a0€');
  await printWithButton(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Données saisies' })).toBeVisible();
  await expect(page.getByText(/Simulation du 15\/09\/2026 — http:\/\/127\.0\.0\.1:4173\/\?debut=2026-09-01/)).toBeVisible();
  await expect(page.getByRole('form', { name: 'Données de la simulation' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copier le lien' })).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Mois 1 sans rémunération' })).toBeHidden();
  await expect(amountOutput(page)).toBeVisible();
  await expect(page.getByRole('list', { name: "Conditions d'éligibilité" })).toBeVisible();
});

test('the PDF export is one A4 page holding the amount and the share link', async ({ page }) => {
  await page.goto(SIMULATION);
  await expect(amountOutput(page)).toHaveText('3\u202f600\u00a0€');
  // The button loads the printed summary (inputs, date, link) before opening the print dialog.
  await printWithButton(page);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const folder = mkdtempSync(join(tmpdir(), 'pdf-'));
  const file = join(folder, 'simulation.pdf');
  writeFileSync(file, pdf);
  let info: string;
  let pdfText: string;
  try {
    info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    pdfText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  expect(info).toMatch(/Pages:\s+1\n/);
  expect(info).toMatch(/Page size:.*\(A4\)/);
  const text = pdfText.replace(/\s+/g, ' ');
  expect(text).toContain('3 600 €');
  expect(text.replace(/ /g, '')).toContain('http://127.0.0.1:4173/?debut=2026-09-01&type=cdd&fin=2027-08-31&rupture=2027-05-20');
  expect(text).toContain('Le mois n°k du contrat va du début du contrat');
});
