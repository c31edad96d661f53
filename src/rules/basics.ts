/**
 * The part of the rules the first screen needs: dates, formats, the regulation's figures and
 * clauses. The engine itself (simulate, eligibility, explanations; zod's input schema) is in
 * index.ts and reaches the browser when a simulation can first be computed, so that the first load
 * stays within its budget. index.ts re-exports all of this: it remains the door for everything.
 */
export type { ContractPurpose } from './input.ts';
export { PARAMETERS } from './parameters.ts';
export { CLAUSES } from './clauses.ts';
export type { ClauseId } from './clauses.ts';
export { formatDaysUntil, formatEuros, formatInteger, formatPercent } from './format.ts';
export { normaliseSiret, isFrenchDepartment } from './siret.ts';
export { PERSONAL_DATA_NOTE } from './privacy.ts';
export { currentVersion, versionInForce } from './versions.ts';
export type { RegulationVersion } from './versions.ts';
export { MONTH_STATUS_TEXT } from './month-labels.ts';
// Calendar dates as 'YYYY-MM-DD' strings, for the layers that show or read them.
export {
  addDays,
  addMonths,
  dateProblem,
  daysBetween,
  formatFrenchDate,
  formatIsoDate,
  isIsoDate,
  isSupportedDate,
  SUPPORTED_YEARS_TEXT,
} from './dates.ts';
export { lazySchema } from './lazy-schema.ts';
