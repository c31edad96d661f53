import type { CertificationLookup } from '../rules/index.ts';
import rawCatalogue from '../../data/certifications.json';
import { createCodeIndex } from './code-index.ts';
import { certificationCode } from './normalise.ts';
import type { Certification } from './schema.ts';

/**
 * The annex and the engine's lookup into it, without the search (fuse.js, the word index): what
 * the portfolio's worker needs, and what the catalogue module re-exports for the page.
 */

/** The annex, validated when data/certifications.json was built (npm run data) and by its tests. */
export const CATALOGUE = rawCatalogue as Certification[];

/** The annex data/certifications.json holds (see the versions of the regulation in src/rules/versions.ts). */
export const SHIPPED_ANNEX_ID = 'annexe-2024';

const indexOfCode = createCodeIndex(CATALOGUE);

/**
 * For the rules engine: resolves a code typed or chosen by the user against the annex, exactly.
 * Another version's annex is not shipped: undefined says so, and the condition stays to check.
 */
export const findCertification: CertificationLookup = (code, annex) => {
  if (annex && annex.id !== SHIPPED_ANNEX_ID) return undefined;
  const index = indexOfCode(code);
  const item = index === null ? null : CATALOGUE[index]!;
  return item ? { code: certificationCode(item), title: item.title } : null;
};
