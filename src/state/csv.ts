import { formatFrenchDate } from '../rules/index.ts';
import type { CertificationLookup, SimulationSuccess } from '../rules/index.ts';
import type { EvaluatedSimulation } from './evaluate.ts';

/**
 * CSV for spreadsheets used in France: ';' separator, UTF-8 with BOM (so that accents open
 * correctly), dates as DD/MM/YYYY, amounts with a decimal comma. One row per saved simulation.
 */
export const BOM = '\ufeff';

const STATUS_TEXT = { eligible: 'éligible', ineligible: 'non éligible', incomplete: 'à compléter' } as const;

export function cell(value: string): string {
  // A cell starting with = + - @ would be run as a formula by spreadsheets, and so would one
  // with blanks before them (spreadsheets trim leading spaces): neutralise it (OWASP CSV injection).
  const safe = /^[\s\u00a0\u2000-\u200b\u3000\ufeff]*[=+\-@]|^[\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Digits that must stay text: a spreadsheet opening a bare 73282932000074 drops leading zeros
 * and shows 7,33E+13. ="…" is read as that text. Only ever built from digits, so nothing else
 * can be slipped into the formula (every other cell goes through cell()).
 */
export function digitsAsText(value: string): string {
  return /^\d+$/.test(value) ? `="${value}"` : cell(value);
}

export function decimal(value: number): string {
  return value.toFixed(2).replace('.', ',');
}

function isoToFrench(iso: string | null | undefined): string {
  return iso ? formatFrenchDate(iso) : '';
}

type Row = EvaluatedSimulation & { success: SimulationSuccess | null; title: string };

/**
 * Each column: its header and its value, side by side (the file keeps this order), and how the
 * value is written (cell() unless said).
 */
const COLUMNS: readonly { header: string; value: (row: Row) => string; write?: (value: string) => string }[] = [
  { header: 'Nom', value: ({ saved }) => saved.name },
  { header: 'Employeur', value: ({ saved }) => saved.employer },
  { header: 'SIRET', value: ({ form }) => form.siret.replace(/\D/g, ''), write: digitsAsText },
  { header: 'Début du contrat', value: ({ form }) => form.contractStart },
  { header: 'Type', value: ({ form }) => form.contractType },
  { header: 'Fin prévue', value: ({ form }) => (form.contractType === 'CDD' ? form.plannedEnd : '') },
  { header: 'Fin effective (rupture)', value: ({ form }) => form.earlyEnd },
  { header: 'Heures hebdomadaires', value: ({ form }) => (form.timeMode === 'part' ? form.weeklyHours : '') },
  { header: 'Temps complet de référence', value: ({ form }) => (form.timeMode === 'part' ? form.fullTimeHours : '') },
  // A number in hundredths of a percent, like the amounts: sortable and usable in a formula.
  { header: 'Quotité (%)', value: ({ success }) => (success ? decimal(Math.round(success.ratio * 10000) / 100) : '') },
  { header: 'Mois sans rémunération', value: ({ form }) => form.unpaidMonths.join(', ') },
  { header: 'Certification', value: ({ form }) => form.certificationCode },
  { header: 'Intitulé de la certification', value: ({ title }) => title },
  { header: 'Département', value: ({ form }) => form.department },
  {
    header: 'Dépôt de la demande',
    value: ({ form }) => (form.applicationFiled === 'non' ? 'pas encore' : form.applicationDate),
  },
  { header: 'Montant estimé (€)', value: ({ success }) => (success ? decimal(success.amount) : '') },
  { header: 'Mois dus', value: ({ success }) => (success ? String(success.monthsDue) : '') },
  { header: 'Éligibilité', value: ({ success }) => (success ? STATUS_TEXT[success.eligibility.status] : 'données incomplètes') },
  { header: 'Date limite de dépôt', value: ({ success }) => isoToFrench(success?.applicationDeadline) },
  { header: 'Versement après le', value: ({ success }) => isoToFrench(success?.paymentDate) },
  { header: 'Demande de paiement au plus tard', value: ({ success }) => isoToFrench(success?.paymentRequestDeadline) },
  { header: 'Enregistrée le', value: ({ saved }) => isoToFrench(saved.savedAt.slice(0, 10)) },
];

export const CSV_COLUMNS = COLUMNS.map((column) => column.header);

/** `findCertification`, when the catalogue is loaded, gives each code its title from the annex. */
export function simulationsToCsv(items: readonly EvaluatedSimulation[], findCertification?: CertificationLookup): string {
  const rows = items.map((item) => {
    const code = item.form.certificationCode.trim();
    const title = (code && findCertification?.(code)?.title) || '';
    const row: Row = { ...item, success: item.result?.ok ? item.result : null, title };
    return COLUMNS.map((column) => (column.write ?? cell)(column.value(row)));
  });
  return `${BOM}${[CSV_COLUMNS.map(cell), ...rows].map((row) => row.join(';')).join('\r\n')}\r\n`;
}
