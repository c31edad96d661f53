import { kindAndName } from './display.ts';
import type { Certification } from './schema.ts';
import { SECTORS } from './sectors.ts';

/**
 * The catalogue as shipped to browsers: one line per certification (title, level, RNCP number,
 * CertifInfo number, sector indexes, corrected display name if any, everyday names), the display
 * fields derived again on arrival by the same function that derived them in
 * data/certifications.json. Less than half the gzip size.
 */
export function compactCatalogue(items: readonly Certification[]): string {
  return items
    .map((item) =>
      [
        item.title,
        item.level ?? '',
        item.rncp?.slice(4) ?? '',
        item.certifinfo ?? '',
        item.sectors.map((sector) => SECTORS.indexOf(sector)).join(''),
        item.nameCorrected ? item.name : '',
        // Names never hold ";": it separates them in data/noms-courants.tsv too.
        item.everydayNames.join(';'),
      ].join('\t'),
    )
    .join('\n');
}

export function expandCatalogue(compact: string): Certification[] {
  return compact.split('\n').map((line) => {
    const [title = '', level = '', rncpDigits = '', certifinfo = '', sectors = '', correctedName = '', names = ''] =
      line.split('\t');
    const rncp = rncpDigits ? `RNCP${rncpDigits}` : null;
    const derived = kindAndName(title, rncp !== null);
    return {
      id: rncp ? `rncp-${rncpDigits}` : `certifinfo-${certifinfo}`,
      title,
      level: level ? Number(level) : null,
      rncp,
      certifinfo: certifinfo || null,
      sectors: [...sectors].map((index) => SECTORS[Number(index)]!),
      kind: derived.kind,
      name: correctedName || derived.name,
      nameCorrected: correctedName !== '',
      everydayNames: names ? names.split(';') : [],
    };
  });
}
