import { readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { findCertification } from '../../src/catalog/index.ts';
import { dateMessage } from '../../src/state/form.ts';
import { linkParameters, passesFilter, type PortfolioResult } from '../../src/state/portfolio.ts';
import { portfolioCsv, portfolioSheet, problemsCsv, templateSheet } from '../../src/state/portfolio-export.ts';
import { MAX_FILE_BYTES, readSpreadsheet } from '../../src/state/portfolio-file.ts';
import { PortfolioSession, type PortfolioEvent } from '../../src/state/portfolio-session.ts';

const TODAY = '2026-09-15';
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
/** A file through the page's whole pipeline (the session the worker runs), its events collected. */
async function importBytes(bytes: Uint8Array) {
  const events: PortfolioEvent[] = [];
  const session = new PortfolioSession(findCertification, (event) => events.push(event));
  await session.handle({ kind: 'import', run: 1, bytes: bytes.slice().buffer, today: TODAY });
  for (const event of events) if (event.kind === 'failed') throw new Error(event.message);
  const reading = events.find((event) => event.kind === 'read')!;
  const results = events.flatMap((event) => (event.kind === 'computed' ? event.results : []));
  expect(events.at(-1)?.kind).toBe('done');
  expect(results).toHaveLength(reading.total);
  return { reading, mapping: reading.mapping, ignored: reading.ignored, results };
}
const byReference = (results: PortfolioResult[], reference: string) =>
  results.find((item) => item.source.reference === reference)!;

describe('a portfolio saved by LibreOffice (.xlsx, 20 contracts)', async () => {
  const { reading, ignored, results } = await importBytes(fixture('portefeuille-20-contrats.xlsx'));

  it('recognises the French headers, whatever their variant, and lists the unknown ones', () => {
    expect(reading.format).toBe('xlsx');
    expect(results).toHaveLength(20);
    expect(ignored).toEqual(['Commentaire']);
  });

  it('computes every row with the engine: eligible, ineligible with the first unmet condition, deadlines', () => {
    const due = byReference(results, 'C-001');
    expect(due).toMatchObject({ status: 'eligible', result: { amount: 6000 } });
    expect(due.applicationStep).toMatchObject({ status: 'todo', until: '2026-10-01' });
    expect(due.daysLeft).toBe(16);
    expect(passesFilter(due, 'due-30-days', '')).toBe(true);

    // Started 1 March 2026, no request filed: the 3-month deadline passed on 1 June.
    const late = byReference(results, 'C-003');
    expect(late).toMatchObject({ status: 'ineligible', deadlineMissed: true, daysLeft: -106 });
    expect(passesFilter(late, 'late', '')).toBe(true);
    expect(passesFilter(late, 'due-30-days', '')).toBe(false);

    expect(byReference(results, 'C-002').applicationStep?.status).toBe('done');
    expect(byReference(results, 'C-004').result?.amount).toBe(4800); // 28 h of 35: 500 € × 28/35 × 12
    for (const [reference, check] of [
      ['C-006', /30 ans/], // born in 2001
      ['C-007', /liste/], // RNCP99999
      ['C-008', /Pays de la Loire|département/i], // Paris
      ['C-009', /effectif/], // already employed there
      ['C-020', /emploi/], // not a job seeker
    ] as const) {
      const item = byReference(results, reference);
      expect(item.status, reference).toBe('ineligible');
      expect(item.reason, reference).toMatch(check);
      expect(passesFilter(item, 'ineligible', '')).toBe(true);
    }
  });

  it('reports each bad cell with its row, column and the form’s own message, and computes the other rows', () => {
    const problems = results.flatMap((item) => item.problems);
    expect(problems).toEqual([
      { row: 11, column: 'Date de début', value: '31/02/2026', message: dateMessage('31/02/2026') },
      {
        row: 12,
        column: 'Heures hebdomadaires',
        value: 'trente',
        message: "Saisissez un nombre d'heures, par exemple 28 ou 17,5.",
      },
      { row: 13, column: 'Type de contrat', value: 'CDX', message: 'Indiquez CDD ou CDI.' },
      { row: 14, column: '30 ans ou plus', value: 'peut-être', message: 'Répondez par oui ou par non.' },
    ]);
    expect(results.filter((item) => item.status === 'eligible').length).toBeGreaterThanOrEqual(10);
    expect(problemsCsv(problems)).toContain('11;Date de début;31/02/2026;');
  });

  it('keeps the birth date out of the deep link, which carries the age answer instead', () => {
    const withBirthDate = byReference(results, 'C-014');
    expect(withBirthDate.status).toBe('eligible');
    expect(linkParameters(withBirthDate)).not.toMatch(/1980/);
    expect(new URLSearchParams(linkParameters(withBirthDate)).get('age-30-ans-ou-plus')).toBe('oui');
    expect(new URLSearchParams(linkParameters(byReference(results, 'C-001'))).get('certification')).toBe('RNCP37715');
  });

  it('exports .xlsx with SIRET and codes as text, dates as dates, amounts as numbers, and reads back the same', async () => {
    const buffer = await writeXlsxFile(portfolioSheet(results)).toBuffer();
    const rows = await readSheet(buffer);
    const header = rows[0] as string[];
    const first = rows[1]!;
    const at = (name: string) => first[header.indexOf(name)];
    expect(at('SIRET')).toBe('73282932000074');
    expect(at('Code certification')).toBe('RNCP37715');
    expect(at('Date de début')).toEqual(new Date('2026-07-01T00:00:00Z'));
    expect(at('Montant estimé (€)')).toBe(6000);
    expect(at('Date limite de dépôt')).toEqual(new Date('2026-10-01T00:00:00Z'));
    // The file goes back in: the same contracts, the same results.
    const again = await importBytes(new Uint8Array(buffer));
    expect(again.results.map((item) => [item.source.reference, item.status, item.result?.amount ?? null])).toEqual(
      results.map((item) => [item.source.reference, item.status, item.result?.amount ?? null]),
    );
  });

  it('exports CSV for French spreadsheets: ";" , BOM, decimal comma, SIRET kept as text', () => {
    const csv = portfolioCsv(results);
    expect(csv.startsWith('\ufeffRéférence;Employeur;SIRET;')).toBe(true);
    expect(csv).toContain('="73282932000074"');
    expect(csv).toContain(';6000,00;');
  });
});

describe('files as advisers have them', () => {
  it('reads CSV in Windows-1252 with ";" as French Excel writes it', async () => {
    const { reading, results } = await importBytes(fixture('portefeuille-windows-1252.csv'));
    expect(reading.format).toBe('csv');
    expect(results.map((item) => item.source.employer)).toEqual(['Boulangerie Martin', 'Boulangerie Martin', 'Transports Loire']);
    expect(results[0]!.status).toBe('eligible');
  });

  it('reads CSV in UTF-8 with a BOM and "," with quoted cells', async () => {
    const text = '\ufeffEmployeur,Date de début,Type de contrat,Fin prévue\n"Dupont, fils",02/09/2026,CDD,01/09/2027\n';
    const { results } = await importBytes(new TextEncoder().encode(text));
    expect(results[0]!.source).toMatchObject({ employer: 'Dupont, fils', row: 2 });
    expect(results[0]!.status).toBe('incomplete');
  });

  it('reads its own template back with every column recognised', async () => {
    const { ignored, mapping, results } = await importBytes(new Uint8Array(await writeXlsxFile(templateSheet()).toBuffer()));
    expect(ignored).toEqual([]);
    expect(mapping.every(Boolean)).toBe(true);
    expect(results[0]!.status).toBe('eligible');
  });

  it.each([
    ['empty', new Uint8Array(0), /vide/],
    ['20 MB of noise', Uint8Array.from({ length: MAX_FILE_BYTES + 4_000_000 }, (_, index) => (index * 7919) % 251), /Mo/],
    ['1 MB of noise', Uint8Array.from({ length: 1_000_000 }, (_, index) => (index * 7919) % 251), /pas un tableur lisible/],
    ['password-protected (OLE)', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /mot de passe/],
    ['a broken zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), /pas un tableur lisible/],
    ['blank lines only', new TextEncoder().encode('\n\n;;\n'), /aucune ligne/],
  ])('refuses %s with one clear message', async (_, bytes, message) => {
    const reading = await readSpreadsheet(bytes);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(message);
  });
});
