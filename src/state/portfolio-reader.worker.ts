// Reads a portfolio file off the page's thread: unzipping and parsing 50,000 rows of .xlsx takes
// seconds, during which the page must keep answering (issue 17). Same function as in the tests.
// The universal build parses the sheet on this thread (the browser build would hand the XML to yet
// another worker: 0.4 s more for 5,000 rows, npm run bench:portfolio).
import { readSheet } from 'read-excel-file/universal';
import type { CellValue } from './portfolio.ts';
import { readSpreadsheet } from './portfolio-file.ts';

self.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
  const reading = await readSpreadsheet(
    new Uint8Array(event.data),
    async (bytes) => (await readSheet(bytes.slice().buffer)) as CellValue[][],
  );
  self.postMessage(reading);
};
