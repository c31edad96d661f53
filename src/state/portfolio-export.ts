import type { SheetData } from 'write-excel-file/browser';
import { formatFrenchDate } from '../rules/index.ts';
import { BOM, cell, decimal, digitsAsText } from './csv.ts';
import { readDate, readNumber } from './form.ts';
import { PORTFOLIO_COLUMNS, type CellProblem, type ColumnId, type PortfolioResult, type RowStatus } from './portfolio.ts';

/**
 * The portfolio's results as a file that can go back to the OPCO's tools: the input columns kept
 * under the template's headers (so the file imports again), then the results. In .xlsx, SIRET and
 * codes are text, dates are dates, amounts are numbers with two decimals; in CSV, the French
 * spreadsheet conventions of the simulator's other exports (csv.ts).
 */

export const STATUS_LABELS: Record<RowStatus, string> = {
  eligible: 'Éligible',
  ineligible: 'Non éligible',
  'nothing-due': 'Rien à verser',
  incomplete: 'À compléter',
  unreadable: 'Ligne à corriger',
};

type Kind = 'text' | 'date' | 'number' | 'amount' | 'integer';
interface ExportColumn {
  header: string;
  kind: Kind;
  value: (item: PortfolioResult) => string | number | null;
}

const INPUT_KIND: Partial<Record<ColumnId, Kind>> = {
  contractStart: 'date',
  plannedEnd: 'date',
  earlyEnd: 'date',
  applicationDate: 'date',
  weeklyHours: 'number',
  fullTimeHours: 'number',
};

const isoOf = (text: string | undefined) => (text ? readDate(text) || null : null);

/** The birth date stays out of the export unless the file had it: it is the adviser's file, kept as given. */
const INPUT_COLUMNS: ExportColumn[] = PORTFOLIO_COLUMNS.map(({ id, header }) => {
  const kind = INPUT_KIND[id] ?? 'text';
  return {
    header,
    kind,
    value: (item: PortfolioResult) => {
      const text = item.source.cells[id] ?? '';
      if (kind === 'date') return isoOf(text) ?? (text || null);
      if (kind === 'number') {
        const number = readNumber(text);
        return typeof number === 'number' ? number : text || null;
      }
      if (id === 'siret') return item.source.form.siret || null;
      if (id === 'certificationCode') return item.source.form.certificationCode || null;
      return text || null;
    },
  };
});

const RESULT_COLUMNS: ExportColumn[] = [
  { header: 'Ligne du fichier importé', kind: 'integer', value: (item) => item.source.row },
  { header: 'Intitulé de la certification', kind: 'text', value: (item) => item.certificationTitle || null },
  { header: 'Éligibilité', kind: 'text', value: (item) => STATUS_LABELS[item.status] },
  { header: 'Motif', kind: 'text', value: (item) => item.reason || null },
  { header: 'Montant estimé (€)', kind: 'amount', value: (item) => item.result?.amount ?? null },
  { header: 'Mois dus', kind: 'integer', value: (item) => item.result?.monthsDue ?? null },
  { header: 'Date limite de dépôt', kind: 'date', value: (item) => item.result?.applicationDeadline ?? null },
  { header: 'Jours restants pour déposer', kind: 'integer', value: (item) => item.daysLeft },
  { header: 'Demande de paiement à partir du', kind: 'date', value: (item) => item.paymentStep?.from ?? null },
  { header: 'Demande de paiement au plus tard', kind: 'date', value: (item) => item.paymentStep?.until ?? null },
  {
    header: 'Problèmes de la ligne',
    kind: 'text',
    value: (item) => item.problems.map((problem) => `${problem.column} : ${problem.message}`).join(' ; ') || null,
  },
];

export const EXPORT_COLUMNS = [...INPUT_COLUMNS, ...RESULT_COLUMNS];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Rows for write-excel-file: a header row, then one row per contract, each cell typed. */
export function portfolioSheet(items: readonly PortfolioResult[]): SheetData {
  const header = EXPORT_COLUMNS.map((column) => ({ value: column.header, fontWeight: 'bold' as const }));
  const rows = items.map((item) =>
    EXPORT_COLUMNS.map((column) => {
      const value = column.value(item);
      if (value === null || value === '') return null;
      if (column.kind === 'date' && typeof value === 'string' && ISO.test(value))
        // A calendar day, as midnight UTC: what spreadsheets store, whatever the machine's zone.
        return { value: new Date(`${value}T00:00:00Z`), type: Date, format: 'dd/mm/yyyy' };
      if (column.kind === 'amount' && typeof value === 'number') return { value, type: Number, format: '#,##0.00' };
      if ((column.kind === 'number' || column.kind === 'integer') && typeof value === 'number') return { value, type: Number };
      return { value: String(value), type: String };
    }),
  );
  return [header, ...rows];
}

export function portfolioCsv(items: readonly PortfolioResult[]): string {
  const rows = items.map((item) =>
    EXPORT_COLUMNS.map((column) => {
      const value = column.value(item);
      if (value === null) return '';
      if (column.kind === 'date' && typeof value === 'string' && ISO.test(value)) return formatFrenchDate(value);
      if (column.kind === 'amount' && typeof value === 'number') return decimal(value);
      if (typeof value === 'number') return String(value).replace('.', ',');
      return column.header === 'SIRET' || column.header === 'Code certification' ? digitsAsText(value) : cell(value);
    }),
  );
  return `${BOM}${[EXPORT_COLUMNS.map((column) => cell(column.header)), ...rows].map((row) => row.join(';')).join('\r\n')}\r\n`;
}

/** The row problems as their own CSV: row, column, value, message. */
export function problemsCsv(problems: readonly CellProblem[]): string {
  const lines = problems.map((problem) =>
    [String(problem.row), cell(problem.column), cell(problem.value), cell(problem.message)].join(';'),
  );
  return `${BOM}${['Ligne;Colonne;Valeur;Problème', ...lines].join('\r\n')}\r\n`;
}

/** The template: the headers and one example row. */
export function templateRows(): string[][] {
  return [PORTFOLIO_COLUMNS.map((column) => column.header), PORTFOLIO_COLUMNS.map((column) => column.example)];
}

/** The template as .xlsx: the example's dates as dates, its codes and SIRET as text. */
export function templateSheet(): SheetData {
  const [headers = [], example = []] = templateRows();
  return [
    headers.map((value) => ({ value, fontWeight: 'bold' as const })),
    example.map((value, index) => {
      if (!value) return null;
      const iso = INPUT_KIND[PORTFOLIO_COLUMNS[index]!.id] === 'date' ? readDate(value) : null;
      return iso ? { value: new Date(`${iso}T00:00:00Z`), type: Date, format: 'dd/mm/yyyy' } : { value, type: String };
    }),
  ];
}

export function templateCsv(): string {
  return `${BOM}${templateRows()
    .map((row) => row.map(cell).join(';'))
    .join('\r\n')}\r\n`;
}
