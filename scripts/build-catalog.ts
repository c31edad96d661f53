// npm run data: turns the annex as published (data/annexe-formations-eligibles.tsv) and the reviewed
// everyday names (data/noms-courants.tsv, data/metiers-hors-annexe.tsv) into the validated
// data/certifications.json and data/metiers-hors-annexe.json, and prints what changed. A problem in
// any of the three files stops the script with its line number and reason; nothing is written then.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { diffCatalogues, parseAnnex, withEverydayNames } from '../src/catalog/annex.ts';
import { checkEverydayNames, checkNotCoveredJobs, type FileProblem } from '../src/catalog/everyday-names.ts';
import { certificationCode } from '../src/catalog/normalise.ts';
import { catalogueSchema, type Certification } from '../src/catalog/schema.ts';
import { createSearch } from '../src/catalog/search.ts';
import { serialiseCatalogue } from '../src/catalog/serialise.ts';

// Paths can be given so that tests can run the script on copies:
// annex, certifications.json, noms-courants.tsv, metiers-hors-annexe.tsv, metiers-hors-annexe.json.
const data = (name: string) => new URL(`../data/${name}`, import.meta.url);
const [annexPath, targetPath, namesPath, notCoveredPath, notCoveredTargetPath] = process.argv.slice(2);
const ANNEX = annexPath ?? data('annexe-formations-eligibles.tsv');
const TARGET = targetPath ?? data('certifications.json');
const NAMES = namesPath ?? data('noms-courants.tsv');
const NOT_COVERED = notCoveredPath ?? data('metiers-hors-annexe.tsv');
const NOT_COVERED_TARGET = notCoveredTargetPath ?? data('metiers-hors-annexe.json');
const nameOf = (path: string | URL, fallback: string) => (typeof path === 'string' ? path : fallback);

function stopOn(problems: readonly FileProblem[], file: string): void {
  if (problems.length === 0) return;
  for (const problem of problems) console.error(`${file}:${problem.line}: ${problem.reason}`);
  console.error(`${problems.length} problème(s) dans ${file} : rien n'a été écrit.`);
  process.exit(1);
}

const parsed = parseAnnex(readFileSync(ANNEX, 'utf8'));
if (!parsed.ok) stopOn(parsed.problems, nameOf(ANNEX, 'data/annexe-formations-eligibles.tsv'));
const annex = parsed.ok ? parsed.certifications : [];

const namesFile = nameOf(NAMES, 'data/noms-courants.tsv');
const names = checkEverydayNames(readFileSync(NAMES, 'utf8'), annex, certificationCode);
stopOn(names.problems, namesFile);
const certifications = catalogueSchema.parse(withEverydayNames(annex, names.byId));

// A job said to be outside the annex must not be found by a title or an everyday name: one of the
// two files would be wrong, and the page would contradict itself.
const notCoveredFile = nameOf(NOT_COVERED, 'data/metiers-hors-annexe.tsv');
const search = createSearch(certifications);
const notCovered = checkNotCoveredJobs(readFileSync(NOT_COVERED, 'utf8'), search.findByCode);
for (const job of notCovered.jobs)
  for (const name of job.names) {
    const found = search.find(name).hits.filter((hit) => hit.match === 'title' || hit.match === 'everyday-name');
    if (found.length)
      notCovered.problems.push({
        line: job.line,
        reason: `« ${name} » est trouvé dans l'annexe (${found.map((hit) => certificationCode(hit.item)).join(', ')}) : retirez ce métier d'ici, ou le nom courant qui le trouve de ${namesFile}`,
      });
  }
stopOn(notCovered.problems, notCoveredFile);

// The previous file only serves the diff: read as it is, even from before a field was added.
function previousCatalogue(): Certification[] {
  try {
    const data: unknown = existsSync(TARGET) ? JSON.parse(readFileSync(TARGET, 'utf8')) : [];
    return Array.isArray(data) ? (data as Certification[]) : [];
  } catch {
    return [];
  }
}
const previous = previousCatalogue();
const diff = diffCatalogues(previous, certifications);
const label = (item: Certification) => `${certificationCode(item)} ${item.title}`;
for (const item of diff.added) console.log(`+ ajoutée  ${label(item)}`);
for (const item of diff.removed) console.log(`- retirée  ${label(item)}`);
for (const { after, fields } of diff.changed) console.log(`~ modifiée ${label(after)} (${fields.join(', ')})`);
for (const group of names.shared) console.log(`= partagé  « ${group.name} » : ${group.codes.join(', ')}`);
writeFileSync(TARGET, serialiseCatalogue(certifications));
writeFileSync(
  NOT_COVERED_TARGET,
  `[\n${notCovered.jobs.map(({ names: jobNames, sector, closest }) => JSON.stringify({ names: jobNames, sector, closest })).join(',\n')}\n]\n`,
);
const withRncp = certifications.filter((item) => item.rncp).length;
const entries = [...names.byId.values()];
const jobCount = entries.reduce((sum, entry) => sum + entry.jobs.length, 0);
const acronymCount = entries.reduce((sum, entry) => sum + entry.acronyms.length, 0);
console.log(
  `${certifications.length} certifications (${withRncp} RNCP, ${certifications.length - withRncp} CertifInfo) : ` +
    `${diff.added.length} ajoutée(s), ${diff.removed.length} retirée(s), ${diff.changed.length} modifiée(s).`,
);
console.log(
  `${namesFile} : ${jobCount + acronymCount} noms courants (${jobCount} métiers, ${acronymCount} sigles et noms courts), ` +
    `${entries.filter((entry) => entry.correctedName).length} noms affichés corrigés, ${names.shared.length} noms partagés par plusieurs certifications.`,
);
console.log(`${notCoveredFile} : ${notCovered.jobs.length} métiers hors annexe.`);
