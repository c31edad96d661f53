import { compareDates, type IsoDate } from './dates.ts';
import { PARAMETERS, type DatedParameter, type ParameterSet } from './parameters.ts';

/**
 * The versions of the regulation, as data: each one's identity, dates, figures and annex. The
 * version in force on the day the contract starts applies to it (§7: the 2024 text applies from
 * 1 April 2024), so contracts started under one text are still judged by it after it is replaced.
 * Adding a version is adding an entry here, its parameters and its annex: no engine code.
 */
export interface AnnexReference {
  /** Identifies the list of priority certifications the version's annex holds. */
  id: string;
  title: string;
  appliesFrom: IsoDate;
}

export interface RegulationVersion {
  id: string;
  /** How the page names it, after "règlement" ("adopté les 28 et 29 mars 2024"). */
  title: string;
  inForceFrom: IsoDate;
  /** The last day it applies to a contract start; null while no later version is known. */
  inForceUntil: IsoDate | null;
  parameters: ParameterSet;
  annex: AnnexReference;
}

/** What a result says of the version it was computed by. */
export type RegulationSummary = Pick<RegulationVersion, 'id' | 'title' | 'inForceFrom' | 'inForceUntil'>;

export const REGULATION_2024: RegulationVersion = {
  id: 'ri-2024',
  title: "règlement d'intervention adopté par le Conseil régional les 28 et 29 mars 2024",
  inForceFrom: PARAMETERS.regulationInForceFrom.value,
  inForceUntil: null,
  parameters: PARAMETERS,
  annex: {
    id: 'annexe-2024',
    title: 'liste des formations prioritaires annexée au règlement de 2024',
    appliesFrom: PARAMETERS.regulationInForceFrom.value,
  },
};

/** Oldest first. */
export const REGULATION_VERSIONS: readonly RegulationVersion[] = [REGULATION_2024];

/** The version in force on a date, or null before the first one. */
export function versionInForce(
  date: IsoDate,
  versions: readonly RegulationVersion[] = REGULATION_VERSIONS,
): RegulationVersion | null {
  return (
    versions.find(
      (version) =>
        compareDates(version.inForceFrom, date) <= 0 &&
        (version.inForceUntil === null || compareDates(date, version.inForceUntil) <= 0),
    ) ?? null
  );
}

/** The version applying today, for what the pages show before any contract date is known. */
export function currentVersion(
  today: IsoDate | undefined,
  versions: readonly RegulationVersion[] = REGULATION_VERSIONS,
): RegulationVersion {
  return (today && versionInForce(today, versions)) || versions[versions.length - 1]!;
}

export function summaryOf(version: RegulationVersion): RegulationSummary {
  const { id, title, inForceFrom, inForceUntil } = version;
  return { id, title, inForceFrom, inForceUntil };
}

/** A parameter's value by date, across the versions, each with its clause. */
export function parameterHistory<K extends keyof ParameterSet>(
  name: K,
  versions: readonly RegulationVersion[] = REGULATION_VERSIONS,
): { from: IsoDate; until: IsoDate | null; value: ParameterSet[K]['value']; clause: DatedParameter<unknown>['clause'] }[] {
  return versions.map((version) => ({
    from: version.inForceFrom,
    until: version.inForceUntil,
    value: version.parameters[name].value,
    clause: version.parameters[name].clause,
  }));
}
