import { foldText } from './normalise.ts';
import type { Certification } from './schema.ts';
import { SECTORS, type Sector } from './sectors.ts';

/**
 * The reviewed files that say how people name the certifications of the annex (issue 16):
 * data/noms-courants.tsv (job names, diploma acronyms, display-name typo fixes) and
 * data/metiers-hors-annexe.tsv (jobs no certification of the annex prepares, with the closest
 * certifications of their sector). Both are read, checked against the annex and reported line by
 * line here; scripts/build-catalog.ts carries them into what the browser loads.
 */

export interface FileProblem {
  line: number;
  reason: string;
}

/** One line of data/noms-courants.tsv. */
export interface EverydayNames {
  line: number;
  code: string;
  /** The annex title as the reviewer saw it: if the annex changes it, the names are to be reviewed again. */
  annexTitle: string;
  jobs: string[];
  acronyms: string[];
  /** The display name with the annex's obvious typos fixed; null when the derived name reads right. */
  correctedName: string | null;
}

export const EVERYDAY_NAMES_HEADER = ['code', "intitulé de l'annexe", 'métiers', 'sigles et noms courts', 'nom affiché corrigé'];
export const NOT_COVERED_HEADER = ['noms du métier', 'secteur', 'certifications proches'];

/** Kinds whose diplomas people name by their acronym or short name ("BTS NDRC", "TP ADVF"): one is required. */
export const KINDS_NEEDING_ACRONYM = new Set([
  'BTS',
  'BTSA',
  'CAP',
  'CAP agricole',
  'Bac pro',
  'Brevet professionnel',
  'Titre professionnel',
  'BPJEPS',
  'DEJEPS',
  'CPJEPS',
  'Mention complémentaire',
  'Certificat de spécialisation',
  'Brevet de maîtrise',
  "Brevet des métiers d'art",
  'Licence professionnelle',
]);

const SEPARATOR = ';';

function splitNames(cell: string): string[] {
  return cell
    .split(SEPARATOR)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Data lines of a reviewed TSV: comments (#) and blank lines skipped, the header checked. */
function dataLines(source: string, header: readonly string[], problems: FileProblem[]): { line: number; cells: string[] }[] {
  const lines: { line: number; cells: string[] }[] = [];
  let headerSeen = false;
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((cell) => cell.trim());
    if (!headerSeen) {
      headerSeen = true;
      if (cells.join('\t') !== header.join('\t')) problems.push({ line, reason: `en-tête attendu : ${header.join(' | ')}` });
      return;
    }
    if (cells.length > header.length && cells.slice(header.length).some(Boolean))
      return void problems.push({ line, reason: `${header.length} colonnes au plus, ${cells.length} trouvées` });
    while (cells.length < header.length) cells.push('');
    lines.push({ line, cells });
  });
  if (!headerSeen) problems.push({ line: 1, reason: 'fichier vide : en-tête manquant' });
  return lines;
}

/** Reports names that fold to the same text (accents, case, punctuation): the search sees them as one. */
function foldedDuplicates(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  for (const name of names) {
    const folded = foldText(name);
    const first = seen.get(folded);
    if (first !== undefined) duplicates.push(first === name ? `« ${name} »` : `« ${name} » (comme « ${first} »)`);
    else seen.set(folded, name);
  }
  return duplicates;
}

export type CodeLookup = (code: string) => Certification | null;

export interface EverydayNamesCheck {
  problems: FileProblem[];
  byId: Map<string, EverydayNames>;
  /** Names given to several certifications: allowed (a job several diplomas prepare), reported for review. */
  shared: { name: string; codes: string[] }[];
}

/**
 * Reads data/noms-courants.tsv against the annex: each line names a certification of the annex by
 * its code and repeats its title verbatim; every certification has a line and at least one job name;
 * the kinds people name by acronym have one; no name is empty or given twice to one certification.
 */
export function checkEverydayNames(
  source: string,
  catalogue: readonly Certification[],
  codeOf: (item: Certification) => string,
): EverydayNamesCheck {
  const problems: FileProblem[] = [];
  const byCode = new Map(catalogue.map((item) => [codeOf(item), item]));
  const byId = new Map<string, EverydayNames>();
  for (const { line, cells } of dataLines(source, EVERYDAY_NAMES_HEADER, problems)) {
    const [code = '', annexTitle = '', jobsCell = '', acronymsCell = '', correctedCell = ''] = cells;
    const fail = (reason: string) => problems.push({ line, reason: `${code || '(sans code)'} : ${reason}` });
    const item = byCode.get(code);
    if (!item) {
      fail("ce code n'est pas dans l'annexe (retirée ? code mal recopié ?)");
      continue;
    }
    const previous = byId.get(item.id);
    if (previous) {
      fail(`certification déjà décrite ligne ${previous.line}`);
      continue;
    }
    if (annexTitle !== item.title)
      fail(
        `l'intitulé ne correspond pas à l'annexe (« ${item.title} ») : relisez les noms de cette ligne, puis recopiez l'intitulé`,
      );
    const jobs = splitNames(jobsCell);
    const acronyms = splitNames(acronymsCell);
    if (jobsCell.split(SEPARATOR).some((name) => name.trim() === '') && jobsCell.trim() !== '')
      fail('nom vide dans « métiers » (deux « ; » de suite ?)');
    if (acronymsCell.split(SEPARATOR).some((name) => name.trim() === '') && acronymsCell.trim() !== '')
      fail('nom vide dans « sigles et noms courts » (deux « ; » de suite ?)');
    if (jobs.length === 0) fail('aucun métier : donnez au moins le métier auquel la certification prépare');
    if (acronyms.length === 0 && KINDS_NEEDING_ACRONYM.has(item.kind))
      fail(`${item.kind} sans sigle ni nom court (par exemple « ${item.kind} ${item.name.split(' ')[0]}… »)`);
    const duplicates = foldedDuplicates([...jobs, ...acronyms]);
    if (duplicates.length) fail(`en double (accents, casse et ponctuation ne comptent pas) : ${duplicates.join(', ')}`);
    if (correctedCell && correctedCell === item.name)
      fail('« nom affiché corrigé » identique au nom dérivé : laissez la case vide');
    byId.set(item.id, { line, code, annexTitle, jobs, acronyms, correctedName: correctedCell || null });
  }
  const missing = catalogue.filter((item) => !byId.has(item.id));
  for (const item of missing)
    problems.push({
      line: 0,
      reason: `${codeOf(item)} : certification sans ligne, ajoutez « ${codeOf(item)}<TAB>${item.title}<TAB>métier ; métier… »`,
    });
  const codesByName = new Map<string, { name: string; codes: string[] }>();
  for (const entry of byId.values())
    for (const name of [...entry.jobs, ...entry.acronyms]) {
      const folded = foldText(name);
      const group = codesByName.get(folded) ?? { name, codes: [] };
      group.codes.push(entry.code);
      codesByName.set(folded, group);
    }
  const shared = [...codesByName.values()].filter((group) => group.codes.length > 1);
  return { problems, byId, shared };
}

/** A job no certification of the annex prepares (data/metiers-hors-annexe.tsv). */
export interface NotCoveredJob {
  /** The ways people name it; the first is the one the page quotes when none is typed exactly. */
  names: string[];
  sector: Sector;
  /** Codes of the closest certifications of that sector, best first. */
  closest: string[];
}

export function checkNotCoveredJobs(
  source: string,
  findByCode: CodeLookup,
): { problems: FileProblem[]; jobs: (NotCoveredJob & { line: number })[] } {
  const problems: FileProblem[] = [];
  const jobs: (NotCoveredJob & { line: number })[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of dataLines(source, NOT_COVERED_HEADER, problems)) {
    const [namesCell = '', sectorCell = '', closestCell = ''] = cells;
    const fail = (reason: string) => problems.push({ line, reason });
    const names = splitNames(namesCell);
    if (names.length === 0) {
      fail('aucun nom de métier');
      continue;
    }
    for (const name of names) {
      const folded = foldText(name);
      const first = seen.get(folded);
      if (first !== undefined) fail(`« ${name} » déjà donné ligne ${first}`);
      else seen.set(folded, line);
    }
    const sector = SECTORS.find((candidate) => candidate === sectorCell);
    if (!sector) {
      fail(`secteur inconnu « ${sectorCell} » (un des 8 secteurs de l'annexe, recopié exactement)`);
      continue;
    }
    const closest = splitNames(closestCell);
    if (closest.length === 0) fail('aucune certification proche');
    for (const code of closest) {
      const item = findByCode(code);
      if (!item) fail(`certification proche « ${code} » absente de l'annexe`);
      else if (!item.sectors.includes(sector)) fail(`certification proche « ${code} » hors du secteur « ${sector} »`);
    }
    jobs.push({ line, names, sector, closest });
  }
  return { problems, jobs };
}
