export { default as HypothesesList } from './HypothesesList.svelte';
export { default as PrintSummary } from './PrintSummary.svelte';
export { default as SaveForm } from './SaveForm.svelte';
export { default as CertificationPicker } from './CertificationPicker.svelte';
