// npm run data: turns the annex as published (data/annexe-formations-eligibles.tsv) into the
// validated data/certifications.json, and prints what changed. A malformed row stops the script
// with its line number and reason; nothing is written then.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { diffCatalogues, parseAnnex } from '../src/catalog/annex.ts';
import { catalogueSchema, type Certification } from '../src/catalog/schema.ts';
import { serialiseCatalogue } from '../src/catalog/serialise.ts';

// Paths can be given (source, target) so that tests can run the script on copies.
const [sourceArgument, targetArgument] = process.argv.slice(2);
const SOURCE = sourceArgument ?? new URL('../data/annexe-formations-eligibles.tsv', import.meta.url);
const TARGET = targetArgument ?? new URL('../data/certifications.json', import.meta.url);
const SOURCE_NAME = sourceArgument ?? 'data/annexe-formations-eligibles.tsv';

const parsed = parseAnnex(readFileSync(SOURCE, 'utf8'));
if (!parsed.ok) {
  for (const problem of parsed.problems) console.error(`${SOURCE_NAME}:${problem.line}: ${problem.reason}`);
  console.error(`${parsed.problems.length} ligne(s) invalide(s) : rien n'a été écrit.`);
  process.exit(1);
}

const previous: Certification[] = existsSync(TARGET) ? catalogueSchema.parse(JSON.parse(readFileSync(TARGET, 'utf8'))) : [];
const diff = diffCatalogues(previous, parsed.certifications);
const label = (item: Certification) => `${item.rncp ?? `CertifInfo ${item.certifinfo}`} ${item.title}`;
for (const item of diff.added) console.log(`+ ajoutée  ${label(item)}`);
for (const item of diff.removed) console.log(`- retirée  ${label(item)}`);
for (const { after, fields } of diff.changed) console.log(`~ modifiée ${label(after)} (${fields.join(', ')})`);
writeFileSync(TARGET, serialiseCatalogue(parsed.certifications));
const withRncp = parsed.certifications.filter((item) => item.rncp).length;
console.log(
  `${parsed.certifications.length} certifications (${withRncp} RNCP, ${parsed.certifications.length - withRncp} CertifInfo) : ` +
    `${diff.added.length} ajoutée(s), ${diff.removed.length} retirée(s), ${diff.changed.length} modifiée(s).`,
);
