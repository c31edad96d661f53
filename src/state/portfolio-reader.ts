import type { CellValue } from './portfolio.ts';
import { readSpreadsheet, type SheetReading } from './portfolio-file.ts';

/**
 * Bytes → rows: in a worker where the browser has them (the page keeps answering), else on this
 * thread with the browser build of read-excel-file (jsdom in component tests). Both load only on
 * the portfolio page.
 */
const READING_TIMEOUT_MS = 120_000;
const READING_TIMED_OUT =
  "La lecture du fichier n'a pas abouti en deux minutes : enregistrez-le en .csv, ou découpez-le, puis réessayez. Rien n'a été importé.";

export function readPortfolioFile(bytes: ArrayBuffer): Promise<SheetReading> {
  if (typeof Worker === 'undefined') {
    return readSpreadsheet(new Uint8Array(bytes), async (data) => {
      const { readSheet } = await import('read-excel-file/browser');
      return (await readSheet(data.slice().buffer)) as CellValue[][];
    });
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./portfolio-reader.worker.ts', import.meta.url), { type: 'module' });
    // A reader that never answers (a browser refusing the library's own workers) must not leave
    // the page reading forever: it says so, and nothing is imported.
    const watchdog = setTimeout(() => {
      worker.terminate();
      resolve({ ok: false, message: READING_TIMED_OUT });
    }, READING_TIMEOUT_MS);
    worker.onmessage = (event: MessageEvent<SheetReading>) => {
      clearTimeout(watchdog);
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      clearTimeout(watchdog);
      event.preventDefault();
      reject(new Error(event.message));
      worker.terminate();
    };
    worker.postMessage(bytes, [bytes]);
  });
}
