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
    expect(screen.getAllByRole('article')).toHaveLength(30);
    expect(screen.getByRole('button', { name: /Afficher 30 certifications de plus/ })).toBeInTheDocument();
  });

  it('finds a certification typed without accents and with a typo', async () => {
    const { user } = await openCatalogue();
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher une certification' }), 'electricein');
    await waitFor(() => expect(screen.getByText(/^\d certifications? éligibles?$/)).toBeInTheDocument());
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
    expect(screen.getByText('Aucune certification trouvée')).toBeInTheDocument();
  });

  it('says plainly that an absent certification is not eligible, and how to check', async () => {
    const { user } = await openCatalogue();
    await user.type(screen.getByRole('searchbox'), '37447');
    expect(screen.getByText('Aucune certification trouvée')).toBeInTheDocument();
    expect(screen.getByText(/Une certification absente de l'annexe du règlement n'ouvre pas droit à l'aide/)).toBeInTheDocument();
    expect(screen.getByText(/Vérifiez l'orthographe/)).toBeInTheDocument();
  });

  it('starts a simulation with the chosen certification', async () => {
    const { user, sim } = await openCatalogue();
    await user.type(screen.getByRole('searchbox'), 'RNCP 37443');
    await user.click(screen.getByRole('button', { name: /Simuler avec cette certification/ }));
    expect(
      await screen.findByText(/Titre professionnel — Installateur de réseaux de télécommunications en fibre optique/),
    ).toBeInTheDocument();
    expect(sim.form.certificationCode).toBe('RNCP37443');
    await waitFor(() => expect(window.location.search).toContain('certification=RNCP37443'));
  });
});
