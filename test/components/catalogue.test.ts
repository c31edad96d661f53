import { cleanup, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from './helpers.ts';

afterEach(() => cleanup());

async function openCatalogue() {
  const opened = openApp('', '#formations');
  await screen.findByRole('heading', { name: 'Formations éligibles', level: 2 });
  return opened;
}

describe('Formations éligibles', () => {
  it('lists the whole annex with a live count', async () => {
    await openCatalogue();
    expect(screen.getByText('425 certifications éligibles')).toBeInTheDocument();
    // What a phone's screen holds and a little more, then more on demand.
    expect(screen.getAllByRole('article')).toHaveLength(10);
    expect(screen.getByRole('button', { name: /Afficher 30 certifications de plus/ })).toBeInTheDocument();
  });

  it('finds a certification typed without accents and with a typo, and says the match is approximate', async () => {
    const { user } = await openCatalogue();
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher une certification' }), 'electricein');
    await waitFor(() => expect(screen.getByText(/^\d+ résultats? approchants? pour « electricein »$/)).toBeInTheDocument());
    expect(
      screen.getByText(/^Résultats approchants pour « electricein » : aucune certification n'a exactement ces mots/),
    ).toBeInTheDocument();
    const first = screen.getAllByRole('article')[0]!;
    expect(within(first).getByRole('heading')).toHaveTextContent('CAP Électricien');
    expect(within(first).getByText('Niveau 3 (CAP, BEP)')).toBeInTheDocument();
    expect(within(first).getByText('RNCP38401')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: /Fiche RNCP38401 sur France compétences/ })).toHaveAttribute(
      'href',
      'https://www.francecompetences.fr/recherche/rncp/38401/',
    );
  });

  it('combines the level and sector filters with the query', async () => {
    const { user } = await openCatalogue();
    await user.type(screen.getByRole('searchbox'), 'cuisine');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Niveau' }), 'Niveau 4 (bac)');
    const headings = screen.getAllByRole('article').map((article) => within(article).getByRole('heading').textContent);
    expect(headings).toContain('Bac pro Cuisine');
    expect(headings).not.toContain('CAP Cuisine');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Secteur' }), 'Santé');
    expect(await screen.findByText('Aucune certification trouvée')).toBeInTheDocument();
  });

  it('finds a certification by the job people name, and says through which name', async () => {
    const { user } = await openCatalogue();
    await user.type(screen.getByRole('searchbox'), 'plombier');
    const first = (await screen.findAllByText('trouvé par « plombier »'))[0]!.closest('article')!;
    expect(within(first).getByRole('heading')).toHaveTextContent('CAP Monteur en installations sanitaires');
  });

  it('shows the annex title verbatim under a display name that fixes its typo', async () => {
    const { user } = await openCatalogue();
    await user.type(screen.getByRole('searchbox'), 'ADVF');
    const card = (await screen.findByRole('heading', { name: 'Titre professionnel Assistant de vie aux familles' })).closest(
      'article',
    )!;
    expect(within(card).getByText(/TITRE PROFESSIONNEL \(TP\) - ASSISTANDE DE VIE AUX FAMILLES/)).toBeInTheDocument();
  });

  it('answers honestly for a job outside the annex, with other certifications of its sector', async () => {
    const { user } = await openCatalogue();
    await user.type(screen.getByRole('searchbox'), 'aide-soignant');
    expect(
      await screen.findByText(/Aucune certification de l'annexe ne prépare au métier « aide-soignant »/),
    ).toBeInTheDocument();
    expect(screen.getByText(/n'ouvre donc pas droit à cette aide \(§2 et annexe\)/)).toBeInTheDocument();
    expect(screen.getByText(/^Autres certifications du secteur « Cohésion sociale »/)).toBeInTheDocument();
    expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
  });

  it('says plainly that an absent certification is not eligible, and how to check', async () => {
    const { user } = await openCatalogue();
    await user.type(screen.getByRole('searchbox'), '37447');
    expect(await screen.findByText('Aucune certification trouvée')).toBeInTheDocument();
    expect(screen.getByText(/Une certification absente de l'annexe du règlement n'ouvre pas droit à l'aide/)).toBeInTheDocument();
    expect(screen.getByText(/Vérifiez l'orthographe/)).toBeInTheDocument();
  });

  it('starts a simulation with the chosen certification', async () => {
    const { user, sim } = await openCatalogue();
    await user.type(screen.getByRole('searchbox'), 'RNCP 37443');
    // The typed text paints first; the list follows it (CataloguePage, afterNextPaint).
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: /Simuler avec cette certification/ }));
    expect(
      await screen.findByText(/Titre professionnel — Installateur de réseaux de télécommunications en fibre optique/),
    ).toBeInTheDocument();
    expect(sim.form.certificationCode).toBe('RNCP37443');
    await waitFor(() => expect(window.location.search).toContain('certification=RNCP37443'));
  });
});
