import { foldText } from '../catalog/normalise.ts';
import { compareFrench } from './collate.ts';
import {
  compareResults,
  FILTER_LABELS,
  linkParameters,
  passesFilter,
  type CellProblem,
  type ColumnMapping,
  type PortfolioFilter,
  type PortfolioResult,
  type SortKey,
} from './portfolio.ts';
import type { PortfolioEvent, PortfolioRequest, PortfolioRunner } from './portfolio-session.ts';
import { employerGroups, type CountedSimulation, type EmployerGroup } from './totals.ts';
import type { SavedSimulation } from './workspace.ts';

export const PORTFOLIO_PAGE_SIZE = 50;

/** Starts the session (a worker in the browser) and says where its events go. */
export type RunnerFactory = (onEvent: (event: PortfolioEvent) => void) => PortfolioRunner;

/**
 * The portfolio page's state: a file read and its rows computed by the session (in a worker when
 * the browser has them) with a progress count, then filtered, sorted, paged and totalled here.
 * Nothing leaves the browser, and nothing is stored: the file stays the adviser's.
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
  #runner: PortfolioRunner;
  #run = 0;
  /** The rows computed so far: shown once the first page is in, then all at once when done. */
  #computing: PortfolioResult[] = [];
  #pendingName = '';
  #settle: (() => void) | null = null;
  /** The run of the import whose rows and columns are shown: a new mapping is for that file. */
  #file = 0;
  /** What the page showed before this run: given back whole if the run fails ("Rien n'a été importé"). */
  #kept:
    | (Pick<PortfolioState, 'results' | 'fileName' | 'headers' | 'mapping' | 'ignored' | 'read' | 'total'> & { file: number })
    | null = null;

  constructor(
    readonly today: string,
    startRunner: RunnerFactory,
  ) {
    this.#runner = startRunner((event) => this.#receive(event));
  }

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
      if (!name) continue;
      const folded = foldText(name);
      if (!names.has(folded)) names.set(folded, name);
    }
    return [...names.entries()].sort((a, b) => compareFrench(a[1], b[1]));
  });
  /** Totals per employer and year, with the convention threshold, as "Mes simulations" counts them. */
  totals: EmployerGroup<CountedSimulation>[] = $derived(employerGroups(this.results.map(asCounted), {}));
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
    const run = this.#start();
    this.phase = 'reading';
    this.#pendingName = file.name;
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      return this.#receive({ kind: 'failed', run, message: "Ce fichier n'a pas pu être lu. Rien n'a été importé." });
    }
    return this.#send({ kind: 'import', run, bytes, today: this.today });
  }

  /**
   * The adviser fixes which field a file column feeds; every row is computed again. Not while a
   * new file is being read: its columns are not known yet (the page disables the lists then).
   */
  async setMapping(index: number, id: ColumnMapping[number]): Promise<void> {
    if (this.phase === 'reading' || !this.headers.length) return;
    const run = this.#start();
    const mapping = this.mapping.map((current) => (current === id && id !== null ? null : current));
    mapping[index] = id;
    this.mapping = mapping;
    this.ignored = this.headers.filter((header, position) => header && mapping[position] === null);
    this.#beginComputing();
    return this.#send({ kind: 'remap', run, file: this.#file, mapping });
  }

  #start(): number {
    // The run before, if still going, is over for its caller: its events are ignored from now.
    this.#finish();
    this.failure = '';
    if (this.phase !== 'reading' && this.phase !== 'computing') {
      const { results, fileName, headers, mapping, ignored, read, total } = this;
      this.#kept = { results, fileName, headers, mapping, ignored, read, total, file: this.#file };
    }
    return ++this.#run;
  }

  /** Resolves when this run is done or has failed; at once when a newer run has started meanwhile. */
  #send(request: PortfolioRequest): Promise<void> {
    if (request.run !== this.#run) return Promise.resolve();
    return new Promise((resolve) => {
      this.#settle = resolve;
      this.#runner.send(request);
    });
  }

  /** The results shown stay until this run's first rows replace them. */
  #beginComputing(): void {
    this.phase = 'computing';
    this.computed = 0;
    this.#computing = [];
  }

  #finish(): void {
    this.#settle?.();
    this.#settle = null;
  }

  #receive(event: PortfolioEvent): void {
    if (event.run !== this.#run) return;
    switch (event.kind) {
      case 'failed':
        // Nothing of a failed run stays: not its first rows, not its columns, not a page or an
        // employer chosen among its first rows.
        if (this.#kept) {
          const { file, ...shown } = this.#kept;
          Object.assign(this, shown);
          this.#file = file;
          if (this.employer && !this.results.some((item) => foldText(item.source.employer) === this.employer)) this.employer = '';
          this.page = Math.min(this.page, this.pageCount - 1);
        }
        this.#computing = [];
        this.failure = event.message;
        this.phase = this.results.length ? 'done' : 'idle';
        return this.#finish();
      case 'read':
        this.#file = event.run;
        this.fileName = this.#pendingName;
        this.headers = event.headers;
        this.mapping = event.mapping;
        this.ignored = event.ignored;
        this.read = this.total = event.total;
        return this.#beginComputing();
      case 'computed':
        for (const item of event.results) this.#computing.push(item);
        this.computed = event.computed;
        // This run's first rows show as soon as they are computed; the rest follows at once when
        // done (filtering and totalling 50,000 rows at every batch would slow the work down).
        if (this.#computing.length === event.results.length) {
          this.results = [...this.#computing];
          this.page = 0;
        }
        return;
      case 'done':
        this.results = this.#computing;
        this.#computing = [];
        this.#kept = null;
        this.page = 0;
        this.phase = 'done';
        return this.#finish();
    }
  }

  /** A row as "Mes simulations" keeps it; the birth date only because the adviser chose to save this row. */
  savedOf(item: PortfolioResult, now: Date): Omit<SavedSimulation, 'id'> {
    const { form } = item.source;
    return {
      name: item.source.reference || `Ligne ${item.source.row} — ${this.fileName}`,
      employer: item.source.employer,
      parameters: linkParameters(item),
      birthDate: form.ageMode === 'birthDate' ? form.birthDate : '',
      ageMode: form.ageMode,
      savedAt: now.toISOString(),
    };
  }
}

/** The totals of "Mes simulations" count saved simulations: a row is one, under its reference. */
const countedOf = new WeakMap<PortfolioResult, CountedSimulation>();
function asCounted(item: PortfolioResult): CountedSimulation {
  let counted = countedOf.get(item);
  if (!counted) {
    counted = {
      saved: {
        id: `ligne-${item.source.row}`,
        name: item.source.reference || `Ligne ${item.source.row}`,
        employer: item.source.employer,
      },
      form: item.source.form,
      result: item.result,
    };
    countedOf.set(item, counted);
  }
  return counted;
}
