import { amountOutput, expect, expectNoAxeViolations, fillField, test } from './fixtures.ts';

const ELIGIBLE =
  '/?debut=2026-12-01&type=cdd&fin=2027-11-30&certification=RNCP34095&age-30-ans-ou-plus=oui&demandeur-emploi=oui' +
  '&dans-effectif-6-mois=non&departement=44&cufpa=oui&a-jour-obligations=oui&licenciement-economique=non';

test.describe('axe-core finds no WCAG 2.1 A/AA violation', () => {
  test('on the empty form', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
  });

  test('with results, the certification list open and every section expanded', async ({ page }) => {
    await page.goto(ELIGIBLE);
    await expect(amountOutput(page)).toHaveText('6\u202f000\u00a0€');
    await page.getByLabel('Certification préparée').click();
    await page.getByRole('combobox', { name: 'Certification préparée' }).fill('cuisine');
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.getByRole('combobox', { name: 'Certification préparée' }).focus();
    await page.getByText('Hypothèses du simulateur').click();
    await page.getByText('Comment est calculé ce montant ?').click();
    await page.getByText(/^\d+ conditions? remplies?$/).click();
    // A request not filed yet: its deadline becomes a task in "Vos démarches".
    await page
      .getByRole('group', { name: /déjà déposé la demande/ })
      .getByRole('radio', { name: 'Pas encore' })
      .check();
    await expect(page.getByRole('list', { name: 'Vos démarches' })).toBeVisible();
    await page.getByRole('radio', { name: 'Temps partiel' }).check();
    await page.getByRole('button', { name: 'Ajouter une suspension' }).click();
    await page.getByRole('combobox', { name: 'Certification préparée' }).fill('cuisinier');
    await expect(page.getByRole('listbox')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('with errors shown', async ({ page }) => {
    await page.goto('/?debut=2026-09-01&type=cdd');
    await fillField(page, /Date de fin prévue du CDD/, '31/02/2027');
    await fillField(page, /Département de l'établissement/, '99');
    await expect(amountOutput(page)).toHaveText('—');
    await expectNoAxeViolations(page);
  });

  test('with questions left, with nothing due, and while the engine is awaited', async ({ page }) => {
    await page.goto('/?debut=2026-09-01&type=cdi&departement=44');
    await expect(page.getByTestId('verdict')).toContainText('questions restantes');
    await expectNoAxeViolations(page);
    await page.goto('/?debut=2026-09-01&type=cdi&rupture=2026-09-20');
    await expect(page.getByTestId('verdict')).toContainText("Aucune aide n'est due");
    await expectNoAxeViolations(page);
  });

  test('when the contract is not eligible', async ({ page }) => {
    await page.goto(`${ELIGIBLE.replace('departement=44', 'departement=75')}&sans-remuneration=2`);
    await expect(page.getByTestId('verdict')).toContainText("n'ouvre pas droit");
    await expectNoAxeViolations(page);
  });

  test('on the catalogue page, with and without results', async ({ page }) => {
    await page.goto('/#formations');
    await expect(page.getByText('425 certifications éligibles')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('searchbox').fill('introuvable');
    await expect(page.getByText('Aucune certification trouvée')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('in embed mode with an accent colour', async ({ page }) => {
    await page.goto(`${ELIGIBLE}&integration=1&couleur=ffcc00`);
    await expect(amountOutput(page)).toHaveText('6\u202f000\u00a0€');
    await expectNoAxeViolations(page);
  });

  test('at 200 % zoom (640 CSS pixels wide)', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 450 });
    await page.goto(ELIGIBLE);
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
  });

  test('at 320 pixels wide, without horizontal scrolling (reflow)', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(ELIGIBLE);
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.goto('/#formations');
    await expect(page.getByText('425 certifications éligibles')).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
