import { formatFrenchDate } from '../rules/dates.ts';
import type { EvaluatedSimulation } from './evaluate.ts';

/**
 * CSV for spreadsheets used in France: ';' separator, UTF-8 with BOM (so that accents open
 * correctly), dates as DD/MM/YYYY, amounts with a decimal comma. One row per saved simulation.
 */
const BOM = '\ufeff';

const STATUS_TEXT = { eligible: 'éligible', ineligible: 'non éligible', incomplete: 'à compléter' } as const;

function cell(value: string): string {
  // A cell starting with = + - @ would be run as a formula by spreadsheets, and so would one
  // with blanks before them (spreadsheets trim leading spaces): neutralise it (OWASP CSV injection).
  const safe = /^[\s\u00a0\u2000-\u200b\u3000\ufeff]*[=+\-@]|^[\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function decimal(value: number): string {
  return value.toFixed(2).replace('.', ',');
}

function isoToFrench(iso: string | null | undefined): string {
  return iso ? formatFrenchDate(iso) : '';
}

export const CSV_COLUMNS = [
  'Nom',
  'Employeur',
  'SIRET',
  'Début du contrat',
  'Type',
  'Fin prévue',
  'Fin effective (rupture)',
  'Heures hebdomadaires',
  'Temps complet de référence',
  'Mois sans rémunération',
  'Certification',
  'Département',
  'Dépôt de la demande',
  'Montant estimé (€)',
  'Mois dus',
  'Éligibilité',
  'Date limite de dépôt',
  'Versement après le',
  'Demande de paiement au plus tard',
  'Enregistrée le',
] as const;

export function simulationsToCsv(items: readonly EvaluatedSimulation[]): string {
  const rows = items.map(({ saved, form, result }) => {
    const success = result?.ok ? result : null;
    return [
      saved.name,
      saved.employer,
      form.siret.replace(/\D/g, ''),
      form.contractStart,
      form.contractType,
      form.contractType === 'CDD' ? form.plannedEnd : '',
      form.earlyEnd,
      form.timeMode === 'part' ? form.weeklyHours : '',
      form.timeMode === 'part' ? form.fullTimeHours : '',
      form.unpaidMonths.join(', '),
      form.certificationCode,
      form.department,
      form.applicationDate,
      success ? decimal(success.amount) : '',
      success ? String(success.monthsDue) : '',
      success ? STATUS_TEXT[success.eligibility.status] : 'données incomplètes',
      isoToFrench(success?.applicationDeadline),
      isoToFrench(success?.paymentDate),
      isoToFrench(success?.paymentRequestDeadline),
      isoToFrench(saved.savedAt.slice(0, 10)),
    ].map(cell);
  });
  return `${BOM}${[CSV_COLUMNS.map(cell), ...rows].map((row) => row.join(';')).join('\r\n')}\r\n`;
}
