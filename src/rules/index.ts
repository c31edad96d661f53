/**
 * The rules engine's public door: pure functions, no Svelte, no DOM, no I/O. The other layers
 * import from here (or, for what the first screen needs, from basics.ts, which this door
 * re-exports), never from the engine's own modules; what is exported is what they use.
 */
export * from './basics.ts';
export { simulate } from './simulate.ts';
export type { SimulationResult, SimulationSuccess, WarningCode } from './simulate.ts';
export { CONTRACT_PURPOSES } from './input.ts';
export type { SimulationInput } from './input.ts';
export type { CheckId, CheckStatus, CertificationLookup, Eligibility, EligibilityCheck } from './eligibility.ts';
export type { NextStep } from './steps.ts';
export type { ContractMonth } from './months.ts';
export { HYPOTHESES } from './hypotheses.ts';
export { REGULATION_2024, REGULATION_VERSIONS, parameterHistory } from './versions.ts';
export type { AnnexReference, RegulationSummary } from './versions.ts';
export type { ParameterSet } from './parameters.ts';
