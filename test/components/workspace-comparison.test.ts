import { cleanup, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { savedSimulation } from '../fixtures/saved-simulation.ts';
import { openAppKeepingStorage } from './helpers.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const WORKSPACE_KEY = 'aide-contrat-pro:simulations';
const CONTRACT = 'debut=2024-09-02&type=cdd&fin=2025-09-01&certification=RNCP34095&departement=44';

/** An adviser's "Mes simulations" as this browser stored it, opened at #mes-simulations (helpers' today: 10/09/2024). */
async function openWorkspace(...simulations: ReturnType<typeof savedSimulation>[]) {
  localStorage.clear();
  localStorage.setItem(WORKSPACE_KEY, JSON.stringify({ version: 2, employers: {}, simulations }));
  window.history.replaceState(null, '', '/#mes-simulations');
  const opened = openAppKeepingStorage();
  await screen.findByRole('heading', { name: 'Mes simulations', level: 2 });
  return opened;
}

const fullTime = savedSimulation('sim-full', 'Cuisinier temps plein', { parameters: CONTRACT });
// 28 h of 35: 80 %, 4,800 € instead of 6,000 €; all else the same.
const partTime = savedSimulation('sim-part', 'Cuisinier 80 %', { parameters: `${CONTRACT}&heures=28` });
const baker = savedSimulation('sim-baker', 'Boulanger CDI', {
  parameters: 'debut=2024-10-01&type=cdi&certification=RNCP37537&departement=44',
});

/**
 * A name joined to visually hidden text after a space. jsdom has no style sheet, so the hidden
 * span stays inline and the accessible name computed here joins the two without the space (a
 * browser, where the span is positioned, keeps it): both are accepted, nothing else.
 */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const joined = (visible: string, hidden: string) => new RegExp(`^${escape(visible)}\\s?${escape(hidden)}$`);
const compareBox = (name: string) => screen.getByRole('checkbox', { name: joined('Comparer', name) });

/** The comparison line named `label` (marked as differing or not), and the texts of its cells. */
function comparisonLine(label: string) {
  const table = screen.getByRole('table');
  const header = within(table).getByRole('rowheader', { name: new RegExp(`^${escape(label)}(\\s?\\(diffère\\))?$`) });
  const row = header.closest('tr')!;
  return {
    header,
    row,
    values: within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  };
}

describe('Mes simulations: comparing what differs', () => {
  it('marks, for the eye and for screen readers, the lines whose values differ, and only those', async () => {
    const { user } = await openWorkspace(fullTime, partTime);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(compareBox('Cuisinier temps plein'));
    await user.click(compareBox('Cuisinier 80 %'));

    const region = screen.getByRole('region', { name: 'Comparaison' });
    expect(region).toHaveAccessibleDescription(expect.stringContaining("diffèrent d'une simulation à l'autre"));
    const table = within(region).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Simulation', 'Cuisinier temps plein', 'Cuisinier 80 %']);

    const differing = {
      'Durée hebdomadaire': ['Temps complet', '28 h (temps complet : 35 h)'],
      Quotité: ['100\u00a0%', '80\u00a0%'],
      'Montant estimé': ['6\u202f000\u00a0€', '4\u202f800\u00a0€'],
    };
    for (const [label, values] of Object.entries(differing)) {
      const line = comparisonLine(label);
      expect(line.values).toEqual(values);
      expect(line.header).toHaveAccessibleName(joined(label, '(diffère)'));
      expect(within(line.header).getByText('≠')).toBeVisible();
      expect(line.row).toHaveClass('differs');
    }

    const equal = {
      Certification: Array(2).fill('Titre professionnel — Cuisinier (RNCP34095)'),
      'Type de contrat': ['CDD', 'CDD'],
      'Début du contrat': ['02/09/2024', '02/09/2024'],
      'Fin prévue (CDD)': ['01/09/2025', '01/09/2025'],
      'Fin effective (rupture)': ['—', '—'],
      'Mois dus': ['12', '12'],
    };
    for (const [label, values] of Object.entries(equal)) {
      const line = comparisonLine(label);
      expect(line.values).toEqual(values);
      expect(line.header).toHaveAccessibleName(label);
      expect(within(line.header).queryByText('≠')).not.toBeInTheDocument();
      expect(line.row).not.toHaveClass('differs');
    }
  });

  it('compares a third simulation: a line differs as soon as one column does', async () => {
    const { user } = await openWorkspace(fullTime, partTime, baker);
    for (const name of ['Cuisinier temps plein', 'Cuisinier 80 %', 'Boulanger CDI']) await user.click(compareBox(name));
    expect(comparisonLine('Certification').values).toEqual([
      'Titre professionnel — Cuisinier (RNCP34095)',
      'Titre professionnel — Cuisinier (RNCP34095)',
      'CAP — Boulanger (RNCP37537)',
    ]);
    expect(comparisonLine('Certification').header).toHaveAccessibleName(joined('Certification', '(diffère)'));
    expect(comparisonLine('Type de contrat').values).toEqual(['CDD', 'CDD', 'CDI']);
    expect(comparisonLine('Fin prévue (CDD)').values).toEqual(['01/09/2025', '01/09/2025', '—']);
    expect(comparisonLine('Début du contrat').header).toHaveAccessibleName(joined('Début du contrat', '(diffère)'));
    // Unticking the baker's contract: back to two, and the certification no longer differs.
    await user.click(compareBox('Boulanger CDI'));
    expect(comparisonLine('Certification').header).toHaveAccessibleName('Certification');
    expect(comparisonLine('Durée hebdomadaire').header).toHaveAccessibleName(joined('Durée hebdomadaire', '(diffère)'));
  });

  it('shows on each card the certification and the contract start', async () => {
    await openWorkspace(
      baker,
      savedSimulation('sim-unlisted', 'Code inconnu', { parameters: 'debut=2024-09-16&type=cdi&certification=RNCP99999' }),
      savedSimulation('sim-none', 'Sans certification', { parameters: 'type=cdi' }),
    );
    expect(screen.getByRole('article', { name: 'Boulanger CDI' })).toHaveTextContent(
      'Certification : CAP — Boulanger (RNCP37537) — début du contrat : 01/10/2024',
    );
    expect(screen.getByRole('article', { name: 'Code inconnu' })).toHaveTextContent(
      'Certification : RNCP99999 (absent de la liste des formations éligibles) — début du contrat : 16/09/2024',
    );
    expect(screen.getByRole('article', { name: 'Sans certification' })).toHaveTextContent(
      'Certification : non renseignée — début du contrat : non renseigné',
    );
  });

  it('names the exported files with the day’s date; the CSV carries the certification’s title', async () => {
    const files: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    // jsdom neither makes object URLs nor downloads: keep what the browser would have saved.
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test-${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: blobs.get(this.href)! });
    });
    const { user } = await openWorkspace(
      savedSimulation('sim-full', 'Cuisinier temps plein', { parameters: `${CONTRACT}&siret=73282932000074` }),
    );
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV (tableur)' }));
    await user.click(screen.getByRole('button', { name: 'Exporter en JSON' }));
    expect(files.map((file) => file.name)).toEqual(['mes-simulations-2024-09-10.csv', 'mes-simulations-2024-09-10.json']);
    const [header, row] = (await files[0]!.blob.text()).replace(/^\ufeff/, '').split('\r\n');
    const cells = Object.fromEntries(header!.split(';').map((name, index) => [name, row!.split(';')[index]]));
    expect(cells).toMatchObject({
      SIRET: '="73282932000074"',
      Certification: 'RNCP34095',
      'Intitulé de la certification': 'TITRE PROFESSIONNEL (TP) - CUISINIER',
      'Quotité (%)': '100,00',
    });
  });
});
