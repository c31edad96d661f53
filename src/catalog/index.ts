import rawNotCovered from '../../data/metiers-hors-annexe.json';
import type { NotCoveredJob } from './everyday-names.ts';
import { CATALOGUE } from './lookup.ts';
import type { Certification } from './schema.ts';
import { createSearch } from './search.ts';

export { certificationCode } from './normalise.ts';
export type { MatchKind, NotCoveredAnswer, SearchHit, SearchOutcome } from './search.ts';

export type { Certification } from './schema.ts';
export { SECTORS } from './sectors.ts';
export type { Sector } from './sectors.ts';
export { createSearch } from './search.ts';
export type { CertificationSearch, SearchOptions } from './search.ts';

export { CATALOGUE, findCertification, SHIPPED_ANNEX_ID } from './lookup.ts';

/** Jobs no certification of the annex prepares, validated with it (data/metiers-hors-annexe.tsv). */
export const NOT_COVERED_JOBS = rawNotCovered as NotCoveredJob[];

export const catalogueSearch = createSearch({ items: CATALOGUE, notCovered: NOT_COVERED_JOBS });

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
