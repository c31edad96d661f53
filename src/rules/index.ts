/** The rules engine's public API: pure functions, no Svelte, no DOM, no I/O. */
export { simulate } from './simulate.ts';
export type {
  SimulationOptions,
  SimulationResult,
  SimulationSuccess,
  SimulationWarning,
  WarningCode,
  ExplanationStep,
} from './simulate.ts';
export { simulationInputSchema, validateInput, CONTRACT_TYPES, CONTRACT_PURPOSES } from './input.ts';
export type { SimulationInput, ValidSimulationInput, InputError, ContractType, ContractPurpose } from './input.ts';
export { CHECK_IDS } from './eligibility.ts';
export type {
  CheckId,
  CheckStatus,
  Eligibility,
  EligibilityCheck,
  CertificationLookup,
  ListedCertification,
} from './eligibility.ts';
export type { ContractMonth, MonthExclusion, Period } from './months.ts';
export { PARAMETERS, CONTRACT_LAW } from './parameters.ts';
export { CLAUSES, citeClause } from './clauses.ts';
export type { ClauseId } from './clauses.ts';
export { HYPOTHESES } from './hypotheses.ts';
export type { Hypothesis } from './hypotheses.ts';
export * as dates from './dates.ts';
export { formatEuros, formatPercent } from './format.ts';
export { siretProblem, normaliseSiret, isFrenchDepartment } from './siret.ts';
