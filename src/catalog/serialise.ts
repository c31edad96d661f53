import type { Certification } from './schema.ts';

/** One certification a line: small diffs in review, stable bytes for the no-drift test. */
export function serialiseCatalogue(certifications: readonly Certification[]): string {
  return `[\n${certifications.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}
