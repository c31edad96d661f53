import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnnex } from '../../src/catalog/annex.ts';
import { compactCatalogue, expandCatalogue } from '../../src/catalog/compact.ts';
import {
  checkEverydayNames,
  checkNotCoveredJobs,
  EVERYDAY_NAMES_HEADER,
  KINDS_NEEDING_ACRONYM,
  NOT_COVERED_HEADER,
} from '../../src/catalog/everyday-names.ts';
import { CATALOGUE, catalogueSearch, NOT_COVERED_JOBS } from '../../src/catalog/index.ts';
import { certificationCode, foldText } from '../../src/catalog/normalise.ts';

const read = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
const NAMES_SOURCE = read('noms-courants.tsv');
const annex = parseAnnex(read('annexe-formations-eligibles.tsv'));
const ANNEX = annex.ok ? annex.certifications : [];
const header = EVERYDAY_NAMES_HEADER.join('\t');
const line = (...cells: string[]) => cells.join('\t');
const cuisine = ANNEX.find((item) => item.rncp === 'RNCP37553')!; // CAP - CUISINE
const cqp = ANNEX.find((item) => item.certifinfo === '50267')!; // a branch CQP: no acronym required

/** The check of data/noms-courants.tsv, on a file that describes only the two certifications above. */
const checkTwo = (...lines: string[]) =>
  checkEverydayNames([header, ...lines].join('\n'), [cuisine, cqp], certificationCode).problems.map(
    (problem) => `${problem.line}: ${problem.reason}`,
  );
const cuisineLine = line('RNCP37553', cuisine.title, 'cuisinier ; cuisinière', 'CAP cuisine');
const cqpLine = line('CertifInfo 50267', cqp.title, 'canalisateur ; canalisatrice', '');

describe('data/noms-courants.tsv, as reviewed', () => {
  const checked = checkEverydayNames(NAMES_SOURCE, ANNEX, certificationCode);

  it('has no problem: every line points to a certification of the annex and repeats its title', () => {
    expect(checked.problems).toEqual([]);
  });

  it('gives every certification of the annex at least one job name', () => {
    expect(ANNEX).toHaveLength(425);
    for (const item of ANNEX) expect(checked.byId.get(item.id)?.jobs.length, certificationCode(item)).toBeGreaterThan(0);
  });

  it('gives every BTS, CAP, bac pro, BP and TP of the annex an acronym or short name', () => {
    const concerned = ANNEX.filter((item) => KINDS_NEEDING_ACRONYM.has(item.kind));
    expect(concerned.length).toBeGreaterThan(250);
    for (const item of concerned) expect(checked.byId.get(item.id)?.acronyms.length, certificationCode(item)).toBeGreaterThan(0);
  });

  it('is what the browser loads: data/certifications.json carries the names and the fixed display names', () => {
    for (const item of CATALOGUE) {
      const entry = checked.byId.get(item.id)!;
      expect(item.everydayNames).toEqual([...entry.jobs, ...entry.acronyms]);
      expect(item.nameCorrected).toBe(entry.correctedName !== null);
    }
  });

  it('fixes the annex typos in the display name only, the verbatim title kept', () => {
    const byCode = (code: string) => CATALOGUE.find((item) => certificationCode(item) === code)!;
    expect(byCode('RNCP37715')).toMatchObject({
      name: 'Assistant de vie aux familles',
      title: 'TITRE PROFESSIONNEL (TP) - ASSISTANDE DE VIE AUX FAMILLES',
      nameCorrected: true,
    });
    expect(byCode('RNCP37872').name).toBe("Agent de propreté et d'hygiène");
    expect(byCode('RNCP37872').title).toContain('PROPETE');
    for (const item of CATALOGUE)
      expect(foldText(item.name), item.title).not.toMatch(
        /assistande|propete|engagonn|materieaux|mention mention|projeteur [a-z]*eteur/,
      );
    // The display name keeps the annex's words apart from its typos: same words once folded, almost.
    const corrected = CATALOGUE.filter((item) => item.nameCorrected);
    expect(corrected.length).toBeGreaterThanOrEqual(6);
  });

  it('reaches the browser unchanged through the compact form of the catalogue', () => {
    expect(expandCatalogue(compactCatalogue(CATALOGUE))).toEqual(CATALOGUE);
  });
});

describe('the check of data/noms-courants.tsv reports each problem with its line', () => {
  it('accepts a well-formed file, comments and blank lines included', () => {
    expect(checkTwo('# relu le 2 décembre 2026', '', cuisineLine, cqpLine)).toEqual([]);
  });

  it('refuses a code that is not in the annex, and a certification described twice', () => {
    expect(checkTwo(cuisineLine, cqpLine, line('RNCP99999', 'CAP - RIEN', 'rien'), cuisineLine)).toEqual([
      "4: RNCP99999 : ce code n'est pas dans l'annexe (retirée ? code mal recopié ?)",
      '5: RNCP37553 : certification déjà décrite ligne 2',
    ]);
  });

  it('asks to review the names when the annex changes a title', () => {
    expect(checkTwo(line('RNCP37553', 'CAP - CUISINE DU MONDE', 'cuisinier', 'CAP cuisine'), cqpLine)).toEqual([
      "2: RNCP37553 : l'intitulé ne correspond pas à l'annexe (« CAP - CUISINE ») : relisez les noms de cette ligne, puis recopiez l'intitulé",
    ]);
  });

  it('refuses a certification without job, a CAP without acronym, empty and duplicate names', () => {
    expect(
      checkTwo(
        line('RNCP37553', cuisine.title, 'cuisinier ;; Cuisinier ; cuisinière', ''),
        line('CertifInfo 50267', cqp.title, '', ''),
      ),
    ).toEqual([
      '2: RNCP37553 : nom vide dans « métiers » (deux « ; » de suite ?)',
      '2: RNCP37553 : CAP sans sigle ni nom court (par exemple « CAP Cuisine… »)',
      '2: RNCP37553 : en double (accents, casse et ponctuation ne comptent pas) : « Cuisinier » (comme « cuisinier »)',
      '3: CertifInfo 50267 : aucun métier : donnez au moins le métier auquel la certification prépare',
    ]);
  });

  it('says which certification of the annex has no line, with the line to add', () => {
    expect(checkTwo(cuisineLine)).toEqual([
      `0: CertifInfo 50267 : certification sans ligne, ajoutez « CertifInfo 50267<TAB>${cqp.title}<TAB>métier ; métier… »`,
    ]);
  });

  it('checks the header, so that columns cannot be swapped unnoticed', () => {
    expect(
      checkEverydayNames(['code\tmétiers', cuisineLine].join('\n'), [cuisine], certificationCode).problems[0]?.reason,
    ).toMatch(/^en-tête attendu/);
  });

  it('reports a name given to several certifications, which is allowed (one job, several diplomas)', () => {
    const shared = checkEverydayNames(
      [header, cuisineLine, line('CertifInfo 50267', cqp.title, 'Cuisinière', '')].join('\n'),
      [cuisine, cqp],
      certificationCode,
    );
    expect(shared.problems).toEqual([]);
    expect(shared.shared).toEqual([{ name: 'cuisinière', codes: ['RNCP37553', 'CertifInfo 50267'] }]);
  });
});

describe('data/metiers-hors-annexe.tsv: jobs that no certification of the annex prepares', () => {
  const source = read('metiers-hors-annexe.tsv');

  it('is valid, and what the browser loads', () => {
    const checked = checkNotCoveredJobs(source, catalogueSearch.findByCode);
    expect(checked.problems).toEqual([]);
    expect(checked.jobs.map(({ names, sector, closest }) => ({ names, sector, closest }))).toEqual(NOT_COVERED_JOBS);
    expect(NOT_COVERED_JOBS.length).toBeGreaterThanOrEqual(20);
  });

  it('names no job that a title or an everyday name of the annex finds', () => {
    for (const job of NOT_COVERED_JOBS)
      for (const name of job.names) {
        const found = catalogueSearch
          .find(name)
          .hits.filter((hit) => hit.match === 'title' || hit.match === 'everyday-name')
          .map((hit) => certificationCode(hit.item));
        expect(found, name).toEqual([]);
      }
  });

  it('reports an unknown sector, a suggestion outside the annex or outside the sector, a job given twice', () => {
    const file = [
      NOT_COVERED_HEADER.join('\t'),
      line('mécanicien automobile ; garagiste', 'Garages', 'RNCP37545'),
      line('aide-soignant', 'Santé', 'RNCP99999 ; RNCP37553'),
      line('Garagiste', 'Commerce', ''),
    ].join('\n');
    expect(checkNotCoveredJobs(file, catalogueSearch.findByCode).problems).toEqual([
      { line: 2, reason: "secteur inconnu « Garages » (un des 8 secteurs de l'annexe, recopié exactement)" },
      { line: 3, reason: "certification proche « RNCP99999 » absente de l'annexe" },
      { line: 3, reason: 'certification proche « RNCP37553 » hors du secteur « Santé »' },
      { line: 4, reason: '« Garagiste » déjà donné ligne 2' },
      { line: 4, reason: 'aucune certification proche' },
    ]);
  });
});
