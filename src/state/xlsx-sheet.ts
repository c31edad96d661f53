import type { CellValue } from './portfolio.ts';

/**
 * The first sheet of an .xlsx file as rows of cells, read the way read-excel-file 9.3.17 reads it
 * (same dates, numbers, booleans, trimmed strings; test/state/xlsx-sheet.test.ts compares both on
 * every fixture), in a single pass over the sheet's XML. Why not the library alone: it takes
 * 0.7 to 1.3 s for 5,000 contracts in a Chromium worker (its JavaScript inflate alone 0.3 s when
 * cold), the whole of issue 17's 2-second budget. Here the browser's own DecompressionStream
 * inflates, and one pass of regular expressions reads the XML (npm run bench:portfolio).
 *
 * Lenient where a spreadsheet program would be: a cell it cannot make sense of is read as empty or
 * as its text, and the form's checks then report it; it never stops the other rows. A file that is
 * not an .xlsx at all throws, and the caller says so in one message.
 */

/** Uncompressed XML read at most: a 16 MB zip can inflate to gigabytes (a "zip bomb"). */
export const MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;

export const XLSX_TOO_LARGE = `Ce classeur, une fois décompressé, dépasse ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} Mo : c'est bien plus qu'un portefeuille de contrats. Enregistrez-le en .csv ou découpez-le. Rien n'a été importé.`;
export const XLSX_NOT_SUPPORTED =
  "Ce navigateur ne sait pas décompresser les fichiers .xlsx : enregistrez le portefeuille en .csv, ou utilisez un navigateur à jour. Rien n'a été importé.";

/** A reason the adviser can act on (too large, browser too old), said as such instead of "unreadable". */
export class XlsxRefusal extends Error {}

const attributePatterns = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    // Attribute names may carry a namespace prefix (r:id); values are quoted with " or '.
    pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? unescapeXml(match[1] ?? match[2] ?? '') : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (whole, hex, decimal, name) => {
    if (name) return ENTITIES[name]!;
    const code = hex ? parseInt(hex, 16) : Number(decimal);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** OOXML's own escape of characters XML cannot hold: "_x000D_" is a carriage return. */
function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The text of a shared or inline string: its <t> runs joined, phonetic guides (<rPh>) left out.
 * Like read-excel-file, a lone <t> is the text and runs (<r><t>) are concatenated.
 */
function stringItemText(xml: string): string {
  const withoutPhonetics = xml.includes('rPh') ? xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '') : xml;
  let text = '';
  for (const match of withoutPhonetics.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g))
    text += match[1] ?? '';
  return unescapeOoxml(unescapeXml(text));
}

function sharedStringsOf(xml: string | undefined): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?si(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g))
    strings.push(stringItemText(match[1] ?? ''));
  return strings;
}

/** Built-in date formats (ECMA-376 §18.8.30 and the East Asian and Thai locales), as read-excel-file lists them. */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71,
  72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);
const DATE_TOKENS = new Set(
  's ss m mm h hh am pm a p d dd ddd dddd aaa aaaa aaaaa mmm mmmm mmmmm y yy yyyy e ee eeee'.split(' '),
);

/** A custom number format shows a date when each of its words is a date or time token (read-excel-file's rule). */
export function isDateFormatCode(code: string): boolean {
  const template = code.toLowerCase().replace(/;@$/, '').replace(/\\./g, ' ');
  return template.split(';').some((section) => {
    const tokens = section
      .replace(/"[^"]*"/g, ' ')
      .replace(/(\[?[smhd]{1,2}\]?)[.,]00?0?/g, '$1')
      .replace(/\[([smhd]{1,2})\]/g, '$1')
      .replace(/\[[^\]]*\]/g, '')
      .split(/[^a-z0#?%]+/)
      .filter(Boolean);
    return tokens.length > 0 && tokens.every((token) => DATE_TOKENS.has(token));
  });
}

/** For each cell style (the "s" attribute), whether it shows numbers as dates. */
function dateStylesOf(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const customFormats = new Map<number, string>();
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?numFmt\s([^>]*?)\/?>/g)) {
    const id = Number(attribute(match[1]!, 'numFmtId'));
    const code = attribute(match[1]!, 'formatCode');
    if (id >= 100 && code !== undefined) customFormats.set(id, code);
  }
  const isDate = (id: number | undefined) =>
    id !== undefined && (BUILT_IN_DATE_FORMATS.has(id) || (customFormats.has(id) && isDateFormatCode(customFormats.get(id)!)));
  const xfsIn = (section: string) => {
    const body = new RegExp(`<(?:[\\w.-]+:)?${section}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${section}>`).exec(xml)?.[1] ?? '';
    return [...body.matchAll(/<(?:[\w.-]+:)?xf\b([^>]*?)\/?>/g)].map((match) => match[1]!);
  };
  const formatOf = (attributes: string) => {
    const id = attribute(attributes, 'numFmtId');
    return id === undefined ? undefined : Number(id);
  };
  const base = xfsIn('cellStyleXfs').map(formatOf);
  return xfsIn('cellXfs').map((attributes) => {
    const own = formatOf(attributes);
    const inherited = attribute(attributes, 'xfId');
    return isDate(own ?? (inherited === undefined ? undefined : base[Number(inherited)]));
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Excel's serial 25569 is 1 January 1970 (its 1900 system counts a 29 February 1900 that never was). */
const UNIX_EPOCH_SERIAL = 25569;
const EPOCH_1904_SHIFT = 1462;

/** A serial day number as a date at midnight UTC: a calendar day, whatever the machine's time zone. */
function excelDate(serial: number, epoch1904: boolean): Date {
  return new Date(Math.floor((serial + (epoch1904 ? EPOCH_1904_SHIFT : 0) - UNIX_EPOCH_SERIAL) * DAY_MS));
}

/** "BC12" → 55 (1-based column number). */
function columnNumber(reference: string): number {
  let column = 0;
  for (let index = 0; index < reference.length; index++) {
    const code = reference.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}

interface SheetContext {
  strings: string[];
  dateStyles: boolean[];
  epoch1904: boolean;
}

/**
 * A cell's r, s or t attribute. Cells hold tens of thousands of them: plain string search first,
 * the general reading when the file spaces or quotes them unusually.
 */
function cellAttribute(attributes: string, name: string): string | undefined {
  const key = ` ${name}="`;
  const at = attributes.indexOf(key);
  if (at >= 0) {
    const end = attributes.indexOf('"', at + key.length);
    const value = attributes.slice(at + key.length, end);
    return value.includes('&') ? unescapeXml(value) : value;
  }
  return /[\t\r\n']|\s=|=\s/.test(attributes) ? attribute(attributes, name) : undefined;
}

/** The text of a cell's <v>, unescaped; undefined when it has none. */
function valueText(body: string): string | undefined {
  const start = body.indexOf('<v>');
  let raw: string | undefined;
  if (start >= 0) raw = body.slice(start + 3, body.indexOf('</v>', start));
  else if (body.includes('v')) raw = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(body)?.[1];
  return raw === undefined ? undefined : unescapeXml(raw);
}

/** Strings are trimmed, and an empty one is an empty cell (read-excel-file's reading). */
function text(string: string | undefined): string | null {
  const trimmed = (string ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

function cellValue(type: string | undefined, style: string | undefined, body: string, context: SheetContext): CellValue {
  const value = valueText(body);
  switch (type ?? 'n') {
    case 's':
      return text(value ? context.strings[Number(value)] : undefined);
    case 'str':
      return text(value === undefined ? undefined : unescapeOoxml(value));
    case 'inlineStr': {
      const inline = /<(?:[\w.-]+:)?is(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?is>/.exec(body)?.[1];
      return text(inline === undefined ? undefined : stringItemText(inline));
    }
    case 'b':
      return value === '1' ? true : value === '0' ? false : null;
    case 'e':
      return null;
    case 'd': {
      if (!value) return null;
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? text(value) : date;
    }
    default: {
      if (!value) return null;
      const number = Number(value);
      if (Number.isNaN(number)) return text(value);
      return style !== undefined && context.dateStyles[Number(style)] ? excelDate(number, context.epoch1904) : number;
    }
  }
}

/** Excel's own limits: no cell it writes lies beyond column XFD. */
const MAX_COLUMNS = 16_384;
/** Cells kept at most, empty ones between filled ones included: 50,000 contracts of 200 columns. */
export const MAX_CELLS = 10_000_000;
export const XLSX_TOO_WIDE = `Ce classeur compte plus de ${MAX_CELLS / 1_000_000} millions de cellules : enregistrez seulement les colonnes du modèle, ou découpez-le. Rien n'a été importé.`;

/** The rows that hold something, each with the number the spreadsheet shows it with. */
export interface SheetRows {
  rows: CellValue[][];
  /** rows[i] is row numbers[i] of the sheet (1-based). */
  numbers: number[];
}

/**
 * The filled rows of a sheet's XML, cells where the file puts them (a skipped cell is null).
 * Rows the file skips are not made: a cell at row 1,000,000 costs one row, not a million.
 */
function sheetRows(xml: string, context: SheetContext): SheetRows {
  const rows: CellValue[][] = [];
  const numbers: number[] = [];
  const start = xml.search(/<(?:[\w.-]+:)?sheetData\b/);
  if (start < 0) return { rows, numbers };
  let row: CellValue[] = [];
  let rowNumber = 0;
  /** The <row> had no r: its first cell's reference says which row it is (read-excel-file's reading). */
  let numberFromCell = false;
  let column = 0;
  let cells = 0;
  const keep = () => {
    if (!row.length) return;
    cells += row.length;
    if (cells > MAX_CELLS) throw new XlsxRefusal(XLSX_TOO_WIDE);
    for (let position = 0; position < row.length; position++) row[position] ??= null;
    rows.push(row);
    numbers.push(rowNumber);
  };
  const tags = /<(?:([\w.-]+):)?(row|c)\b([^>]*?)(\/?)>|<\/(?:[\w.-]+:)?sheetData>/g;
  tags.lastIndex = start;
  for (let match = tags.exec(xml); match; match = tags.exec(xml)) {
    const [, prefix, name, attributes = '', selfClosing] = match;
    if (!name) break;
    if (name === 'row') {
      keep();
      row = [];
      column = 0;
      const number = Number(attribute(attributes, 'r'));
      numberFromCell = !(Number.isInteger(number) && number > rowNumber);
      rowNumber = numberFromCell ? rowNumber + 1 : number;
      continue;
    }
    const reference = cellAttribute(attributes, 'r');
    const number = reference ? columnNumber(reference) : 0;
    column = number > column ? number : column + 1;
    if (numberFromCell) {
      numberFromCell = false;
      const referenced = Number(/\d+$/.exec(reference ?? '')?.[0]);
      if (Number.isInteger(referenced) && referenced > rowNumber) rowNumber = referenced;
    }
    let body = '';
    if (!selfClosing) {
      const closing = `</${prefix ? `${prefix}:` : ''}c>`;
      const end = xml.indexOf(closing, tags.lastIndex);
      if (end < 0) break;
      body = xml.slice(tags.lastIndex, end);
      tags.lastIndex = end + closing.length;
    }
    if (column > MAX_COLUMNS) continue;
    const value = cellValue(cellAttribute(attributes, 't'), cellAttribute(attributes, 's'), body, context);
    if (value !== null) row[column - 1] = value;
  }
  keep();
  return { rows, numbers };
}

/** Where a relationship points, from the workbook's folder (xl/), as read-excel-file resolves it. */
const pathOf = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

interface ZipEntry {
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
}

const FULL_32 = 0xffffffff;

/**
 * The archive's table of contents (the central directory at its end): names, methods, sizes,
 * offsets, in zip64 form too (some Java tools write it for every file, whatever its size).
 */
function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const big = (at: number) => Number(view.getBigUint64(at, true));
  // The end record's comment runs to the end of the file, so a signature inside a comment is not
  // it; when none fits exactly (bytes added after the archive by a mail or download tool), the
  // signature nearest the end is.
  let end = -1;
  let nearest = -1;
  for (let index = bytes.length - 22; index >= Math.max(0, bytes.length - 22 - 0xffff); index--) {
    if (view.getUint32(index, true) !== 0x06054b50) continue;
    if (nearest < 0) nearest = index;
    if (view.getUint16(index + 20, true) === bytes.length - index - 22) {
      end = index;
      break;
    }
  }
  if (end < 0) end = nearest;
  if (end < 0) throw new Error('No zip directory');
  let count = view.getUint16(end + 10, true);
  let position = view.getUint32(end + 16, true);
  if ((count === 0xffff || position === FULL_32) && end >= 20 && view.getUint32(end - 20, true) === 0x07064b50) {
    const record = big(end - 12);
    if (record + 56 > bytes.length || view.getUint32(record, true) !== 0x06064b50) throw new Error('Broken zip64 directory');
    count = big(record + 32);
    position = big(record + 48);
  }
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  for (let index = 0; index < count; index++) {
    if (position + 46 > bytes.length || view.getUint32(position, true) !== 0x02014b50) throw new Error('Broken zip directory');
    const flags = view.getUint16(position + 8, true);
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const name = names.decode(bytes.subarray(position + 46, position + 46 + nameLength));
    // Bit 0: encrypted; a protected workbook is not a zip anyway (OLE), but a zip tool can encrypt.
    if (flags & 1) throw new Error('Encrypted zip entry');
    const entry: ZipEntry = {
      method: view.getUint16(position + 10, true),
      compressedSize: view.getUint32(position + 20, true),
      size: view.getUint32(position + 24, true),
      offset: view.getUint32(position + 42, true),
    };
    // Zip64: the fields set to 0xFFFFFFFF are in the extra field 0x0001, in this order.
    let extra = position + 46 + nameLength;
    const extraEnd = Math.min(bytes.length, extra + extraLength);
    while (extra + 4 <= extraEnd) {
      const id = view.getUint16(extra, true);
      const size = view.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let at = extra + 4;
        for (const field of ['size', 'compressedSize', 'offset'] as const) {
          if (entry[field] !== FULL_32 || at + 8 > extra + 4 + size) continue;
          entry[field] = big(at);
          at += 8;
        }
      }
      extra += 4 + size;
    }
    entries.set(name, entry);
    position += 46 + nameLength + extraLength + view.getUint16(position + 32, true);
  }
  return entries;
}

/** One entry's text: stored as is, or inflated by the browser, never more than the budget left. */
async function entryText(bytes: Uint8Array, entry: ZipEntry, budget: { left: number }): Promise<string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(entry.offset, true) !== 0x04034b50) throw new Error('Broken zip entry');
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return new TextDecoder().decode(data);
  if (entry.method !== 8) throw new Error('Unknown zip method');
  if (typeof DecompressionStream === 'undefined') throw new XlsxRefusal(XLSX_NOT_SUPPORTED);
  // The sizes in the directory can lie: the bytes are counted as they come out.
  const limit = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      budget.left -= chunk.length;
      if (budget.left < 0) controller.error(new XlsxRefusal(XLSX_TOO_LARGE));
      else controller.enqueue(chunk);
    },
  });
  // Bytes read from a file's ArrayBuffer (never a SharedArrayBuffer).
  const inflated = new Response(data as Uint8Array<ArrayBuffer>)
    .body!.pipeThrough(new DecompressionStream('deflate-raw'))
    .pipeThrough(limit);
  return new Response(inflated).text();
}

/** `limit`: the uncompressed bytes read at most (a test gives a smaller one). */
export async function readFirstSheet(bytes: Uint8Array, limit = MAX_UNCOMPRESSED_BYTES): Promise<SheetRows> {
  const entries = zipEntries(bytes);
  const budget = { left: limit };
  const text = async (path: string | undefined) => {
    const entry = path === undefined ? undefined : entries.get(path);
    if (!entry) return undefined;
    if (entry.size > budget.left) throw new XlsxRefusal(XLSX_TOO_LARGE);
    return entryText(bytes, entry, budget);
  };
  const [workbook, relations] = await Promise.all([text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels')]);
  if (workbook === undefined || relations === undefined) throw new Error('Not an .xlsx workbook');
  const targets = new Map<string, { type: string; target: string }>();
  for (const match of relations.matchAll(/<(?:[\w.-]+:)?Relationship\s([^>]*?)\/?>/g)) {
    const id = attribute(match[1]!, 'Id');
    const target = attribute(match[1]!, 'Target');
    if (id && target) targets.set(id, { type: attribute(match[1]!, 'Type') ?? '', target });
  }
  const targetOfType = (type: string) => {
    const target = [...targets.values()].find((relation) => relation.type.endsWith(`/${type}`))?.target;
    return target === undefined ? undefined : pathOf(target);
  };
  const firstSheet = /<(?:[\w.-]+:)?sheet\s([^>]*?)\/?>/.exec(workbook)?.[1];
  const sheetTarget = firstSheet === undefined ? undefined : targets.get(attribute(firstSheet, 'id') ?? '')?.target;
  const [sheet, sharedStrings, styles] = await Promise.all([
    text(sheetTarget === undefined ? undefined : pathOf(sheetTarget)),
    // Without the relationship, where every program puts them (as read-excel-file looks too).
    text(targetOfType('sharedStrings') ?? 'xl/sharedStrings.xml'),
    text(targetOfType('styles') ?? 'xl/styles.xml'),
  ]);
  if (sheet === undefined) throw new Error('No worksheet');
  const workbookProperties = /<(?:[\w.-]+:)?workbookPr\s([^>]*?)\/?>/.exec(workbook)?.[1];
  return sheetRows(sheet, {
    strings: sharedStringsOf(sharedStrings),
    dateStyles: dateStylesOf(styles),
    epoch1904: workbookProperties !== undefined && /^(?:1|true)$/.test(attribute(workbookProperties, 'date1904') ?? ''),
  });
}
