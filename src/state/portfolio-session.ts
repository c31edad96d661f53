import type { CertificationLookup } from '../rules/index.ts';
import { computeRow, mapHeaders, readRow, type CellValue, type ColumnMapping, type PortfolioResult } from './portfolio.ts';
import { readSpreadsheet } from './portfolio-file.ts';

/**
 * The portfolio's work, from a file's bytes to computed rows, as messages: it runs in a worker
 * (portfolio.worker.ts) so that the page keeps answering while 50,000 rows are read and computed,
 * and directly on the page where there is no worker (component tests). Each request carries a run
 * number; a newer request stops the older one's work, and events of an older run are ignored.
 */
export type PortfolioRequest =
  | { kind: 'import'; run: number; bytes: ArrayBuffer; today: string }
  /** `file`: the run of the import whose columns the mapping was made for. */
  | { kind: 'remap'; run: number; file: number; mapping: ColumnMapping };

export type PortfolioEvent =
  | { kind: 'failed'; run: number; message: string }
  | {
      kind: 'read';
      run: number;
      format: 'xlsx' | 'csv';
      headers: string[];
      mapping: ColumnMapping;
      ignored: string[];
      total: number;
    }
  | { kind: 'computed'; run: number; results: PortfolioResult[]; computed: number }
  | { kind: 'done'; run: number };

/** Where requests go: a worker in the browser, the session itself where there is none (portfolio-runner.ts). */
export interface PortfolioRunner {
  send(request: PortfolioRequest): void;
}

/** The first rows come alone, to show the first page of results as soon as possible. */
const FIRST_BATCH = 100;
/** Then about 100 ms of work per message on this machine: few messages, and a new file is heard soon. */
const BATCH = 1000;

const NO_START_COLUMN =
  "Aucune colonne « Date de début » reconnue dans la première ligne : ce fichier n'a pas les en-têtes du modèle. Téléchargez le modèle pour voir les colonnes attendues. Rien n'a été importé.";

/** The worker or the session stopped short of the end. */
export const NOT_READ_TO_THE_END =
  "Ce fichier n'a pas pu être lu jusqu'au bout : enregistrez-le en .csv, ou découpez-le, puis réessayez. Rien n'a été importé.";
const FILE_GONE = "Le fichier n'est plus en mémoire : importez-le à nouveau. Les résultats affichés sont gardés.";

/** Lets the messages that arrived meanwhile (a new file, a new mapping) be handled. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class PortfolioSession {
  #rows: CellValue[][] = [];
  #rowNumbers: number[] = [];
  /** The run of the import these rows come from. */
  #file = 0;
  #today = '';
  #run = 0;

  constructor(
    readonly findCertification: CertificationLookup,
    readonly emit: (event: PortfolioEvent) => void,
  ) {}

  /** Never throws: whatever goes wrong ends the run with a message, and the page waits no more. */
  async handle(request: PortfolioRequest): Promise<void> {
    try {
      await this.#handle(request);
    } catch {
      // The rows may be half replaced: a new mapping must not compute them.
      this.#rows = [];
      this.emit({ kind: 'failed', run: request.run, message: NOT_READ_TO_THE_END });
    }
  }

  async #handle(request: PortfolioRequest): Promise<void> {
    const { run } = request;
    this.#run = run;
    if (request.kind === 'remap') {
      // Only the rows of the file the page shows: not those of a later file that did not make it.
      if (this.#rows.length && request.file === this.#file) return this.#compute(run, request.mapping);
      return this.emit({ kind: 'failed', run, message: FILE_GONE });
    }
    const reading = await readSpreadsheet(new Uint8Array(request.bytes));
    if (run !== this.#run) return;
    if (!reading.ok) return this.emit({ kind: 'failed', run, message: reading.message });
    const [header = []] = reading.rows;
    const { mapping, ignored } = mapHeaders(header);
    if (!mapping.some((id) => id === 'contractStart')) return this.emit({ kind: 'failed', run, message: NO_START_COLUMN });
    this.#rows = reading.rows;
    this.#rowNumbers = reading.rowNumbers;
    this.#file = run;
    this.#today = request.today;
    this.emit({
      kind: 'read',
      run,
      format: reading.format,
      headers: header.map((cell) => (cell === null ? '' : String(cell))),
      mapping,
      ignored,
      total: reading.rows.length - 1,
    });
    return this.#compute(run, mapping);
  }

  async #compute(run: number, mapping: ColumnMapping): Promise<void> {
    let batch: PortfolioResult[] = [];
    let computed = 0;
    let size = FIRST_BATCH;
    for (let index = 1; index < this.#rows.length; index++) {
      // Rows keep the number the spreadsheet shows them with, in the problems reported.
      batch.push(computeRow(readRow(this.#rows[index]!, mapping, this.#rowNumbers[index]!), this.#today, this.findCertification));
      if (batch.length === size) {
        computed += batch.length;
        this.emit({ kind: 'computed', run, results: batch, computed });
        batch = [];
        size = BATCH;
        await nextTask();
        if (run !== this.#run) return;
      }
    }
    computed += batch.length;
    if (batch.length) this.emit({ kind: 'computed', run, results: batch, computed });
    this.emit({ kind: 'done', run });
  }
}
