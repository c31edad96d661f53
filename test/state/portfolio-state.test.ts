import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPortfolioRunner } from '../../src/state/portfolio-runner.ts';
import { findCertification } from '../../src/catalog/index.ts';
import { PortfolioSession, type PortfolioEvent, type PortfolioRequest } from '../../src/state/portfolio-session.ts';
import { PortfolioState } from '../../src/state/portfolio-state.svelte.ts';

/**
 * The portfolio page's state with its session on this thread (no Worker in Node: the runner's
 * fallback, the same session the worker runs), driven as the page drives it.
 */
const TODAY = '2026-09-15';
const fixture = (name: string) => new File([readFileSync(new URL(`../fixtures/${name}`, import.meta.url))], name);
const csvFile = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const statusOf = (portfolio: PortfolioState, reference: string) =>
  portfolio.results.find((item) => item.source.reference === reference)?.status;

describe('the portfolio page’s state', () => {
  it('imports a file, counts what it read and computed, and totals per employer', async () => {
    const portfolio = new PortfolioState(TODAY, createPortfolioRunner);
    await portfolio.importFile(fixture('portefeuille-20-contrats.xlsx'));
    expect(portfolio).toMatchObject({ phase: 'done', failure: '', read: 20, computed: 20, total: 20 });
    expect(portfolio.fileName).toBe('portefeuille-20-contrats.xlsx');
    expect(statusOf(portfolio, 'C-001')).toBe('eligible');
    expect(portfolio.totals.length).toBeGreaterThan(1);
    expect(portfolio.counts.ineligible).toBeGreaterThanOrEqual(5);
  });

  it('computes every row again when the adviser changes what a column holds, and back', async () => {
    const portfolio = new PortfolioState(TODAY, createPortfolioRunner);
    await portfolio.importFile(fixture('portefeuille-20-contrats.xlsx'));
    const code = portfolio.headers.indexOf('Code RNCP');
    expect(portfolio.mapping[code]).toBe('certificationCode');
    await portfolio.setMapping(code, null);
    // Without the certification, the contract cannot be judged eligible any more.
    expect(portfolio.ignored).toContain('Code RNCP');
    expect(portfolio.results).toHaveLength(20);
    expect(statusOf(portfolio, 'C-001')).not.toBe('eligible');
    await portfolio.setMapping(code, 'certificationCode');
    expect(statusOf(portfolio, 'C-001')).toBe('eligible');
    expect(portfolio.ignored).toEqual(['Commentaire']);
  });

  it('keeps the newest file only when a second one is chosen while the first is computed', async () => {
    const portfolio = new PortfolioState(TODAY, createPortfolioRunner);
    const first = portfolio.importFile(fixture('portefeuille-20-contrats.xlsx'));
    const second = portfolio.importFile(
      csvFile('deux.csv', 'Référence;Employeur;Date de début;Type de contrat\nX-1;A;02/09/2026;CDI\nX-2;B;03/09/2026;CDI\n'),
    );
    await Promise.all([first, second]);
    expect(portfolio.fileName).toBe('deux.csv');
    expect(portfolio.results.map((item) => item.source.reference)).toEqual(['X-1', 'X-2']);
  });

  it('keeps the results shown when the next file cannot be read, and says why', async () => {
    const portfolio = new PortfolioState(TODAY, createPortfolioRunner);
    await portfolio.importFile(fixture('portefeuille-20-contrats.xlsx'));
    await portfolio.importFile(csvFile('vide.csv', ''));
    expect(portfolio.failure).toMatch(/vide/);
    expect(portfolio).toMatchObject({ phase: 'done', fileName: 'portefeuille-20-contrats.xlsx' });
    expect(portfolio.results).toHaveLength(20);
  });

  it('numbers rows as the spreadsheet does, blank rows included', async () => {
    const portfolio = new PortfolioState(TODAY, createPortfolioRunner);
    await portfolio.importFile(
      csvFile('trous.csv', '\nEmployeur;Date de début;Type de contrat\nA;02/09/2026;CDI\n;;\nB;31/02/2026;CDI\n'),
    );
    expect(portfolio.results.map((item) => item.source.row)).toEqual([3, 5]);
    expect(portfolio.problems).toEqual([expect.objectContaining({ row: 5, column: 'Date de début', value: '31/02/2026' })]);
  });

  it('does not remap the previous file while a new one is being read: the new one is imported', async () => {
    const portfolio = new PortfolioState(TODAY, createPortfolioRunner);
    await portfolio.importFile(fixture('portefeuille-20-contrats.xlsx'));
    const second = portfolio.importFile(csvFile('deux.csv', 'Référence;Date de début;Type de contrat\nX-1;02/09/2026;CDI\n'));
    expect(portfolio.phase).toBe('reading');
    await portfolio.setMapping(0, null);
    await second;
    expect(portfolio.fileName).toBe('deux.csv');
    expect(portfolio.results.map((item) => item.source.reference)).toEqual(['X-1']);
  });

  it('gives back the whole previous page when a run fails half way (the worker crashed, the file is gone)', async () => {
    // The real session for the first file, then a worker that dies after its first rows.
    let crash = false;
    const portfolio = new PortfolioState(TODAY, (onEvent) => {
      const real = createPortfolioRunner(onEvent);
      return {
        send(request: PortfolioRequest) {
          if (!crash) return real.send(request);
          const events: PortfolioEvent[] = [
            {
              kind: 'read',
              run: request.run,
              format: 'csv',
              headers: ['Date de début'],
              mapping: ['contractStart'],
              ignored: [],
              total: 2,
            },
            { kind: 'computed', run: request.run, results: [], computed: 1 },
            { kind: 'failed', run: request.run, message: 'Ce fichier n’a pas pu être lu jusqu’au bout.' },
          ];
          queueMicrotask(() => events.forEach(onEvent));
        },
      };
    });
    await portfolio.importFile(fixture('portefeuille-20-contrats.xlsx'));
    const before = { results: portfolio.results, headers: portfolio.headers, mapping: portfolio.mapping };
    crash = true;
    await portfolio.importFile(csvFile('autre.csv', 'x'));
    expect(portfolio).toMatchObject({
      phase: 'done',
      fileName: 'portefeuille-20-contrats.xlsx',
      failure: expect.stringMatching(/jusqu’au bout/),
    });
    expect({ results: portfolio.results, headers: portfolio.headers, mapping: portfolio.mapping }).toEqual(before);
    // A new mapping that the worker can no longer compute keeps the results shown too.
    await portfolio.setMapping(0, null);
    expect(portfolio.results).toBe(before.results);
    expect(portfolio.mapping).toEqual(before.mapping);
  });

  it('never maps the columns of the file shown onto the rows of a later file that did not make it', async () => {
    const events: PortfolioEvent[] = [];
    const session = new PortfolioSession(findCertification, (event) => events.push(event));
    const bytes = (text: string) => new TextEncoder().encode(text).buffer;
    await session.handle({ kind: 'import', run: 1, bytes: bytes('Employeur;Date de début\nA;02/09/2026\n'), today: TODAY });
    await session.handle({ kind: 'import', run: 2, bytes: bytes('Date de début;Employeur\n03/09/2026;B\n'), today: TODAY });
    await session.handle({ kind: 'import', run: 3, bytes: bytes(''), today: TODAY });
    // The page shows file 1 again (runs 2 and 3 did not end well for it): its mapping is for file 1.
    events.length = 0;
    await session.handle({ kind: 'remap', run: 4, file: 1, mapping: ['employer', 'contractStart'] });
    expect(events).toEqual([{ kind: 'failed', run: 4, message: expect.stringMatching(/importez-le à nouveau/) }]);
    await session.handle({ kind: 'remap', run: 5, file: 2, mapping: ['contractStart', 'employer'] });
    expect(events.at(-1)).toEqual({ kind: 'done', run: 5 });
  });
});
