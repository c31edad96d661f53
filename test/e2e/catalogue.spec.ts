import { devices, type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

/**
 * An employer who knows the job, not the official title (issue 16): on a phone, the
 * "Formations éligibles" page and the simulator's certification field answer the words people use.
 */
test.describe('an employer searching the list by the job', () => {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices['Pixel 7'];
  test.use({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });

  const cards = (page: Page) => page.getByRole('article');
  const headings = (page: Page) => cards(page).getByRole('heading').allTextContents();

  test('finds plombier, cariste, ADVF and propreté, says how, and answers honestly for a job outside the annex', async ({
    page,
  }) => {
    await page.goto('/#formations');
    await expect(page.getByText('425 certifications éligibles')).toBeVisible();
    const search = page.getByRole('searchbox', { name: 'Rechercher une certification' });

    await search.fill('plombier');
    await expect(cards(page).first()).toContainText('trouvé par « plombier »');
    expect((await headings(page)).slice(0, 3).join(' | ')).toMatch(
      /Monteur en installations sanitaires|Installateur thermique et sanitaire/,
    );

    await search.fill('cariste');
    await expect(cards(page).first()).toContainText('trouvé par « cariste »');
    expect((await headings(page))[0]).toMatch(
      /Agent magasinier|Opérateur logistique|Préparateur de commandes|Bac pro Logistique/,
    );
    // A look-alike word is never shown as if it were what was typed.
    for (const heading of await headings(page)) expect(heading).not.toMatch(/caviste/i);

    await search.fill('caristte');
    await expect(page.getByText(/^Résultats approchants pour « caristte »/)).toBeVisible();

    await search.fill('TP ADVF');
    const advf = cards(page).first();
    await expect(advf.getByRole('heading')).toHaveText('Titre professionnel Assistant de vie aux familles');
    // The annex's own title stays visible, typo included.
    await expect(advf).toContainText('TITRE PROFESSIONNEL (TP) - ASSISTANDE DE VIE AUX FAMILLES');

    // The annex spells four of the five "PROPETE": all five come first, by their (fixed) titles.
    await search.fill('propreté');
    await expect(cards(page).first()).toContainText('propreté');
    for (const code of ['RNCP35611', 'RNCP37872', 'RNCP24655', 'RNCP35551', 'RNCP35552'])
      await expect(page.getByText(code, { exact: true })).toBeVisible();

    await search.fill('mécanicien auto');
    await expect(page.getByText(/Aucune certification de l'annexe ne prépare au métier « mécanicien auto/)).toBeVisible();
    await expect(page.getByText(/n'ouvre donc pas droit à cette aide \(§2 et annexe\)/)).toBeVisible();
    await expect(page.getByText(/^Autres certifications du secteur/)).toBeVisible();
    expect(await cards(page).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    await search.fill('aide-soignant');
    await expect(page.getByText(/Aucune certification de l'annexe ne prépare au métier « aide-soignant/)).toBeVisible();

    // From the list to the simulator, then the form's own field answers the same way.
    await search.fill('grutier');
    await cards(page)
      .first()
      .getByRole('button', { name: /Simuler avec cette certification/ })
      .click();
    await expect(page.getByText(/Titre professionnel — Conducteur de grue à tour/)).toBeVisible();
    const picker = page.getByRole('combobox', { name: 'Certification préparée' });
    await picker.fill('maître nageur');
    const option = page.getByRole('option').first();
    await expect(option).toContainText('activités aquatiques et natation RNCP36248');
    await expect(option).toContainText('trouvé par « maître nageur');
    await picker.fill('aide soignante');
    await expect(page.getByText(/Aucune certification de l'annexe ne prépare au métier « aide-soignante/)).toBeVisible();
    await expect(page.getByRole('option').first()).toContainText('autre certification du secteur');
  });
});
