import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diffCatalogues, parseAnnex, withEverydayNames } from '../../src/catalog/annex.ts';
import { checkEverydayNames } from '../../src/catalog/everyday-names.ts';
import { certificationCode } from '../../src/catalog/normalise.ts';
import { kindAndName, readableCasing } from '../../src/catalog/display.ts';
import { catalogueSchema, type Certification } from '../../src/catalog/schema.ts';
import { SECTORS } from '../../src/catalog/sectors.ts';
import { serialiseCatalogue } from '../../src/catalog/serialise.ts';

const SOURCE_PATH = new URL('../../data/annexe-formations-eligibles.tsv', import.meta.url);
const JSON_PATH = new URL('../../data/certifications.json', import.meta.url);
const SOURCE = readFileSync(SOURCE_PATH, 'utf8');
const NAMES = readFileSync(new URL('../../data/noms-courants.tsv', import.meta.url), 'utf8');
const NOT_COVERED_PATH = new URL('../../data/metiers-hors-annexe.tsv', import.meta.url);
const COMMITTED = readFileSync(JSON_PATH, 'utf8');
const CATALOGUE: Certification[] = catalogueSchema.parse(JSON.parse(COMMITTED));

/** The annex read a second, naive way (tab split), to check the parser against the source itself. */
const SOURCE_ROWS = SOURCE.split('\n')
  .filter((line) => line.trim() && !line.startsWith('Intitulé de la certification'))
  .map((line) => line.split('\t').map((cell) => cell.replace(/\s+/g, ' ').trim()));

describe('data/certifications.json', () => {
  it('is exactly what npm run data produces from the annex (no drift)', () => {
    const parsed = parseAnnex(SOURCE);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const names = checkEverydayNames(NAMES, parsed.certifications, certificationCode);
    expect(serialiseCatalogue(withEverydayNames(parsed.certifications, names.byId))).toBe(COMMITTED);
  });

  it('holds the 425 certifications of the annex: 387 with an RNCP code and a level, 38 branch CQPs', () => {
    expect(SOURCE_ROWS).toHaveLength(425);
    expect(CATALOGUE).toHaveLength(425);
    expect(CATALOGUE.filter((item) => item.rncp && item.level)).toHaveLength(387);
    expect(CATALOGUE.filter((item) => !item.rncp && item.certifinfo && item.level === null)).toHaveLength(38);
  });

  it('keeps every row of the annex with its code, title, level and sectors', () => {
    for (const [title, level, rncp, certifinfo, sectors] of SOURCE_ROWS) {
      const item = CATALOGUE.find((candidate) => (rncp ? candidate.rncp === `RNCP${rncp}` : candidate.certifinfo === certifinfo));
      expect(item, `${rncp || certifinfo} ${title}`).toBeDefined();
      expect(item!.title).toBe(title);
      expect(item!.level).toBe(level ? Number(level.replace('Niveau ', '')) : null);
      expect(item!.sectors).toHaveLength(new Set(sectors!.split('/').map((name) => name.trim().replace('OEUVRE', 'ŒUVRE'))).size);
    }
  });

  it('has no duplicate code or id', () => {
    const codes = CATALOGUE.map((item) => item.rncp ?? `CIF${item.certifinfo}`);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(CATALOGUE.map((item) => item.id)).size).toBe(CATALOGUE.length);
  });

  it('counts 8 sectors, MAIN D’OEUVRE and MAIN D’ŒUVRE being one', () => {
    const used = new Set(CATALOGUE.flatMap((item) => item.sectors));
    expect(used.size).toBe(8);
    expect([...used].sort()).toEqual([...SECTORS].sort());
    const oeuvre = CATALOGUE.find((item) => item.rncp === 'RNCP37018')!; // spelt MAIN D'OEUVRE in the annex
    const ligature = CATALOGUE.find((item) => item.rncp === 'RNCP37868')!; // spelt MAIN D'ŒUVRE
    expect(oeuvre.sectors).toEqual(ligature.sectors);
  });

  it('derives the kind, the name without its prefix and a readable casing that keeps acronyms', () => {
    const byCode = (rncp: string) => CATALOGUE.find((item) => item.rncp === rncp)!;
    expect(byCode('RNCP37443')).toMatchObject({
      kind: 'Titre professionnel',
      name: 'Installateur de réseaux de télécommunications en fibre optique',
    });
    // The annex spells it "PROPETE ET D'HYGIENE": data/noms-courants.tsv fixes the display name only.
    expect(byCode('RNCP37872')).toMatchObject({
      kind: 'Titre professionnel',
      name: "Agent de propreté et d'hygiène",
      nameCorrected: true,
    });
    expect(kindAndName(byCode('RNCP37872').title, true).name).toBe("Agent de propete et d'hygiene");
    expect(byCode('RNCP37554')).toMatchObject({ kind: 'CAP', name: 'Commercialisation et services en HCR' });
    expect(byCode('RNCP38506')).toMatchObject({
      kind: 'Titre certifié',
      name: "Assistant de comptabilité et d'administration en PME/TPE",
    });
    expect(byCode('RNCP38386')).toMatchObject({ kind: 'CAP agricole', name: 'Jardinier paysagiste' });
    expect(CATALOGUE.find((item) => item.certifinfo === '50267')).toMatchObject({
      kind: 'CQP',
      name: 'Compagnon canalisateur en assainissement',
      level: null,
    });
    expect(readableCasing('MAINTENANCE DES MATÉRIELS OPTION B : MATÉRIELS')).toBe(
      'Maintenance des matériels option B : matériels',
    );
    expect(kindAndName('BTS - MÉTIERS DU BIM', true)).toEqual({ kind: 'BTS', name: 'Métiers du BIM' });
  });
});

describe('parseAnnex', () => {
  const header =
    'Intitulé de la certification\tNiveau de la certification RNCP\tCode RNCP\tCode CERTIFINFO [pour les CQP]\tCertification proposée à la Région par le(s) secteur(s) :';
  const good = "CAP - CUISINE\tNiveau 3\t37553\t\tSERVICES A FORTE INTENSITE DE MAIN D'ŒUVRE";

  it('drops repeated page headers in both spellings and blank lines', () => {
    const parsed = parseAnnex(
      [header.replace('CERTIFINFO', 'CERTINFO'), good, '', header, 'CQP X\t\t\t50267\tCONSTRUCTION'].join('\n'),
    );
    expect(parsed.ok && parsed.certifications.map((item) => item.id)).toEqual(['rncp-37553', 'certifinfo-50267']);
  });

  it.each([
    ['a row with 4 columns', 'CAP - CUISINE\tNiveau 3\t37553\tCONSTRUCTION', /5 colonnes/],
    ['an unreadable level', 'CAP - CUISINE\tNiveau 9\t37553\t\tCONSTRUCTION', /niveau illisible/],
    ['a letter in the RNCP code', 'CAP - CUISINE\tNiveau 3\t3755B\t\tCONSTRUCTION', /code RNCP illisible/],
    ['no code at all', 'CAP - CUISINE\tNiveau 3\t\t\tCONSTRUCTION', /ni code RNCP ni code CertifInfo/],
    ['an RNCP code without level', 'CAP - CUISINE\t\t37553\t\tCONSTRUCTION', /sans niveau/],
    ['an unknown sector', 'CAP - CUISINE\tNiveau 3\t37553\t\tAERONAUTIQUE', /secteur inconnu/],
    ['a duplicate code', `${good}\n${good}`, /en double \(déjà ligne 2\)/],
  ])('stops on %s, with its line number', (_, rows, reason) => {
    const parsed = parseAnnex(`${header}\n${rows}`);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]!.line).toBe(rows.includes('\n') ? 3 : 2);
    expect(parsed.problems[0]!.reason).toMatch(reason);
  });
});

describe('diffCatalogues', () => {
  it('lists added, removed and changed certifications', () => {
    const [first, second, third] = CATALOGUE as [Certification, Certification, Certification];
    const diff = diffCatalogues([first, second], [{ ...second, level: 7 }, third]);
    expect(diff.added.map((item) => item.id)).toEqual([third.id]);
    expect(diff.removed.map((item) => item.id)).toEqual([first.id]);
    expect(diff.changed.map(({ after, fields }) => [after.id, fields])).toEqual([[second.id, ['level']]]);
  });
});

describe('npm run data', () => {
  // Each test works in a temporary folder of its own, removed afterwards.
  const folders: string[] = [];
  const temporaryFolder = (): string => {
    const folder = mkdtempSync(join(tmpdir(), 'annex-'));
    folders.push(folder);
    return folder;
  };
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const script = join(process.cwd(), 'scripts', 'build-catalog.ts');

  /** The five files of npm run data, copied into a folder of their own: annex, JSON, names, jobs, jobs JSON. */
  const copies = (folder: string) => {
    const paths = [
      'annexe.tsv',
      'certifications.json',
      'noms-courants.tsv',
      'metiers-hors-annexe.tsv',
      'metiers-hors-annexe.json',
    ].map((name) => join(folder, name));
    copyFileSync(JSON_PATH, paths[1]!);
    copyFileSync(NOT_COVERED_PATH, paths[3]!);
    return paths;
  };

  it('prints the diff and writes the catalogue from a new annex', () => {
    const paths = copies(temporaryFolder());
    writeFileSync(paths[0]!, SOURCE.replace(/^CAP - CUISINE\t.*\n/m, '') + 'CQP - NOUVEAU MÉTIER\t\t\t99001\tCOMMERCE\n');
    // The reviewed names follow the annex: the removed certification's line goes, the new one gets one.
    writeFileSync(
      paths[2]!,
      NAMES.replace(/^RNCP37553\t.*\n/m, '') + 'CertifInfo 99001\tCQP - NOUVEAU MÉTIER\tnouveau métier\t\t\n',
    );
    const output = execFileSync(tsx, [script, ...paths], { encoding: 'utf8' });
    expect(output).toContain('+ ajoutée  CertifInfo 99001 CQP - NOUVEAU MÉTIER');
    expect(output).toContain('- retirée  RNCP37553 CAP - CUISINE');
    expect(output).toContain('425 certifications (386 RNCP, 39 CertifInfo) : 1 ajoutée(s), 1 retirée(s), 0 modifiée(s).');
    expect(output).toMatch(/noms-courants\.tsv : \d+ noms courants/);
    const written: Certification[] = JSON.parse(readFileSync(paths[1]!, 'utf8'));
    expect(written).toHaveLength(425);
    expect(written.find((item) => item.certifinfo === '99001')?.everydayNames).toEqual(['nouveau métier']);
  });

  it('stops on a problem of the reviewed names with its line number, and writes nothing', () => {
    const paths = copies(temporaryFolder());
    writeFileSync(paths[0]!, SOURCE + 'CQP - NOUVEAU MÉTIER\t\t\t99001\tCOMMERCE\n');
    writeFileSync(paths[2]!, NAMES);
    const run = spawnSync(tsx, [script, ...paths], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${paths[2]}:0: CertifInfo 99001 : certification sans ligne`);
    expect(readFileSync(paths[1]!, 'utf8')).toBe(COMMITTED);
  });

  it('stops on a malformed row with its line number, and writes nothing', () => {
    const folder = temporaryFolder();
    const source = join(folder, 'annexe.tsv');
    const target = join(folder, 'certifications.json');
    copyFileSync(JSON_PATH, target);
    const lines = SOURCE.split('\n');
    lines[4] = 'CAP - CASSÉ\tNiveau 3';
    writeFileSync(source, lines.join('\n'));
    const run = spawnSync(tsx, [script, source, target], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${source}:5: 5 colonnes séparées par des tabulations attendues, 2 trouvée(s)`);
    expect(readFileSync(target, 'utf8')).toBe(COMMITTED);
  });
});
