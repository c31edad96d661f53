import type { CertificationLookup } from '../rules/index.ts';
import rawCatalogue from '../../data/certifications.json';
import rawNotCovered from '../../data/metiers-hors-annexe.json';
import type { NotCoveredJob } from './everyday-names.ts';
import { certificationCode } from './normalise.ts';
import type { Certification } from './schema.ts';
import { createSearch } from './search.ts';

export { certificationCode } from './normalise.ts';
export type { MatchKind, NotCoveredAnswer, SearchHit, SearchOutcome } from './search.ts';

export type { Certification } from './schema.ts';
export { SECTORS } from './sectors.ts';
export type { Sector } from './sectors.ts';
export { createSearch } from './search.ts';
export type { CertificationSearch, SearchOptions } from './search.ts';

/** The annex, validated when data/certifications.json was built (npm run data) and by its tests. */
export const CATALOGUE = rawCatalogue as Certification[];

/** Jobs no certification of the annex prepares, validated with it (data/metiers-hors-annexe.tsv). */
export const NOT_COVERED_JOBS = rawNotCovered as NotCoveredJob[];

export const catalogueSearch = createSearch({ items: CATALOGUE, notCovered: NOT_COVERED_JOBS });

/** The annex data/certifications.json holds (see the versions of the regulation in src/rules/versions.ts). */
export const SHIPPED_ANNEX_ID = 'annexe-2024';

/**
 * For the rules engine: resolves a code typed or chosen by the user against the annex, exactly.
 * Another version's annex is not shipped: undefined says so, and the condition stays to check.
 */
export const findCertification: CertificationLookup = (code, annex) => {
  if (annex && annex.id !== SHIPPED_ANNEX_ID) return undefined;
  const item = catalogueSearch.findByCode(code);
  return item ? { code: certificationCode(item), title: item.title } : null;
};

/** Level in words, the way French people name diploma levels. */
export const LEVEL_LABELS: Record<number, string> = {
  3: 'Niveau 3 (CAP, BEP)',
  4: 'Niveau 4 (bac)',
  5: 'Niveau 5 (bac + 2)',
  6: 'Niveau 6 (bac + 3 ou 4)',
  7: 'Niveau 7 (bac + 5)',
};

export function rncpRecordUrl(item: Certification): string | null {
  return item.rncp ? `https://www.francecompetences.fr/recherche/rncp/${item.rncp.slice(4)}/` : null;
}
