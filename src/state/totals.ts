import { compareFrench } from './collate.ts';
import { readDate } from './form.ts';
import { normaliseSiret, PARAMETERS } from '../rules/index.ts';
import type { EvaluatedSimulation } from './evaluate.ts';
import type { EmployerFigures } from './workspace.ts';

/**
 * Employer totals for the 23,000 € convention threshold (§3, §4: "lorsque le montant annuel
 * cumulatif des aides dépasserait 23 000 €"). Hypothesis stated to users: a simulation counts in
 * the calendar year of its aid request (the date the aid is granted follows the request), and an
 * ineligible simulation counts for nothing.
 */
export interface EmployerYearTotal {
  year: number;
  /** Estimated amounts of the simulations counted this year (eligible or still incomplete). */
  estimated: number;
  /** Other regional aid already granted this year, as typed. */
  otherRegionalAid: number;
  cumulative: number;
  /** Strictly above 23,000 €: exactly 23,000 does not exceed (§4 "dépasserait"). */
  conventionRequired: boolean;
  simulationIds: string[];
}

/**
 * What the totals read of a simulation: Mes simulations gives its evaluated simulations, the
 * portfolio its rows (which keep only the engine's figures, not its whole result).
 */
export interface CountedSimulation {
  saved: Pick<EvaluatedSimulation['saved'], 'id' | 'name' | 'employer'>;
  form: Pick<EvaluatedSimulation['form'], 'siret' | 'applicationFiled' | 'applicationDate' | 'contractStart'>;
  result: { ok: true; amount: number; eligibility: { status: string } } | { ok: false } | null;
}

export interface EmployerGroup<T extends CountedSimulation = EvaluatedSimulation> {
  /** 'siret:…' or 'nom:…', stable across sessions for the figures typed per employer. */
  key: string;
  label: string;
  simulations: T[];
  figures: EmployerFigures;
  years: EmployerYearTotal[];
}

export const NO_FIGURES: EmployerFigures = { otherRegionalAid: 0, deMinimisReceived: 0 };

/**
 * Lower case without accents or repeated spaces: employer names typed differently group together
 * (and match the list's search). The group keys of stored employer amounts depend on it.
 */
export function foldName(name: string): string {
  return name.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ');
}

/** SIRET when given, else the employer's name, else the simulation's name. */
export function employerKey(evaluated: CountedSimulation): { key: string; label: string } {
  const siret = normaliseSiret(evaluated.form.siret);
  if (/^\d{14}$/.test(siret)) {
    return { key: `siret:${siret}`, label: `${evaluated.saved.employer.trim() || 'Établissement'} (SIRET ${siret})` };
  }
  const name = evaluated.saved.employer.trim() || evaluated.saved.name.trim();
  return { key: `nom:${foldName(name)}`, label: name };
}

/** The convention-year hypothesis (hypotheses.ts, 'convention-year'): never today's year. */
function requestYear(evaluated: CountedSimulation): number | null {
  const filedOn = evaluated.form.applicationFiled === 'oui' ? readDate(evaluated.form.applicationDate) : '';
  const date = filedOn || readDate(evaluated.form.contractStart);
  return date ? Number(date.slice(0, 4)) : null;
}

/**
 * Each evaluation's employer and year, worked out once: evaluations are cached per saved entry
 * (see WorkspaceState), and the totals are recomputed over the whole list on every change.
 */
const groupingOf = new WeakMap<CountedSimulation, { key: string; label: string; year: number | null }>();
function grouping(item: CountedSimulation) {
  let known = groupingOf.get(item);
  if (!known) {
    known = { ...employerKey(item), year: requestYear(item) };
    groupingOf.set(item, known);
  }
  return known;
}

export function employerGroups<T extends CountedSimulation>(
  evaluated: readonly T[],
  figuresByKey: Record<string, EmployerFigures>,
): EmployerGroup<T>[] {
  const groups = new Map<string, EmployerGroup<T>>();
  for (const item of evaluated) {
    const { key, label } = grouping(item);
    let group = groups.get(key);
    if (!group) {
      group = { key, label, simulations: [], figures: figuresByKey[key] ?? NO_FIGURES, years: [] };
      groups.set(key, group);
    }
    group.simulations.push(item);
  }
  const threshold = PARAMETERS.conventionThreshold.value;
  for (const group of groups.values()) {
    const byYear = new Map<number, EmployerYearTotal>();
    for (const item of group.simulations) {
      const { year } = grouping(item);
      const result = item.result?.ok ? item.result : null;
      if (year === null || !result || result.eligibility.status === 'ineligible') continue;
      const total = byYear.get(year) ?? {
        year,
        estimated: 0,
        otherRegionalAid: group.figures.otherRegionalAid,
        cumulative: 0,
        conventionRequired: false,
        simulationIds: [],
      };
      // Sum in cents: amounts are rounded to the cent, and so must their total be.
      total.estimated = Math.round(total.estimated * 100 + result.amount * 100) / 100;
      total.simulationIds.push(item.saved.id);
      byYear.set(year, total);
    }
    group.years = [...byYear.values()]
      .map((total) => {
        const cumulative = Math.round(total.estimated * 100 + total.otherRegionalAid * 100) / 100;
        return { ...total, cumulative, conventionRequired: cumulative > threshold };
      })
      .sort((a, b) => a.year - b.year);
  }
  return [...groups.values()].sort((a, b) => compareFrench(a.label, b.label));
}
