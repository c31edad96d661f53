import { simulate, type CertificationLookup, type SimulationResult } from '../rules/index.ts';
import { emptyForm, readForm, showDate, type FormFields } from './form.ts';
import { parseParameters } from './url.ts';
import type { SavedSimulation } from './workspace.ts';

/** A saved simulation brought back to life: its form and the engine's result, as on the simulator page. */
export interface EvaluatedSimulation {
  saved: SavedSimulation;
  form: FormFields;
  /** Null while a required field is missing or unreadable. */
  result: SimulationResult | null;
}

export function formOfSaved(saved: SavedSimulation, today: string): FormFields {
  const { form } = parseParameters(saved.parameters);
  const restored: FormFields = { ...emptyForm(), applicationDate: showDate(today), ...form };
  if (saved.ageMode === 'birthDate' && saved.birthDate) {
    restored.ageMode = 'birthDate';
    restored.birthDate = saved.birthDate;
  }
  return restored;
}

export function evaluateSaved(saved: SavedSimulation, today: string, findCertification?: CertificationLookup): EvaluatedSimulation {
  const form = formOfSaved(saved, today);
  const { input } = readForm(form);
  return { saved, form, result: input ? simulate(input, { findCertification, today }) : null };
}
