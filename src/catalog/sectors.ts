/**
 * The 8 sectors that proposed certifications to the Région, as canonical names. The annex
 * spells one of them two ways (MAIN D'OEUVRE / MAIN D'ŒUVRE): both map to the same sector.
 */
export const SECTORS = [
  'Tourisme, sport, culture, industries créatives, médias, communication, télécommunication, loisirs et divertissement',
  "Services à forte intensité de main-d'œuvre",
  'Construction',
  'Commerce',
  'Coopération agricole, agriculture, pêche, industrie agroalimentaire et territoires',
  'Services numériques, financiers et conseil',
  'Cohésion sociale',
  'Santé',
] as const;

export type Sector = (typeof SECTORS)[number];

/** Annex spelling (accents and ligatures folded, upper case) → canonical sector. */
const ANNEX_SPELLINGS: Record<string, Sector> = {
  'TOURISME, SPORT, CULTURE, INDUSTRIES CREATIVES, MEDIAS, COMMUNICATION, TELECOMMUNICATION, LOISIRS ET DIVERTISSEMENT':
    SECTORS[0],
  "SERVICES A FORTE INTENSITE DE MAIN D'OEUVRE": SECTORS[1],
  CONSTRUCTION: SECTORS[2],
  COMMERCE: SECTORS[3],
  'COOPERATION AGRICOLE, AGRICULTURE, PECHE, INDUSTRIE AGROALIMENTAIRE ET TERRITOIRES': SECTORS[4],
  'SERVICES NUMERIQUES FINANCIERS ET CONSEIL': SECTORS[5],
  'COHESION SOCIALE': SECTORS[6],
  SANTE: SECTORS[7],
};

function foldAnnexSpelling(text: string): string {
  return text
    .replace(/Œ/g, 'OE')
    .replace(/œ/g, 'oe')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}

/** Canonical sector for an annex spelling, or null when the annex names an unknown sector. */
export function canonicalSector(annexSpelling: string): Sector | null {
  return ANNEX_SPELLINGS[foldAnnexSpelling(annexSpelling)] ?? null;
}
