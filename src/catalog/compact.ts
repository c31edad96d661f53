import { kindAndName } from './display.ts';
import type { Certification } from './schema.ts';
import { SECTORS } from './sectors.ts';

/**
 * The catalogue as shipped to browsers: one line per certification (title, level, RNCP number,
 * CertifInfo number, sector indexes), the display fields derived again on arrival by the same
 * function that derived them in data/certifications.json. Less than half the gzip size.
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
      ].join('\t'),
    )
    .join('\n');
}

export function expandCatalogue(compact: string): Certification[] {
  return compact.split('\n').map((line) => {
    const [title = '', level = '', rncpDigits = '', certifinfo = '', sectors = ''] = line.split('\t');
    const rncp = rncpDigits ? `RNCP${rncpDigits}` : null;
    return {
      id: rncp ? `rncp-${rncpDigits}` : `certifinfo-${certifinfo}`,
      title,
      level: level ? Number(level) : null,
      rncp,
      certifinfo: certifinfo || null,
      sectors: [...sectors].map((index) => SECTORS[Number(index)]!),
      ...kindAndName(title, rncp !== null),
    };
  });
}
