import { simulate, type CertificationLookup, type SimulationResult } from '../rules/index.ts';
import { readForm, type FormFields } from './form.ts';
import { restoreForm } from './url.ts';
import type { SavedSimulation } from './workspace.ts';

/** A saved simulation brought back to life: its form and the engine's result, as on the simulator page. */
export interface EvaluatedSimulation {
  saved: SavedSimulation;
  form: FormFields;
  /** Null while a required field is missing or unreadable. */
  result: SimulationResult | null;
}

export function formOfSaved(saved: SavedSimulation): FormFields {
  return restoreForm(saved.parameters, saved).form;
}

export function evaluateSaved(
  saved: SavedSimulation,
  today: string,
  findCertification?: CertificationLookup,
): EvaluatedSimulation {
  const form = formOfSaved(saved);
  const { input } = readForm(form);
  return { saved, form, result: input ? simulate(input, { findCertification, today }) : null };
}
