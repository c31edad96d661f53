import { formatInteger } from '../rules/index.ts';
import type { CellValue } from './portfolio.ts';
import { readFirstSheet, XlsxRefusal, type SheetRows } from './xlsx-sheet.ts';

/**
 * A portfolio file's bytes into rows of cells: .xlsx (its first sheet, xlsx-sheet.ts), .csv in
 * UTF-8 (with or without BOM) or Windows-1252 as French Excel writes it, separated by ";", "," or
 * tabs. A file that is not a spreadsheet gets one clear message and no rows.
 */

export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Rows computed in a tab without freezing it (npm run bench:portfolio); more are refused with a message. */
export const MAX_ROWS = 50_000;

/**
 * The rows that hold something, the header first; `rowNumbers[i]` is the number the spreadsheet
 * shows rows[i] with (blank rows are left out, not renumbered), for the problems it reports.
 */
export type SheetReading =
  { ok: true; rows: CellValue[][]; rowNumbers: number[]; format: 'xlsx' | 'csv' } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an old .xls, or an .xlsx that Excel encrypted with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);

const NOT_A_SPREADSHEET =
  "Ce fichier n'est pas un tableur lisible : enregistrez le portefeuille au format .xlsx ou .csv (le modèle téléchargeable montre les colonnes attendues). Rien n'a été importé.";

export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    // Not UTF-8: French Excel's "CSV (séparateur : point-virgule)" is Windows-1252.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The separator of the header line, outside quotes: the most frequent of ";", "," and tab. */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const character of firstLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/** RFC 4180 with the separator found: quoted cells may hold separators, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const separator = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"' && cell === '') quoted = true;
    else if (character === separator) {
      row.push(cell);
      cell = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += character;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const isBlankRow = (row: readonly CellValue[]) =>
  row.every((cell) => cell === null || cell === '' || (typeof cell === 'string' && !cell.trim()));

export async function readSpreadsheet(bytes: Uint8Array): Promise<SheetReading> {
  if (bytes.length === 0) return { ok: false, message: "Ce fichier est vide. Rien n'a été importé." };
  if (bytes.length > MAX_FILE_BYTES)
    return {
      ok: false,
      message: `Ce fichier fait ${(bytes.length / 1024 / 1024).toFixed(1).replace('.', ',')} Mo : le portefeuille en accepte ${MAX_FILE_BYTES / 1024 / 1024} au plus (environ ${formatInteger(MAX_ROWS)} contrats). Découpez-le. Rien n'a été importé.`,
    };
  if (startsWith(bytes, OLE))
    return {
      ok: false,
      message:
        "Ce fichier est protégé par un mot de passe, ou au format .xls d'avant 2007 : ouvrez-le dans votre tableur, retirez la protection et enregistrez-le en .xlsx ou .csv. Rien n'a été importé.",
    };
  let sheet: SheetRows;
  let format: 'xlsx' | 'csv';
  if (startsWith(bytes, ZIP)) {
    try {
      sheet = await readFirstSheet(bytes);
      format = 'xlsx';
    } catch (error) {
      return { ok: false, message: error instanceof XlsxRefusal ? error.message : NOT_A_SPREADSHEET };
    }
  } else {
    const text = decodeText(bytes);
    // Binary noise decodes to control characters that no spreadsheet's text holds.
    let control = 0;
    for (let index = 0; index < Math.min(text.length, 4096); index++) {
      const code = text.charCodeAt(index);
      if (code < 0x09 || (code > 0x0d && code < 0x20)) control++;
    }
    if (control > 0) return { ok: false, message: NOT_A_SPREADSHEET };
    const records = parseCsv(text);
    sheet = { rows: records, numbers: records.map((_, index) => index + 1) };
    format = 'csv';
  }
  const rows: CellValue[][] = [];
  const rowNumbers: number[] = [];
  sheet.rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    rows.push(row);
    rowNumbers.push(sheet.numbers[index]!);
  });
  if (rows.length === 0) return { ok: false, message: "Ce fichier ne contient aucune ligne. Rien n'a été importé." };
  const contracts = rows.length - 1;
  if (contracts > MAX_ROWS)
    return {
      ok: false,
      message: `Ce fichier compte ${formatInteger(contracts)} lignes : le portefeuille en calcule ${formatInteger(MAX_ROWS)} au plus à la fois. Découpez-le. Rien n'a été importé.`,
    };
  return { ok: true, rows, rowNumbers, format };
}
