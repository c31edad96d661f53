import { parseCertificationCode } from './normalise.ts';
import type { Certification } from './schema.ts';

/**
 * Finds a certification by its code, exactly ("RNCP 37443", "37443", "CertifInfo 50267"): the list
 * decides eligibility, so a code absent from the annex never returns a neighbour. Shared by the
 * search and by the lookup the engine uses (also in the portfolio's worker, without the search).
 */
export function createCodeIndex(items: readonly Pick<Certification, 'rncp' | 'certifinfo'>[]): (code: string) => number | null {
  // Codes as numbers: integer keys hash faster than strings on large catalogues.
  const byRncp = new Map<number, number>();
  const byCertifinfo = new Map<number, number>();
  items.forEach((item, index) => {
    if (item.rncp) byRncp.set(Number(item.rncp.slice(4)), index);
    if (item.certifinfo) byCertifinfo.set(Number(item.certifinfo), index);
  });
  return (code) => {
    const parsed = parseCertificationCode(code);
    if (!parsed) return null;
    const rncp = parsed.register !== 'certifinfo' ? byRncp.get(Number(parsed.digits)) : undefined;
    if (rncp !== undefined) return rncp;
    const certifinfo = parsed.register !== 'rncp' ? byCertifinfo.get(Number(parsed.digits)) : undefined;
    return certifinfo ?? null;
  };
}
