import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { PORTFOLIO_COLUMNS } from '../../src/state/portfolio.ts';
import { templateSheet } from '../../src/state/portfolio-export.ts';
import { readSpreadsheet } from '../../src/state/portfolio-file.ts';
import { isDateFormatCode, readFirstSheet, XLSX_TOO_LARGE, XLSX_TOO_WIDE, type SheetRows } from '../../src/state/xlsx-sheet.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const trimmedRow = (row: readonly unknown[]) => {
  const cells = [...row];
  while (cells.length && cells.at(-1) === null) cells.pop();
  return cells;
};
/** read-excel-file pads every row to the widest and keeps empty rows; this reader keeps filled rows and their numbers. */
const libraryRows = (rows: readonly unknown[][]) =>
  rows.flatMap((row, index) => (row.some((cell) => cell !== null) ? [{ row: index + 1, cells: trimmedRow(row) }] : []));
const readerRows = ({ rows, numbers }: SheetRows) =>
  rows.map((cells, index) => ({ row: numbers[index], cells: trimmedRow(cells) }));

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr DATE1904/><sheets><sheet name="Contrats" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELATIONS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
// Style 1: a built-in date format (14); style 2: a custom French one; style 3: a plain number.
const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"><alignment horizontal="left"/></xf><xf numFmtId="4"/></cellXfs></styleSheet>`;

/** A workbook written by hand, as other programs than LibreOffice write them. */
function workbook(sheet: string, strings: string, { date1904 = false } = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8(WORKBOOK.replace('DATE1904', date1904 ? 'date1904="1"' : '')),
    'xl/_rels/workbook.xml.rels': strToU8(RELATIONS),
    'xl/styles.xml': strToU8(STYLES),
    'xl/sharedStrings.xml': strToU8(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings}</sst>`),
    'xl/worksheets/sheet1.xml': strToU8(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D6"/><sheetData>${sheet}</sheetData></worksheet>`,
    ),
  });
}

const SHARED_STRINGS_WITH_EMPTY_ITEMS =
  '<si foo="1"/><si><r><t xml:space="preserve"/></r><r><t>abc</t></r></si><si><t>deux</t></si>';

const HAND_MADE_SHEET = [
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Heures</t></is></c><c r="D1" t="str"><f>"SI"&amp;"RET"</f><v>SIRET</v></c></row>',
  '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>46266</v></c><c r="C2" s="3"><v>17.5</v></c><c r="D2" t="b"><v>1</v></c></row>',
  // Row 3 is missing from the file; row 4 skips column B and has an error cell.
  '<row r="4"><c r="A4" t="s"><v>3</v></c><c r="C4" t="e"><v>#DIV/0!</v></c><c r="D4" s="2"><v>46266.75</v></c></row>',
  '<row r="5"><c r="A5" t="inlineStr"><is><r><t>Dupont </t></r><r><rPr><b/></rPr><t>&amp; fils</t></r></is></c><c r="B5" t="s"><v>4</v></c></row>',
].join('');
const HAND_MADE_STRINGS = [
  '<si><t>Employeur</t></si>',
  '<si><t>Date de début</t></si>',
  '<si><r><t xml:space="preserve">Boulangerie </t></r><r><rPr><i/></rPr><t>Martin</t></r><rPh sb="0" eb="1"><t>ぼ</t></rPh></si>',
  '<si><t>  Ligne_x000D_ avec retour  </t></si>',
  '<si><t>&lt;1 an&gt; &#233;t&#xE9;</t></si>',
].join('');

describe('readFirstSheet reads what read-excel-file 9.3.17 reads', () => {
  it.each([
    ['the 20 contracts saved by LibreOffice', async () => fixture('portefeuille-20-contrats.xlsx')],
    ['the template written by write-excel-file', async () => new Uint8Array(await writeXlsxFile(templateSheet()).toBuffer())],
    [
      'a sheet written by hand: shared, inline and rich strings, formulas, dates, booleans, gaps',
      async () => workbook(HAND_MADE_SHEET, HAND_MADE_STRINGS),
    ],
    [
      'the same with the 1904 date system of old Mac Excel',
      async () => workbook(HAND_MADE_SHEET, HAND_MADE_STRINGS, { date1904: true }),
    ],
  ])('%s', async (_, make) => {
    const bytes = await make();
    const mine = await readFirstSheet(bytes);
    const library = await readSheet(Buffer.from(bytes));
    expect(readerRows(mine)).toEqual(libraryRows(library));
    expect(mine.rows.length).toBeGreaterThan(1);
  });

  it('reads the hand-made sheet cell by cell, each row with the number the spreadsheet shows', async () => {
    const { rows, numbers } = await readFirstSheet(workbook(HAND_MADE_SHEET, HAND_MADE_STRINGS));
    expect(rows[0]).toEqual(['Employeur', 'Date de début', 'Heures', 'SIRET']);
    // 46266 is 1 September 2026 in the 1900 system (day 25569 is 1 January 1970); dates are days at midnight UTC.
    expect(rows[1]).toEqual(['Boulangerie Martin', new Date('2026-09-01T00:00:00Z'), 17.5, true]);
    expect(rows[2]).toEqual(['Ligne\r avec retour', null, null, new Date('2026-09-01T18:00:00Z')]);
    expect(rows[3]).toEqual(['Dupont & fils', '<1 an> été']);
    // Row 3 is not in the file: row 4 stays row 4.
    expect(numbers).toEqual([1, 2, 4, 5]);
  });

  it('reads a workbook whose elements carry a namespace prefix (x:c), as some generators write them', async () => {
    const prefixed = HAND_MADE_SHEET.replace(/<(\/?)(row|c|v|is|t|r|f|rPr)\b/g, '<$1x:$2');
    const rows = await readFirstSheet(workbook(prefixed, HAND_MADE_STRINGS));
    expect(rows).toEqual(await readFirstSheet(workbook(HAND_MADE_SHEET, HAND_MADE_STRINGS)));
  });

  it.each([
    ['a row without r numbered by its first cell', '<row r="1"><c r="A1"><v>1</v></c></row><row><c r="B5"><v>5</v></c></row>'],
    [
      'empty items and self-closing texts in the shared strings',
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>2</v></c></row>',
    ],
  ])('reads %s as read-excel-file does', async (_, sheet) => {
    const bytes = workbook(sheet, SHARED_STRINGS_WITH_EMPTY_ITEMS);
    expect(readerRows(await readFirstSheet(bytes))).toEqual(libraryRows(await readSheet(Buffer.from(bytes))));
  });

  // read-excel-file throws on these two (it needs every cell's r); XML and the format allow them.
  it.each([
    [
      'cells and rows without r, one after the other',
      '<row><c t="inlineStr"><is><t>A</t></is></c><c><v>2</v></c></row><row><c><v>3</v></c></row>',
      { rows: [['A', 2], [3]], numbers: [1, 2] },
    ],
    [
      'attributes spaced, single-quoted or on several lines',
      '<row r = \'1\'><c r = "A1" t = \'inlineStr\'><is><t>A</t></is></c><c\n r="C1"><v>3</v></c></row>',
      { rows: [['A', null, 3]], numbers: [1] },
    ],
  ])('reads %s', async (_, sheet, expected) => {
    expect(await readFirstSheet(workbook(sheet, SHARED_STRINGS_WITH_EMPTY_ITEMS))).toEqual(expected);
  });

  it('finds the shared strings where every program puts them when the workbook does not say', async () => {
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(WORKBOOK.replace('DATE1904', '')),
      'xl/_rels/workbook.xml.rels': strToU8(RELATIONS.replace(/<Relationship Id="rId[23]"[^>]*\/>/g, '')),
      'xl/sharedStrings.xml': strToU8('<sst><si><t>bonjour</t></si></sst>'),
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
      ),
    });
    expect((await readFirstSheet(bytes)).rows).toEqual([['bonjour']]);
  });

  it('tells date formats from number formats', () => {
    for (const code of ['dd/mm/yyyy', 'd mmmm yyyy', 'yyyy\\-mm\\-dd', 'dd/mm/yyyy;@', '[$-40C]d mmm yy', 'hh:mm'])
      expect(isDateFormatCode(code), code).toBe(true);
    for (const code of ['0.00', '#,##0 "€"', '0%', 'General', '@']) expect(isDateFormatCode(code), code).toBe(false);
  });
});

describe('a workbook that is not a portfolio', () => {
  it('refuses a sheet that inflates beyond the limit, even when the archive lies about its size', async () => {
    const big = `<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(2_000_000)}</t></is></c></row>`;
    const honest = workbook(big, '');
    await expect(readFirstSheet(honest, 1_000_000)).rejects.toThrow(XLSX_TOO_LARGE);
    // The central directory's "uncompressed size" of every entry set to 10 bytes.
    const lying = honest.slice();
    const view = new DataView(lying.buffer);
    for (let at = 0; at < lying.length - 4; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 10, true);
    await expect(readFirstSheet(lying, 1_000_000)).rejects.toThrow(XLSX_TOO_LARGE);
  });

  it('gets one message, never an exception, for a zip without a workbook or with a broken directory', async () => {
    const notWorkbook = zipSync({ 'photo.txt': strToU8('bonjour') });
    const broken = workbook(HAND_MADE_SHEET, HAND_MADE_STRINGS).slice(0, 200);
    for (const bytes of [notWorkbook, broken]) {
      const reading = await readSpreadsheet(bytes);
      expect(reading).toEqual({ ok: false, message: expect.stringMatching(/pas un tableur lisible/) });
    }
  });

  it('reads every column of the template it offers', async () => {
    const { rows } = await readFirstSheet(new Uint8Array(await writeXlsxFile(templateSheet()).toBuffer()));
    expect(rows[0]).toEqual(PORTFOLIO_COLUMNS.map((column) => column.header));
  });

  it('makes one row of a cell at row 1,048,576, ignores cells beyond column XFD, refuses millions of cells', async () => {
    const far = await readFirstSheet(
      workbook(
        '<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row><row r="1048576"><c r="A1048576"><v>3</v></c></row>',
        '',
      ),
    );
    expect(far).toEqual({ rows: [[1], [3]], numbers: [1, 1048576] });
    const wide = Array.from(
      { length: 700 },
      (_, index) => `<row r="${index + 1}"><c r="XFD${index + 1}"><v>1</v></c></row>`,
    ).join('');
    await expect(readFirstSheet(workbook(wide, ''))).rejects.toThrow(XLSX_TOO_WIDE);
  });

  it('reads an archive followed by bytes that a mail or download tool added', async () => {
    const archive = workbook(HAND_MADE_SHEET, HAND_MADE_STRINGS);
    const padded = new Uint8Array(archive.length + 16);
    padded.set(archive);
    expect(await readFirstSheet(padded)).toEqual(await readFirstSheet(archive));
  });

  it('reads an archive in zip64 form, as some Java tools write every file', async () => {
    const files = {
      'xl/workbook.xml': WORKBOOK.replace('DATE1904', ''),
      'xl/_rels/workbook.xml.rels': RELATIONS,
      'xl/sharedStrings.xml': '<sst><si><t>Employeur</t></si></sst>',
      'xl/worksheets/sheet1.xml':
        '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>42</v></c></row></sheetData></worksheet>',
    };
    expect((await readFirstSheet(zip64(files))).rows).toEqual([['Employeur', 42]]);
  });
});

/** A stored (uncompressed) zip whose directory gives every size and offset in the zip64 extra field. */
function zip64(files: Record<string, string>): Uint8Array {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = strToU8(text);
    const nameBytes = strToU8(name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, nameBytes.length, true);
    parts.push(new Uint8Array(local.buffer), nameBytes, data);
    const central = new DataView(new ArrayBuffer(46 + 28));
    central.setUint32(0, 0x02014b50, true);
    central.setUint32(20, 0xffffffff, true);
    central.setUint32(24, 0xffffffff, true);
    central.setUint16(28, nameBytes.length, true);
    central.setUint16(30, 28, true);
    central.setUint32(42, 0xffffffff, true);
    const extra = new DataView(central.buffer, 46);
    extra.setUint16(0, 0x0001, true);
    extra.setUint16(2, 24, true);
    extra.setBigUint64(4, BigInt(data.length), true);
    extra.setBigUint64(12, BigInt(data.length), true);
    extra.setBigUint64(20, BigInt(offset), true);
    const centralBytes = new Uint8Array(central.buffer);
    directory.push(centralBytes.subarray(0, 46), nameBytes, centralBytes.subarray(46));
    offset += 30 + nameBytes.length + data.length;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const record = new DataView(new ArrayBuffer(56 + 20 + 22));
  record.setUint32(0, 0x06064b50, true);
  record.setBigUint64(4, 44n, true);
  record.setBigUint64(24, BigInt(Object.keys(files).length), true);
  record.setBigUint64(32, BigInt(Object.keys(files).length), true);
  record.setBigUint64(40, BigInt(directorySize), true);
  record.setBigUint64(48, BigInt(offset), true);
  record.setUint32(56, 0x07064b50, true);
  record.setBigUint64(64, BigInt(offset + directorySize), true);
  record.setUint32(72, 1, true);
  record.setUint32(76, 0x06054b50, true);
  record.setUint16(76 + 8, 0xffff, true);
  record.setUint16(76 + 10, 0xffff, true);
  record.setUint32(76 + 12, 0xffffffff, true);
  record.setUint32(76 + 16, 0xffffffff, true);
  const all = [...parts, ...directory, new Uint8Array(record.buffer)];
  const bytes = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
