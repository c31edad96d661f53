import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { amountOutput, expect, test } from './fixtures.ts';

const SIMULATION =
  '/?debut=2026-09-01&type=cdd&fin=2027-08-31&heures=31.5&rupture=2027-05-20&sans-remuneration=3' +
  '&suspensions=2026-12-10_2027-01-20&certification=RNCP37443&departement=44&cufpa=oui&demandeur-emploi=oui';

/**
 * The longest realistic case: several conditions unmet, part time, a rupture, a suspension and an
 * unpaid month, a request filed late. Its summary must still be one A4 page.
 */
const LONGEST =
  '/?debut=2026-09-01&type=cdd&fin=2027-08-31&rupture=2027-05-20&heures=24&sans-remuneration=3' +
  '&suspensions=2026-12-10_2027-01-20,2027-02-01_2027-02-10&certification=RNCP37715&objet=certification' +
  '&age-30-ans-ou-plus=non&demandeur-emploi=non&dans-effectif-6-mois=oui&departement=75&siret=73282932000074' +
  '&cufpa=non&a-jour-obligations=non&licenciement-economique=oui&demande-deposee=oui&depot=2026-12-20';

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

test('Ctrl+P without the print button prints the whole summary, without a stray "Chargement…"', async ({ page }) => {
  await page.goto(`${SIMULATION}&siret=73282932000074`);
  await expect(amountOutput(page)).toHaveText('3\u202f600\u00a0€');
  // What the browser does on Ctrl+P (or a phone's share → print): beforeprint, then print media.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const inputs = page.getByRole('region', { name: 'Données saisies' });
  await expect(inputs).toBeVisible();
  await expect(inputs).toContainText('RNCP37443 — ');
  await expect(inputs).toContainText('73282932000074');
  await expect(page.getByRole('img', { name: "Code QR de l'adresse de la simulation" })).toBeVisible();
  await expect(page.getByText(/Simulation du 15\/09\/2026 — http:\/\/127\.0\.0\.1:4173\/\?debut=2026-09-01/)).toBeVisible();
  await expect(page.getByText('Chargement…')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Vos démarches' })).toBeVisible();
  await expect(page.getByText(/Données personnelles/)).toBeVisible();
});

test('the PDF export of the longest case is one A4 page holding the verdict, the amount and the link', async ({ page }) => {
  await page.goto(LONGEST);
  await expect(page.getByTestId('verdict')).toContainText("Ce contrat n'ouvre pas droit à l'aide");
  // Months 1, 2 and 4 to 9 due (3 unpaid, 9 holds the rupture): 500 € × 24/35 × 8 = 2 742,86 €.
  await expect(amountOutput(page)).toHaveText('2\u202f742,86\u00a0€');
  // Ctrl+P, not the button: the printed summary came with the result.
  await expect(page.getByRole('region', { name: 'Données saisies', includeHidden: true })).toBeAttached();
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
  expect(text).toContain('2 742,86 €');
  expect(text).toContain("Ce contrat n'ouvre pas droit à l'aide");
  expect(text).toContain('73282932000074');
  expect(text).toMatch(/RNCP37715 — \S/);
  expect(text.replace(/ /g, '')).toContain('http://127.0.0.1:4173/?debut=2026-09-01&type=cdd&fin=2027-08-31&rupture=2027-05-20');
  expect(text).toContain('Le mois n°k du contrat va du début du contrat');
});
