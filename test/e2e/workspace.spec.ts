import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { amountOutput, expect, expectNoAxeViolations, fillField, test } from './fixtures.ts';

const ELIGIBLE =
  'age-30-ans-ou-plus=oui&demandeur-emploi=oui&dans-effectif-6-mois=non&departement=44&cufpa=oui&a-jour-obligations=oui&licenciement-economique=non';

async function saveCurrent(page: Page, name: string, employer: string) {
  await page.getByRole('button', { name: 'Enregistrer dans Mes simulations…' }).click();
  await fillField(page, 'Nom de la simulation', name);
  await fillField(page, 'Employeur (facultatif)', employer);
  await page.getByRole('button', { name: 'Enregistrer la simulation' }).click();
  await expect(page.getByText(`Simulation « ${name} » enregistrée dans Mes simulations.`)).toBeVisible();
}

test('three contracts for one employer: the total and the convention notice; export, clear, import', async ({ page }) => {
  // Three full-time 12-month contracts (3 × 6,000 €) filed the same year, same SIRET.
  for (const [index, certification] of ['RNCP34095', 'RNCP37122', 'RNCP37537'].entries()) {
    await page.goto(
      `/?debut=2026-0${index + 3}-02&type=cdi&certification=${certification}&siret=73282932000074&depot=2026-04-15&${ELIGIBLE}`,
    );
    await expect(amountOutput(page)).toHaveText('6\u202f000\u00a0€');
    await saveCurrent(page, `Contrat ${index + 1}`, 'Boulangerie Martin');
  }
  await page.getByRole('link', { name: 'Mes simulations' }).click();
  await expect(page.getByRole('heading', { name: 'Mes simulations', level: 2 })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(3);
  await expect(page.getByRole('article').first()).toContainText('Boulangerie Martin — 6\u202f000\u00a0€, 12 mois dus');
  const employer = page.getByRole('region', { name: 'Boulangerie Martin (SIRET 73282932000074)' });
  await expect(employer).toContainText('2026 : 18\u202f000\u00a0€ estimés pour 3 contrats');
  await expect(employer).toContainText('Sous le seuil de 23\u202f000\u00a0€');
  // Other regional aid already granted this year takes the total past 23,000 €.
  await employer.getByLabel(/Autres aides régionales déjà accordées/).fill('5000,01');
  await employer.getByLabel(/Autres aides régionales déjà accordées/).press('Tab');
  await expect(employer).toContainText('= 23\u202f000,01\u00a0€');
  await expect(employer).toContainText('une convention sera signée avec la Région');
  await expectNoAxeViolations(page);

  // Compare two of them side by side.
  await page.getByRole('checkbox', { name: 'Comparer Contrat 1' }).check();
  await page.getByRole('checkbox', { name: 'Comparer Contrat 2' }).check();
  await expect(page.getByRole('table')).toContainText('Contrat 2');
  await expectNoAxeViolations(page);

  // Export, delete everything, import: the same list.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en JSON' }).click();
  const file = await (await download).path();
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en CSV (tableur)' }).click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  expect(csv.startsWith('\ufeffNom;Employeur;SIRET;')).toBe(true);
  expect(csv).toContain('Contrat 1;Boulangerie Martin;="73282932000074";02/03/2026;CDI;');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Tout supprimer' }).click();
  await expect(page.getByRole('article')).toHaveCount(0);
  await page.getByLabel('Importer un fichier JSON exporté').setInputFiles(file);
  await expect(page.getByText('3 simulations importées.')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(3);
  await expect(page.getByRole('region', { name: /Boulangerie Martin/ })).toContainText('une convention sera signée');
  // The same file again: duplicates detected, nothing added.
  await page.getByLabel('Importer un fichier JSON exporté').setInputFiles(file);
  await expect(page.getByText('0 simulation importée ; 3 déjà présentes, ignorées.')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(3);
});

test('a saved simulation reopens, duplicates and renames; a bad file changes nothing', async ({ page }) => {
  await page.goto('/?debut=2026-09-01&type=cdd&fin=2027-06-30&heures=31.5');
  await saveCurrent(page, 'Variante 90 %', '');
  await page.getByRole('link', { name: 'Mes simulations' }).click();
  await page.getByRole('button', { name: 'Dupliquer Variante 90 %' }).click();
  await page.getByRole('button', { name: 'Renommer Variante 90 % (copie)' }).click();
  await fillField(page, 'Nouveau nom', 'Variante temps plein');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByRole('heading', { name: 'Variante temps plein', level: 3 })).toBeVisible();
  await page
    .getByLabel('Importer un fichier JSON exporté')
    .setInputFiles({ name: 'autre.json', mimeType: 'application/json', buffer: Buffer.from('{"users":[]}') });
  await expect(page.getByText("Ce fichier n'est pas un export du simulateur : rien n'a été importé.")).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(2);
  await page.getByRole('button', { name: 'Ouvrir Variante 90 %' }).first().click();
  await expect(amountOutput(page)).toHaveText('4\u202f500\u00a0€');
});
