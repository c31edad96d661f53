import { devices } from '@playwright/test';
import { amountOutput, expect, fillField, newFixedContext, test } from './fixtures.ts';

test.describe('an employer on a phone', () => {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices['Pixel 7'];
  test.use({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });

  test('estimates a full-time CDD that meets every condition', async ({ page }) => {
    await page.goto('/');
    await fillField(page, /Date de début d'exécution/, '01/09/2026');
    await page.getByRole('radio', { name: 'CDD' }).check();
    await fillField(page, /Date de fin prévue du CDD/, '31/08/2027');
    // A plain field until the search arrives (with the first result, or on focus), then the search.
    await page.getByLabel('Certification préparée').click();
    const combobox = page.getByRole('combobox', { name: 'Certification préparée' });
    await combobox.fill('cuisinier');
    await page.getByRole('option', { name: /Cuisinier RNCP34095/ }).click();
    await page.getByRole('radio', { name: 'un diplôme, un titre ou un CQP' }).check();
    await page
      .getByRole('group', { name: /30 ans ou plus/ })
      .getByRole('radio', { name: 'Oui' })
      .check();
    await page
      .getByRole('group', { name: /recherche d'emploi/ })
      .getByRole('radio', { name: 'Oui' })
      .check();
    await page
      .getByRole('group', { name: /effectif de l'établissement/ })
      .getByRole('radio', { name: 'Non' })
      .check();
    await fillField(page, /Département de l'établissement/, '49');
    await page.getByRole('group', { name: /CUFPA/ }).getByRole('radio', { name: 'Oui' }).check();
    await page
      .getByRole('group', { name: /obligations déclaratives/ })
      .getByRole('radio', { name: 'Oui' })
      .check();
    await page
      .getByRole('group', { name: /licenciement économique/ })
      .getByRole('radio', { name: 'Non' })
      .check();
    await expect(amountOutput(page)).toHaveText('6\u202f000\u00a0€');
    // Not filed yet: the deadline is a task, not a condition met or failed.
    await page
      .getByRole('group', { name: /déjà déposé la demande/ })
      .getByRole('radio', { name: 'Pas encore' })
      .check();
    await expect(page.getByTestId('verdict')).toContainText(
      "Le contrat ouvre droit à l'aide, à condition de déposer la demande au plus tard le 01/12/2026 (dans 77 jours).",
    );
    await page
      .getByRole('group', { name: /déjà déposé la demande/ })
      .getByRole('radio', { name: 'Oui' })
      .check();
    await fillField(page, /Date de dépôt de la demande/, '10/09/2026');
    await expect(page.getByTestId('verdict')).toContainText('Toutes les conditions sont remplies');
    const summary = page.getByRole('region', { name: "Résumé de l'estimation" });
    await expect(summary).toContainText('Éligible : 6\u202f000\u00a0€');
    await summary.getByRole('link').click();
    await expect(page.getByRole('heading', { name: 'Estimation' })).toBeInViewport();
  });

  // The page fills in a few steps (short tasks for slow phones): nothing already shown may be
  // pushed by what arrives after it (Cumulative Layout Shift), on an empty form or a shared link.
  for (const address of [
    '/',
    '/?debut=2026-12-01&type=cdd&fin=2027-11-30&age-30-ans-ou-plus=oui&demandeur-emploi=oui&departement=49',
  ]) {
    test(`nothing on screen moves while the page fills in (${address})`, async ({ page }) => {
      await page.addInitScript(() => {
        const shifts: string[] = [];
        Object.assign(window, { layoutShifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
            shifts.push(`${entry.value.toFixed(4)} ${entry.sources.map((source) => source.node?.nodeName ?? '?').join(',')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(address);
      await expect(page.getByText(/^Estimation indicative fondée/)).toBeAttached();
      // The first render is over when the offline worker registers (it waits for the whole page),
      // and shifts are reported once the next frames are drawn.
      await expect(page.locator('html')).toHaveAttribute('data-service-worker', 'registered');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts)).toEqual([]);
    });
  }
});

test('an adviser on a desktop: part time, rupture, unpaid months, one condition not met', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await fillField(page, /Date de début d'exécution/, '01/09/2026');
  await page.getByRole('radio', { name: 'CDI' }).check();
  await page.getByRole('radio', { name: 'Temps partiel' }).check();
  await fillField(page, /Durée hebdomadaire du contrat/, '28');
  await fillField(page, /Date de fin effective en cas de rupture/, '15/06/2027');
  await page.getByRole('checkbox', { name: 'Mois 3 sans rémunération' }).check();
  await page.getByRole('checkbox', { name: 'Mois 5 sans rémunération' }).check();
  await fillField(page, /Département de l'établissement/, '35');
  // 80 % × 10 months due (1–10, minus 3 and 5) = 8 months × 400 €.
  await expect(amountOutput(page)).toHaveText('3\u202f200\u00a0€');
  await expect(page.getByTestId('verdict')).toContainText(
    "Ce contrat n'ouvre pas droit à l'aide : l'établissement employeur n'est pas situé en Pays de la Loire.",
  );
  await expect(page.getByTestId('verdict')).toContainText("Le département 35 n'est pas en Pays de la Loire");
  await expect(page.getByRole('list', { name: "Conditions d'éligibilité" }).getByText('Non remplie')).toHaveCount(1);
});

test.describe('the regulation’s examples (§3) through the UI', () => {
  for (const { example, search, expected } of [
    { example: 'full time, 12 months', search: '?debut=2026-09-01&type=cdd&fin=2027-08-31', expected: '6\u202f000\u00a0€' },
    { example: 'full time, 10 months', search: '?debut=2026-09-01&type=cdd&fin=2027-06-30', expected: '5\u202f000\u00a0€' },
    { example: 'full time, 6 months', search: '?debut=2026-10-01&type=cdd&fin=2027-03-31', expected: '3\u202f000\u00a0€' },
    { example: '80 %, 12 months', search: '?debut=2026-09-01&type=cdi&heures=28', expected: '4\u202f800\u00a0€' },
    {
      example: '90 %, 10 months',
      search: '?debut=2026-09-01&type=cdd&fin=2027-06-30&heures=31.5',
      expected: '4\u202f500\u00a0€',
    },
  ]) {
    test(`${example} gives ${expected}`, async ({ page }) => {
      await page.goto(`/${search}`);
      await expect(amountOutput(page)).toHaveText(expected);
    });
  }
});

test('a share link opened in a fresh context restores the same result', async ({ page, browser }) => {
  await page.goto('/');
  await fillField(page, /Date de début d'exécution/, '01/09/2026');
  await page.getByRole('radio', { name: 'CDD' }).check();
  await fillField(page, /Date de fin prévue du CDD/, '31/05/2027');
  await page.getByRole('radio', { name: 'Temps partiel' }).check();
  await fillField(page, /Durée hebdomadaire du contrat/, '24');
  await page.getByRole('radio', { name: 'Indiquer la date de naissance' }).check();
  await fillField(page, /Date de naissance du salarié/, '14/03/1988');
  await expect(amountOutput(page)).toHaveText('3\u202f085,71\u00a0€');
  const link = await page.getByLabel('Lien de cette simulation').inputValue();
  expect(link).not.toContain('1988');
  expect(link).toContain('age-30-ans-ou-plus=oui');

  const fresh = await newFixedContext(browser);
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(amountOutput(other)).toHaveText('3\u202f085,71\u00a0€');
  await other.getByText(/conditions? remplies?$/).click();
  await expect(other.getByRole('list', { name: 'Conditions remplies' })).toContainText('30 ans ou plus');
  await fresh.close();
});

test('a reload keeps everything typed, the birth date included', async ({ page }) => {
  await page.goto('/');
  await fillField(page, /Date de début d'exécution/, '01/09/2026');
  await page.getByRole('radio', { name: 'CDI' }).check();
  await page.getByRole('radio', { name: 'Indiquer la date de naissance' }).check();
  await fillField(page, /Date de naissance du salarié/, '02/02/1990');
  await expect(amountOutput(page)).toHaveText('6\u202f000\u00a0€');
  await page.reload();
  await expect(page.getByLabel(/Date de début d'exécution/)).toHaveValue('01/09/2026');
  await expect(page.getByLabel(/Date de naissance du salarié/)).toHaveValue('02/02/1990');
  await expect(amountOutput(page)).toHaveText('6\u202f000\u00a0€');
});

test('a bad URL parameter is ignored with a visible notice', async ({ page }) => {
  await page.goto('/?debut=2026-02-30&type=cdi&heures=trop');
  await expect(page.getByText(/La valeur « 2026-02-30 » du paramètre « debut » n'est pas valide/)).toBeVisible();
  await expect(page.getByText(/La valeur « trop » du paramètre « heures » n'est pas valide/)).toBeVisible();
  await expect(amountOutput(page)).toHaveText('—');
});
