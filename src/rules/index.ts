/**
 * The rules engine's public door: pure functions, no Svelte, no DOM, no I/O. The other layers
 * import from here only, never from the engine's own modules; what is exported is what they use.
 */
export { simulate } from './simulate.ts';
export type { SimulationResult, SimulationSuccess, WarningCode } from './simulate.ts';
export { CONTRACT_PURPOSES } from './input.ts';
export type { SimulationInput, ContractPurpose } from './input.ts';
export type { CheckId, CheckStatus, CertificationLookup, EligibilityCheck } from './eligibility.ts';
export { PERSONAL_DATA_NOTE } from './steps.ts';
export type { NextStep } from './steps.ts';
export type { ContractMonth } from './months.ts';
export { PARAMETERS } from './parameters.ts';
export { CLAUSES } from './clauses.ts';
export type { ClauseId } from './clauses.ts';
export { HYPOTHESES } from './hypotheses.ts';
export { formatDaysUntil, formatEuros, formatPercent } from './format.ts';
export { normaliseSiret, isFrenchDepartment } from './siret.ts';
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
