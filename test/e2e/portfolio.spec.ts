import { fileURLToPath } from 'node:url';
import { readSheet } from 'read-excel-file/node';
import { amountOutput, expect, expectNoAxeViolations, test } from './fixtures.ts';

/**
 * An OPCO adviser's portfolio (issue 17): a spreadsheet of 20 contracts saved by LibreOffice
 * (test/fixtures/portefeuille-20-contrats.csv converted with soffice --headless --convert-to xlsx),
 * computed in the browser, filtered, opened in the simulator, saved, exported and read back.
 */
const FIXTURE = fileURLToPath(new URL('../fixtures/portefeuille-20-contrats.xlsx', import.meta.url));

test('an adviser imports a LibreOffice portfolio, filters it, opens a contract and exports the results', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Portefeuille' }).click();
  await expect(page.getByRole('heading', { name: 'Portefeuille de contrats', level: 2 })).toBeVisible();
  await expect(page.getByText(/rien n'est envoyé/)).toBeVisible();

  await page.getByLabel('Importer un portefeuille (.xlsx ou .csv)').setInputFiles(FIXTURE);
  await expect(page.getByText('portefeuille-20-contrats.xlsx : 20 contrats calculés.')).toBeVisible();
  await expect(page.getByText(/Colonnes : 18 reconnues, 1 ignorée \(Commentaire\)/)).toBeVisible();
  // Bad cells are reported one by one; the other rows are computed.
  await expect(page.getByText(/^4 problèmes dans le fichier/)).toBeVisible();
  const problems = page.getByRole('table', { name: 'Problèmes par ligne et colonne' });
  await expect(problems.getByRole('row', { name: /11 Date de début 31\/02\/2026 Cette date n'existe pas/ })).toBeVisible();

  const results = page.getByRole('region', { name: 'Résultats du portefeuille' });
  const references = () =>
    results.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.querySelector('.hint')?.textContent));
  await page.getByRole('radio', { name: /^À déposer dans les 30 jours/ }).check();
  expect(await references()).toContain('C-001');
  await expect(results.getByRole('row', { name: /C-001/ })).toContainText('01/10/2026 — dans 16 jours');
  await page.getByRole('radio', { name: /^Délai dépassé/ }).check();
  expect(await references()).toContain('C-003');
  await page.getByRole('radio', { name: /^Non éligibles/ }).check();
  expect(await references()).toEqual(expect.arrayContaining(['C-006', 'C-007', 'C-008', 'C-009', 'C-020']));
  await page.getByLabel('Employeur').selectOption({ label: 'Garage du Centre' });
  expect(await references()).toEqual(['C-007', 'C-008']);
  await page.getByLabel('Employeur').selectOption({ label: 'Tous les employeurs' });
  await page.getByRole('radio', { name: /^Tous les contrats/ }).check();
  await expect(page.getByRole('heading', { name: 'Totaux par employeur et par année' })).toBeVisible();

  // A column read wrongly is fixed by hand: every row is computed again.
  await page.getByText(/^Colonnes : 18 reconnues/).click();
  const verdictOfC001 = () => results.getByRole('row', { name: /C-001/ });
  await expect(verdictOfC001()).not.toContainText('À compléter');
  await page.getByLabel('Code RNCP').selectOption({ label: 'Ignorer cette colonne' });
  await expect(page.getByText(/Colonnes : 17 reconnues, 2 ignorées \(Code RNCP, Commentaire\)/)).toBeVisible();
  // Without its certification, the contract has a question left.
  await expect(verdictOfC001()).toContainText('À compléter');
  await expectNoAxeViolations(page);
  await page.getByLabel('Code RNCP').selectOption({ label: 'Code certification' });
  await expect(verdictOfC001()).not.toContainText('À compléter');

  // One row in the simulator, as a deep link in a new tab: the same amount, never the birth date.
  const row = results.getByRole('row', { name: /C-001/ });
  const [simulator] = await Promise.all([
    context.waitForEvent('page'),
    row.getByRole('link', { name: /Ouvrir dans le simulateur/ }).click(),
  ]);
  await expect(amountOutput(simulator)).toHaveText('6\u202f000\u00a0€');
  expect(simulator.url()).toContain('certification=RNCP37715');
  await simulator.close();
  const withBirthDate = results.getByRole('row', { name: /C-014/ });
  expect(await withBirthDate.getByRole('link').getAttribute('href')).not.toContain('1980');

  await row.getByRole('button', { name: /Enregistrer la ligne 2 dans Mes simulations/ }).click();
  await expect(page.getByText('Simulation « C-001 » enregistrée dans Mes simulations.')).toBeVisible();

  // Export, then read back: text stays text, dates are dates, amounts are numbers.
  const exportAndRead = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter en .xlsx' }).click(),
    ]);
    return { path: (await download.path())!, rows: await readSheet((await download.path())!) };
  };
  const first = await exportAndRead();
  const header = first.rows[0] as string[];
  const c001 = first.rows.find((cells) => cells[0] === 'C-001')!;
  expect(first.rows).toHaveLength(21);
  expect(c001[header.indexOf('SIRET')]).toBe('73282932000074');
  expect(c001[header.indexOf('Date de début')]).toEqual(new Date('2026-07-01T00:00:00Z'));
  expect(c001[header.indexOf('Montant estimé (€)')]).toBe(6000);
  expect(c001[header.indexOf('Éligibilité')]).toBe('Éligible');
  // The exported file goes back in, and comes out the same.
  await page.getByLabel('Importer un portefeuille (.xlsx ou .csv)').setInputFiles(first.path);
  await expect(page.getByText(/ : 20 contrats calculés\.$/)).toBeVisible();
  const second = await exportAndRead();
  expect(second.rows).toEqual(first.rows);
});

test('an unreadable file gets one clear message and changes nothing', async ({ page }) => {
  await page.goto('/#portefeuille');
  await page.getByLabel('Importer un portefeuille (.xlsx ou .csv)').setInputFiles({
    name: 'photo.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]),
  });
  await expect(page.getByRole('alert')).toHaveText(/n'est pas un tableur lisible.*Rien n'a été importé/);
  await expect(page.getByRole('heading', { name: 'Résultats' })).toHaveCount(0);
});

test('the portfolio is not offered in embed mode unless the host asks for it', async ({ page }) => {
  await page.goto('/?integration=1');
  await expect(page.getByRole('link', { name: 'Mes simulations' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Portefeuille' })).toHaveCount(0);
  await page.goto('/?integration=1&portefeuille=1');
  await expect(page.getByRole('link', { name: 'Portefeuille' })).toBeVisible();
});
