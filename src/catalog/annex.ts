import { kindAndName } from './display.ts';
import type { EverydayNames } from './everyday-names.ts';
import { certificationSchema, type Certification } from './schema.ts';
import { canonicalSector, type Sector } from './sectors.ts';

/**
 * Parses the annex table as published (tab-separated, one certification a line) into validated
 * certifications. Page headers repeat through the table with "CERTINFO"/"CERTIFINFO" variants:
 * they are noise, not data. A malformed row is reported with its line number and nothing is kept.
 */

export interface AnnexProblem {
  line: number;
  reason: string;
}

export type AnnexParse = { ok: true; certifications: Certification[] } | { ok: false; problems: AnnexProblem[] };

const HEADER = /^Intitulé de la certification\t/;
const LEVEL = /^Niveau ([3-7])$/;
const CODE = /^\d+$/;

function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function parseAnnex(source: string): AnnexParse {
  const problems: AnnexProblem[] = [];
  const certifications: Certification[] = [];
  const seenIds = new Map<string, number>();
  source.split(/\r?\n/).forEach((rawLine, index) => {
    const line = index + 1;
    if (rawLine.trim() === '' || HEADER.test(rawLine)) return;
    const fail = (reason: string) => problems.push({ line, reason });
    const cells = rawLine.split('\t').map(normaliseWhitespace);
    if (cells.length !== 5) return fail(`5 colonnes séparées par des tabulations attendues, ${cells.length} trouvée(s)`);
    const [title, levelText, rncpDigits, certifinfo, sectorsText] = cells as [string, string, string, string, string];
    if (!title) return fail('intitulé vide');
    const levelMatch = LEVEL.exec(levelText);
    if (levelText && !levelMatch) return fail(`niveau illisible « ${levelText} » (attendu « Niveau 3 » à « Niveau 7 » ou vide)`);
    if (rncpDigits && !CODE.test(rncpDigits)) return fail(`code RNCP illisible « ${rncpDigits} »`);
    if (certifinfo && !CODE.test(certifinfo)) return fail(`code CertifInfo illisible « ${certifinfo} »`);
    if (!rncpDigits && !certifinfo) return fail('ni code RNCP ni code CertifInfo');
    if (rncpDigits && !levelMatch) return fail('code RNCP sans niveau');
    const sectorNames = sectorsText.split('/').map(normaliseWhitespace).filter(Boolean);
    if (sectorNames.length === 0) return fail('aucun secteur');
    const sectors: Sector[] = [];
    for (const sectorName of sectorNames) {
      const sector = canonicalSector(sectorName);
      if (!sector) return fail(`secteur inconnu « ${sectorName} »`);
      if (!sectors.includes(sector)) sectors.push(sector);
    }
    const rncp = rncpDigits ? `RNCP${rncpDigits}` : null;
    const id = rncp ? `rncp-${rncpDigits}` : `certifinfo-${certifinfo}`;
    const duplicateOf = seenIds.get(id);
    if (duplicateOf !== undefined) return fail(`code en double (déjà ligne ${duplicateOf})`);
    seenIds.set(id, line);
    const candidate = {
      id,
      title,
      level: levelMatch ? Number(levelMatch[1]) : null,
      rncp,
      certifinfo: certifinfo || null,
      sectors,
      ...kindAndName(title, rncp !== null),
      // Filled from data/noms-courants.tsv by withEverydayNames.
      nameCorrected: false,
      everydayNames: [],
    };
    const parsed = certificationSchema.safeParse(candidate);
    if (!parsed.success) return fail(parsed.error.issues.map((issue) => issue.message).join(' ; '));
    certifications.push(parsed.data);
  });
  return problems.length ? { ok: false, problems } : { ok: true, certifications };
}

export interface CatalogueDiff {
  added: Certification[];
  removed: Certification[];
  changed: { before: Certification; after: Certification; fields: string[] }[];
}

export function diffCatalogues(before: readonly Certification[], after: readonly Certification[]): CatalogueDiff {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterById = new Map(after.map((item) => [item.id, item]));
  const changed: CatalogueDiff['changed'] = [];
  for (const item of after) {
    const previous = beforeById.get(item.id);
    if (!previous) continue;
    const fields = (Object.keys(item) as (keyof Certification)[]).filter(
      (field) => JSON.stringify(item[field]) !== JSON.stringify(previous[field]),
    );
    if (fields.length) changed.push({ before: previous, after: item, fields });
  }
  return {
    added: after.filter((item) => !beforeById.has(item.id)),
    removed: before.filter((item) => !afterById.has(item.id)),
    changed,
  };
}

/** The annex with the reviewed names of data/noms-courants.tsv: searched names, display-name typo fixes. */
export function withEverydayNames(
  certifications: readonly Certification[],
  byId: ReadonlyMap<string, EverydayNames>,
): Certification[] {
  return certifications.map((item) => {
    const names = byId.get(item.id);
    if (!names) return item;
    return {
      ...item,
      name: names.correctedName ?? item.name,
      nameCorrected: names.correctedName !== null,
      everydayNames: [...names.jobs, ...names.acronyms],
    };
  });
}
