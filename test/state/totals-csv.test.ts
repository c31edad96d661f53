import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, simulationsToCsv } from '../../src/state/csv.ts';
import { evaluateSaved } from '../../src/state/evaluate.ts';
import { employerGroups } from '../../src/state/totals.ts';
import type { SavedSimulation } from '../../src/state/workspace.ts';

const ELIGIBLE =
  'age-30-ans-ou-plus=oui&demandeur-emploi=oui&dans-effectif-6-mois=non&departement=44&cufpa=oui&a-jour-obligations=oui&licenciement-economique=non&objet=certification';
const find = (code: string) => (code === 'RNCP37443' ? { code, title: 'TP' } : null);

function saved(id: string, name: string, parameters: string, employer = 'Martin'): SavedSimulation {
  return { id, name, employer, parameters, birthDate: '', ageMode: 'answer', savedAt: '2026-11-20T10:00:00.000Z' };
}

const evaluate = (items: SavedSimulation[]) => items.map((item) => evaluateSaved(item, '2026-11-29', find));

/** The file's rows as header → cell text (as written, quotes included), for the lines after the header. */
function csvCells(csv: string): Record<string, string>[] {
  const [header, ...rows] = csv.slice(1).split('\r\n');
  const names = header!.split(';');
  return rows
    .filter((row) => row !== '')
    .map((row) => {
      const values = row.match(/("([^"]|"")*"|[^;]*)(;|$)/g)!.map((value) => value.replace(/;$/, ''));
      return Object.fromEntries(names.map((name, index) => [name, values[index]!]));
    });
}

describe('employer totals and the 23,000 € convention threshold (§3, §4)', () => {
  // Four full-time 12-month contracts filed in 2026: 4 × 6,000 € = 24,000 €.
  const fourContracts = ['a', 'b', 'c', 'd'].map((letter) =>
    saved(
      `sim-${letter}aaa`,
      letter,
      `debut=2026-09-01&type=cdi&certification=RNCP37443&siret=73282932000074&depot=2026-10-01&${ELIGIBLE}`,
    ),
  );

  it('groups by SIRET and adds the year’s estimated amounts', () => {
    const [group] = employerGroups(evaluate(fourContracts), {});
    expect(group!.key).toBe('siret:73282932000074');
    expect(group!.years).toEqual([
      expect.objectContaining({ year: 2026, estimated: 24000, cumulative: 24000, conventionRequired: true }),
    ]);
  });

  it('does not require a convention at exactly 23,000 €, and does one cent above', () => {
    // 3 × 6,000 € = 18,000 € of contracts, plus other regional aid already granted.
    const three = evaluate(fourContracts.slice(0, 3));
    const at = employerGroups(three, { 'siret:73282932000074': { otherRegionalAid: 5000, deMinimisReceived: 0 } })[0]!.years[0]!;
    expect(at).toMatchObject({ cumulative: 23000, conventionRequired: false });
    const above = employerGroups(three, { 'siret:73282932000074': { otherRegionalAid: 5000.01, deMinimisReceived: 0 } })[0]!
      .years[0]!;
    expect(above).toMatchObject({ cumulative: 23000.01, conventionRequired: true });
  });

  it('counts nothing for an ineligible simulation, and separates years and employers', () => {
    const groups = employerGroups(
      evaluate([
        saved(
          'sim-eaaa',
          'e',
          `debut=2026-09-01&type=cdi&depot=2026-10-01&${ELIGIBLE.replace('departement=44', 'departement=75')}`,
          'Dupont',
        ),
        saved('sim-faaa', 'f', `debut=2026-09-01&type=cdd&fin=2027-02-28&depot=2026-10-01`, 'Dupont'),
        saved('sim-gaaa', 'g', `debut=2027-01-04&type=cdd&fin=2027-07-03&depot=2027-01-10`, 'Dupont'),
        saved('sim-haaa', 'h', `debut=2026-09-01&type=cdi&depot=2026-10-01`, 'Martin'),
      ]),
      {},
    );
    expect(groups.map((group) => group.label)).toEqual(['Dupont', 'Martin']);
    expect(groups[0]!.years.map(({ year, estimated }) => [year, estimated])).toEqual([
      [2026, 3000],
      [2027, 3000],
    ]);
  });
});

describe('CSV export', () => {
  it('is what French spreadsheets expect: BOM, semicolons, DD/MM/YYYY, decimal comma', () => {
    const csv = simulationsToCsv(
      evaluate([
        saved(
          'sim-aaaa',
          'Cuisinier; J.D.',
          'debut=2026-09-01&type=cdd&fin=2027-08-31&heures=25&certification=RNCP37443&depot=2026-09-15&departement=44',
        ),
      ]),
    );
    expect(csv.startsWith('\ufeffNom;Employeur;SIRET;Début du contrat;')).toBe(true);
    const [header, row, end] = csv.slice(1).split('\r\n');
    expect(end).toBe('');
    expect(header!.split(';')).toHaveLength(22);
    const values = row!.match(/("([^"]|"")*"|[^;]*)(;|$)/g)!.map((value) => value.replace(/;$/, ''));
    const cell = Object.fromEntries(header!.split(';').map((name, index) => [name, values[index]]));
    expect(cell['Nom']).toBe('"Cuisinier; J.D."');
    expect(cell['Début du contrat']).toBe('01/09/2026');
    expect(cell['Heures hebdomadaires']).toBe('25');
    // 500 × 25/35 × 12 = 4,285.714… → 4 285,71
    expect(cell['Montant estimé (€)']).toBe('4285,71');
    expect(cell['Mois dus']).toBe('12');
    expect(cell['Éligibilité']).toBe('à compléter');
    expect(cell['Date limite de dépôt']).toBe('01/12/2026');
    expect(cell['Versement après le']).toBe('31/08/2027');
    expect(cell['Demande de paiement au plus tard']).toBe('30/11/2027');
    expect(cell['Enregistrée le']).toBe('20/11/2026');
  });

  it('has these columns, in this order', () => {
    expect(CSV_COLUMNS).toEqual([
      'Nom',
      'Employeur',
      'SIRET',
      'Début du contrat',
      'Type',
      'Fin prévue',
      'Fin effective (rupture)',
      'Heures hebdomadaires',
      'Temps complet de référence',
      'Quotité (%)',
      'Mois sans rémunération',
      'Certification',
      'Intitulé de la certification',
      'Département',
      'Dépôt de la demande',
      'Montant estimé (€)',
      'Mois dus',
      'Éligibilité',
      'Date limite de dépôt',
      'Versement après le',
      'Demande de paiement au plus tard',
      'Enregistrée le',
    ]);
    const csv = simulationsToCsv([]);
    expect(csv).toBe(`\ufeff${CSV_COLUMNS.join(';')}\r\n`);
  });

  it('gives the certification’s title from the catalogue beside its code, and nothing it cannot look up', () => {
    const items = evaluate([
      saved('sim-aaaa', 'Listée', 'debut=2026-09-01&type=cdi&certification=RNCP37443'),
      saved('sim-baaa', 'Absente', 'debut=2026-09-01&type=cdi&certification=RNCP99999'),
      saved('sim-caaa', 'Sans certification', 'debut=2026-09-01&type=cdi'),
    ]);
    const [listed, absent, none] = csvCells(simulationsToCsv(items, find));
    expect([listed!['Certification'], listed!['Intitulé de la certification']]).toEqual(['RNCP37443', 'TP']);
    expect([absent!['Certification'], absent!['Intitulé de la certification']]).toEqual(['RNCP99999', '']);
    expect([none!['Certification'], none!['Intitulé de la certification']]).toEqual(['', '']);
    // Without the catalogue (not loaded), the code alone.
    const [withoutCatalogue] = csvCells(simulationsToCsv(items));
    expect(withoutCatalogue!['Certification']).toBe('RNCP37443');
    expect(withoutCatalogue!['Intitulé de la certification']).toBe('');
  });

  it('gives the quotité as a percentage with a decimal comma, empty when the simulation is incomplete', () => {
    const [partTime, fullTime, incomplete] = csvCells(
      simulationsToCsv(
        evaluate([
          // 24 h ÷ 35 h = 68.571…% → 68,57
          saved('sim-aaaa', 'Temps partiel', 'debut=2026-09-01&type=cdi&heures=24'),
          saved('sim-baaa', 'Temps plein', 'debut=2026-09-01&type=cdi'),
          saved('sim-caaa', 'Incomplète', 'debut=2026-09-01'),
        ]),
      ),
    );
    expect(partTime!['Quotité (%)']).toBe('68,57');
    expect(partTime!['Heures hebdomadaires']).toBe('24');
    expect(fullTime!['Quotité (%)']).toBe('100,00');
    expect(incomplete!['Montant estimé (€)']).toBe('');
    expect(incomplete!['Quotité (%)']).toBe('');
  });

  it('writes the SIRET so that spreadsheets keep its 14 digits as text (leading zeros, no 1,23E+13)', () => {
    const [plain, leadingZeros, none] = csvCells(
      simulationsToCsv(
        evaluate([
          saved('sim-aaaa', 'SIRET', 'debut=2026-09-01&type=cdi&siret=73282932000074'),
          saved('sim-baaa', 'Zéros', 'debut=2026-09-01&type=cdi&siret=00123456789015'),
          saved('sim-caaa', 'Sans SIRET', 'debut=2026-09-01&type=cdi'),
        ]),
      ),
    );
    expect(plain!['SIRET']).toBe('="73282932000074"');
    expect(leadingZeros!['SIRET']).toBe('="00123456789015"');
    expect(none!['SIRET']).toBe('');
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const csv = simulationsToCsv(evaluate([saved('sim-aaaa', '=HYPERLINK("x")', 'debut=2026-09-01&type=cdi', '+33')]));
    expect(csv).toContain(`"'=HYPERLINK(""x"")";'+33;`);
  });

  it.each(['  @SUM(1,1)', ' =1+1', '\t-2', '\u00a0+3', '\r=4'])('neutralises a formula behind leading blanks (%j)', (name) => {
    const csv = simulationsToCsv(evaluate([saved('sim-aaaa', name, 'debut=2026-09-01&type=cdi', '')]));
    const firstCell = csv.split('\r\n')[1]!.replace(/^"/, '');
    expect(firstCell.startsWith("'")).toBe(true);
  });
});
