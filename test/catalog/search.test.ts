import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueSearch, findCertification } from '../../src/catalog/index.ts';
import { editDistance } from '../../src/catalog/search.ts';
import { parseCertificationCode } from '../../src/catalog/normalise.ts';

const top = (query: string, options = {}) =>
  catalogueSearch.search(query, { limit: 5, ...options }).map((item) => item.rncp ?? item.certifinfo);
const names = (query: string, options = {}) => catalogueSearch.search(query, { limit: 5, ...options }).map((item) => item.name);

describe('what people type finds the right certification first', () => {
  it.each([
    // [query, expected best result's code]
    ['cuisinier', 'RNCP34095'], // TP Cuisinier
    ['CUISINIER', 'RNCP34095'],
    ['cusinier', 'RNCP34095'], // letters swapped
    ['cuisinie', 'RNCP34095'], // still typing
    ['plaquiste', 'RNCP37122'],
    ['plaquistes', 'RNCP37122'], // plural
    ['boulangr', 'RNCP37537'],
    ['electricien', 'RNCP38401'], // CAP Électricien, typed without accent
    ['électricien', 'RNCP38401'],
    ['electricein', 'RNCP38401'],
    ['cap cuisine', 'RNCP37553'],
    ['cuisine cap', 'RNCP37553'], // words in any order
    ['peintre batiment', 'RNCP36257'],
    ['maconerie', 'RNCP5534'], // Bac pro Interventions sur le patrimoine bâti (maçonnerie…)
    ['chaudronier', 'RNCP38568'],
    ['gros oeuvre', 'RNCP34282'], // œ typed as oe; shortest of the three titles
    ['gros œuvre', 'RNCP34282'],
    ["agent de propreté et d'hygiène", 'RNCP24655'],
    ['agent-de-proprete', 'RNCP35611'],
    ['data analyst', 'RNCP37837'],
    ['bim', 'RNCP34658'],
  ])('%s → %s', (query, code) => {
    expect(top(query)[0]).toBe(code);
  });

  it('ranks exact and prefix matches before misspelt ones, shorter titles first among equals', () => {
    const results = names('cuisinier', { limit: 10 });
    expect(results[0]).toBe('Cuisinier');
    expect(results.indexOf('Cuisinier en restauration collective')).toBeGreaterThan(0);
    // "cusinier" must not pull in unrelated words that happen to look alike.
    expect(names('cusinier', { limit: 50 }).every((name) => /cuisin/i.test(name))).toBe(true);
  });

  it('finds nothing for words that are not in the annex, instead of guessing', () => {
    expect(top('soudeur')).toEqual([]);
    expect(top('aide-soignant')).toEqual([]);
    expect(top('patissier')).toEqual([]);
  });
});

describe('codes match exactly or not at all', () => {
  it.each([
    ['37443', 'RNCP37443'],
    ['RNCP 37443', 'RNCP37443'],
    ['rncp37443', 'RNCP37443'],
    ['RNCP-37443', 'RNCP37443'],
    ['50267', '50267'], // CertifInfo of a branch CQP
    ['CertifInfo 50267', '50267'],
    ['4900', 'RNCP4900'],
  ])('%s → %s', (query, code) => {
    expect(top(query)).toEqual([code]);
  });

  it.each(['37447' /* 37443–37446 are all in the annex */, 'RNCP 99999', '50269', 'certifinfo 37443', 'rncp 50267'])(
    '%s, absent from the annex, returns nothing',
    (query) => {
      expect(top(query)).toEqual([]);
    },
  );

  it('gives the rules engine the same exact lookup', () => {
    expect(findCertification('RNCP37443')).toEqual({ code: 'RNCP37443', title: expect.stringContaining('FIBRE OPTIQUE') });
    expect(findCertification('50267')).toEqual({ code: 'CertifInfo 50267', title: expect.stringContaining('CANALISATEUR') });
    expect(findCertification('RNCP37447')).toBeNull();
    expect(findCertification('cuisinier')).toBeNull();
  });

  it('reads codes the way people paste them', () => {
    expect(parseCertificationCode(' RNCP 037443 ')).toEqual({ register: 'rncp', digits: '37443' });
    expect(parseCertificationCode('cif 50267')).toEqual({ register: 'certifinfo', digits: '50267' });
    expect(parseCertificationCode('cuisinier 2')).toBeNull();
  });
});

describe('filters', () => {
  it('combine the level with the query', () => {
    const results = catalogueSearch.search('cuisine', { level: 4 });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((item) => item.level === 4)).toBe(true);
    expect(results.map((item) => item.rncp)).toContain('RNCP37910'); // Bac pro Cuisine
    expect(results.map((item) => item.rncp)).not.toContain('RNCP37553'); // CAP Cuisine is level 3
  });

  it('combine the sector with the query', () => {
    const results = catalogueSearch.search('technicien', { sector: 'Construction' });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((item) => item.sectors.includes('Construction'))).toBe(true);
  });

  it('apply to codes too', () => {
    expect(top('37443', { level: 4 })).toEqual([]);
    expect(top('37443', { level: 3 })).toEqual(['RNCP37443']);
  });

  it('give the filtered catalogue in the annex order for an empty query', () => {
    const all = catalogueSearch.search('');
    expect(all).toHaveLength(CATALOGUE.length);
    expect(all.map((item) => item.id)).toEqual(CATALOGUE.map((item) => item.id));
    const health = catalogueSearch.search('  ', { sector: 'Santé' });
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((item) => item.sectors.includes('Santé'))).toBe(true);
    expect(catalogueSearch.search('', { limit: 3 })).toHaveLength(3);
  });
});

describe('editDistance', () => {
  it('counts substitutions, insertions, deletions and adjacent swaps', () => {
    expect(editDistance('cuisinier', 'cuisinier', 2)).toBe(0);
    expect(editDistance('cusinier', 'cuisinier', 2)).toBe(1);
    expect(editDistance('electricein', 'electricien', 2)).toBe(1);
    expect(editDistance('soudeur', 'souterr', 1)).toBe(2); // capped: more than 1
    expect(editDistance('abc', 'abcdef', 1)).toBe(2);
  });
});
