import { foldText } from '../catalog/normalise.ts';
import type { CertificationLookup } from '../rules/index.ts';
import type { EvaluatedSimulation } from './evaluate.ts';
import {
  compareResults,
  FILTER_LABELS,
  computeRow,
  mapHeaders,
  passesFilter,
  readRow,
  type CellProblem,
  type CellValue,
  type ColumnMapping,
  type PortfolioFilter,
  type PortfolioResult,
  type SortKey,
} from './portfolio.ts';
import type { SheetReading } from './portfolio-file.ts';
import { employerGroups, type EmployerGroup } from './totals.ts';
import type { SavedSimulation } from './workspace.ts';

export const PORTFOLIO_PAGE_SIZE = 50;
/** Rows computed between two paints: about 10 ms of work on this machine, so the page keeps answering. */
const SLICE = 400;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The portfolio page's state: the file read (in a worker when the browser has them), its columns
 * mapped, each row computed in slices with a progress count, then filtered, sorted, paged and
 * totalled. Nothing leaves the browser, and nothing is stored: the file stays the adviser's.
 */
export class PortfolioState {
  phase = $state<'idle' | 'reading' | 'computing' | 'done'>('idle');
  /** One clear message when the file cannot be read; the previous results are kept then. */
  failure = $state('');
  fileName = $state('');
  headers = $state.raw<string[]>([]);
  mapping = $state.raw<ColumnMapping>([]);
  ignored = $state.raw<string[]>([]);
  read = $state(0);
  computed = $state(0);
  total = $state(0);
  results = $state.raw<PortfolioResult[]>([]);
  filter = $state<PortfolioFilter>('all');
  /** Folded employer name, '' for all. */
  employer = $state('');
  sortKey = $state<SortKey>('row');
  page = $state(0);
  #rows: CellValue[][] = [];
  #run = 0;

  constructor(
    readonly today: string,
    readonly findCertification: CertificationLookup,
    /** Bytes → rows: a worker in the browser, the same function directly in tests. */
    readonly readFile: (bytes: ArrayBuffer) => Promise<SheetReading>,
  ) {}

  visible: PortfolioResult[] = $derived.by(() =>
    this.results
      .filter((item) => passesFilter(item, this.filter, this.employer))
      .sort((a, b) => compareResults(a, b, this.sortKey)),
  );
  pageCount = $derived(Math.max(1, Math.ceil(this.visible.length / PORTFOLIO_PAGE_SIZE)));
  pageRows = $derived(this.visible.slice(this.page * PORTFOLIO_PAGE_SIZE, (this.page + 1) * PORTFOLIO_PAGE_SIZE));
  problems: CellProblem[] = $derived(this.results.flatMap((item) => item.problems));
  employers = $derived.by(() => {
    const names = new Map<string, string>();
    for (const item of this.results) {
      const name = item.source.employer.trim();
      if (name && !names.has(foldText(name))) names.set(foldText(name), name);
    }
    return [...names.entries()].sort((a, b) => a[1].localeCompare(b[1], 'fr'));
  });
  /** Totals per employer and year, with the convention threshold, as "Mes simulations" counts them. */
  totals: EmployerGroup[] = $derived(employerGroups(this.results.map(asEvaluated), {}));
  /** One line per employer and year, for the employer chosen if any. */
  totalRows = $derived(
    this.totals
      .filter((group) => !this.employer || group.simulations.some((item) => foldText(item.saved.employer) === this.employer))
      .flatMap((group) => group.years.map((year) => ({ group, year }))),
  );
  /** How many contracts each filter shows, for the employer chosen. */
  counts = $derived(
    Object.fromEntries(
      (Object.keys(FILTER_LABELS) as PortfolioFilter[]).map((filter) => [
        filter,
        this.results.filter((item) => passesFilter(item, filter, this.employer)).length,
      ]),
    ) as Record<PortfolioFilter, number>,
  );

  setFilter(filter: PortfolioFilter): void {
    this.filter = filter;
    this.page = 0;
  }

  setEmployer(folded: string): void {
    this.employer = folded;
    this.page = 0;
  }

  setSort(key: SortKey): void {
    this.sortKey = key;
    this.page = 0;
  }

  async importFile(file: File): Promise<void> {
    const run = ++this.#run;
    this.failure = '';
    this.phase = 'reading';
    this.read = this.computed = this.total = 0;
    let reading: SheetReading;
    try {
      reading = await this.readFile(await file.arrayBuffer());
    } catch {
      reading = { ok: false, message: "Ce fichier n'a pas pu être lu. Rien n'a été importé." };
    }
    if (run !== this.#run) return;
    if (!reading.ok) {
      this.failure = reading.message;
      this.phase = this.results.length ? 'done' : 'idle';
      return;
    }
    const [header = [], ...rows] = reading.rows;
    const { mapping, ignored } = mapHeaders(header);
    if (!mapping.some((id) => id === 'contractStart')) {
      this.failure =
        "Aucune colonne « Date de début » reconnue dans la première ligne : ce fichier n'a pas les en-têtes du modèle. Téléchargez le modèle pour voir les colonnes attendues. Rien n'a été importé.";
      this.phase = this.results.length ? 'done' : 'idle';
      return;
    }
    this.fileName = file.name;
    this.headers = header.map((cell) => (cell === null ? '' : String(cell)));
    this.#rows = rows;
    this.mapping = mapping;
    this.ignored = ignored;
    this.read = rows.length;
    await this.#compute(run);
  }

  /** The adviser fixes which field a file column feeds; every row is computed again. */
  async setMapping(index: number, id: ColumnMapping[number]): Promise<void> {
    const mapping = this.mapping.map((current) => (current === id && id !== null ? null : current));
    mapping[index] = id;
    this.mapping = mapping;
    this.ignored = this.headers.filter((header, position) => header && mapping[position] === null);
    await this.#compute(++this.#run);
  }

  async #compute(run: number): Promise<void> {
    this.phase = 'computing';
    this.total = this.#rows.length;
    this.computed = 0;
    this.results = [];
    const results: PortfolioResult[] = [];
    for (let start = 0; start < this.#rows.length; start += SLICE) {
      const end = Math.min(this.#rows.length, start + SLICE);
      for (let index = start; index < end; index++) {
        // Row 1 is the header: the first contract is row 2, as the spreadsheet numbers it.
        results.push(computeRow(readRow(this.#rows[index]!, this.mapping, index + 2), this.today, this.findCertification));
      }
      this.computed = end;
      // The first page of results shows as soon as it is computed; the rest follows.
      if (start === 0) this.results = [...results];
      await nextTask();
      if (run !== this.#run) return;
    }
    this.results = results;
    this.page = 0;
    this.phase = 'done';
  }

  /** A row as "Mes simulations" keeps it; the birth date only because the adviser chose to save this row. */
  savedOf(item: PortfolioResult, now: Date): Omit<SavedSimulation, 'id'> {
    const { form } = item.source;
    return {
      name: item.source.reference || `Ligne ${item.source.row} — ${this.fileName}`,
      employer: item.source.employer,
      parameters: item.parameters,
      birthDate: form.ageMode === 'birthDate' ? form.birthDate : '',
      ageMode: form.ageMode,
      savedAt: now.toISOString(),
    };
  }
}

/** The totals of "Mes simulations" take evaluated simulations: a row is one, under its reference. */
const evaluatedOf = new WeakMap<PortfolioResult, EvaluatedSimulation>();
function asEvaluated(item: PortfolioResult): EvaluatedSimulation {
  let evaluated = evaluatedOf.get(item);
  if (!evaluated) {
    evaluated = {
      saved: {
        id: `ligne-${item.source.row}`,
        name: item.source.reference || `Ligne ${item.source.row}`,
        employer: item.source.employer,
        parameters: item.parameters,
        birthDate: '',
        ageMode: 'answer',
        savedAt: '1970-01-01T00:00:00.000Z',
      },
      form: item.source.form,
      result: item.result,
    };
    evaluatedOf.set(item, evaluated);
  }
  return evaluated;
}
