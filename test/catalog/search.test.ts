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
    ['agent-de-proprete', 'RNCP24655'], // hyphens fold; the annex's "PROPETE" is fixed in the display name
    ['data analyst', 'RNCP37837'],
    ['bim', 'RNCP34658'],
  ])('%s → %s', (query, code) => {
    expect(top(query)[0]).toBe(code);
  });

  it('ranks exact and prefix matches before misspelt ones, shorter titles first among equals', () => {
    const results = names('cuisinier', { limit: 10 });
    expect(results[0]).toBe('Cuisinier');
    expect(results.indexOf('Cuisinier en restauration collective')).toBeGreaterThan(0);
    // "cusinier" must not pull in unrelated words that happen to look alike: every result is a
    // cook's certification, by its title or by the job people name it with.
    const cooks = catalogueSearch.search('cusinier', { limit: 50 });
    expect(cooks.every((item) => /cuisin/i.test(`${item.name} ${item.everydayNames.join(' ')}`))).toBe(true);
  });

  it('finds nothing for words that are not in the annex, instead of guessing', () => {
    expect(top('astronaute')).toEqual([]);
    expect(catalogueSearch.find('astronaute').notCovered).toBeNull();
    expect(top('aide-soignant')).toEqual([]);
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

describe('everyday names: the words employers use find the certification (issue 16)', () => {
  const PROPRETE = ['RNCP35611', 'RNCP37872', 'RNCP24655', 'RNCP35551', 'RNCP35552'];
  // The examples (agent magasinier, CAP opérateur logistique, préparateur de commandes) and the bac pro Logistique.
  const LOGISTICS = ['RNCP1852', 'RNCP37672', 'RNCP34860', 'RNCP38302'];
  const CAVISTE = ['RNCP35867', '114320'];
  const codes = (query: string, limit = 10) =>
    catalogueSearch.find(query, { limit }).hits.map((hit) => hit.item.rncp ?? hit.item.certifinfo);
  const hitOf = (query: string, code: string) =>
    catalogueSearch.find(query).hits.find((hit) => (hit.item.rncp ?? hit.item.certifinfo) === code);

  it.each([
    // [query, codes of which one must be in the top 3]
    ['plombier', ['RNCP38305', 'RNCP35189']],
    ['plombière', ['RNCP38305', 'RNCP35189']],
    ['chauffeur routier', ['RNCP37894']],
    ['conducteur poids lourd', ['RNCP37894']],
    ['TP ADVF', ['RNCP37715']],
    ['ADVF', ['RNCP37715']],
    ['advf', ['RNCP37715']],
    ['femme de ménage', PROPRETE],
    ['BTS NDRC', ['RNCP38368']],
    ['grutier', ['RNCP35826']],
    ['maître nageur', ['RNCP36248']],
    ['maitre nageur', ['RNCP36248']],
    ['cariste', LOGISTICS],
  ])('%s → one of %j in the top 3', (query, expected) => {
    expect(codes(query, 3).some((code) => expected.includes(code!))).toBe(true);
  });

  it('says through which everyday name a result was found', () => {
    expect(hitOf('plombier', 'RNCP38305')).toMatchObject({ match: 'everyday-name', everydayName: 'plombier' });
    expect(hitOf('ADVF', 'RNCP37715')).toMatchObject({ match: 'everyday-name', everydayName: expect.stringMatching(/ADVF/) });
    // A title that has the words needs no everyday name to explain it.
    expect(hitOf('cuisinier', 'RNCP34095')).toMatchObject({ match: 'title', everydayName: null });
  });

  it('finds all five propreté certifications for "propreté" and "agent de propreté", the annex spelling "PROPETE" too', () => {
    for (const query of ['propreté', 'proprete', 'agent de propreté']) {
      const hits = catalogueSearch.find(query).hits;
      const found = hits.map((hit) => hit.item.rncp);
      for (const code of PROPRETE) expect(found, `${query} → ${code}`).toContain(code);
      expect(hits.some((hit) => hit.match === 'approximate')).toBe(false);
    }
  });

  it('puts a job name before a look-alike word, and never presents the look-alike as what was typed', () => {
    const hits = catalogueSearch.find('cariste').hits;
    const firstLogistics = hits.findIndex((hit) => LOGISTICS.includes(hit.item.rncp ?? ''));
    expect(firstLogistics).toBe(0);
    hits.forEach((hit, position) => {
      if (!CAVISTE.includes(hit.item.rncp ?? hit.item.certifinfo ?? '')) return;
      expect(position).toBeGreaterThan(firstLogistics);
      expect(hit.match).toBe('approximate');
    });
  });

  it('labels a result reached only through typo tolerance as approximate', () => {
    const hits = catalogueSearch.find('caristte').hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.match === 'approximate')).toBe(true);
    expect(catalogueSearch.find('cusinier').hits[0]).toMatchObject({ match: 'approximate' });
  });

  it('ranks title matches, then everyday names, then approximate, then partial matches, for any query', () => {
    const order = ['code', 'title', 'everyday-name', 'approximate', 'partial'];
    for (const query of [
      'magasinier',
      'plombier',
      'chauffeur routier',
      'agent de propreté',
      'cuisine',
      'vendeur',
      'bts',
      'conducteur',
      'aide',
    ]) {
      const ranks = catalogueSearch.find(query).hits.map((hit) => order.indexOf(hit.match));
      expect(ranks, query).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('answers honestly for a job that no certification of the annex prepares', () => {
    for (const query of ['mécanicien auto', 'mecanicien automobile', 'aide-soignant', 'aide soignante']) {
      const outcome = catalogueSearch.find(query);
      expect(outcome.hits, query).toEqual([]);
      expect(outcome.notCovered, query).not.toBeNull();
      expect(outcome.notCovered!.closest.length, query).toBeGreaterThan(0);
      for (const item of outcome.notCovered!.closest) expect(item.sectors).toContain(outcome.notCovered!.sector);
    }
    // "mécanicien" alone is not that job: the annex has mechanics of another kind.
    expect(catalogueSearch.find('mécanicien').notCovered).toBeNull();
    expect(catalogueSearch.find('mécanicien').hits.length).toBeGreaterThan(0);
  });

  it('keeps codes exact-only: an everyday name never turns a code into a neighbour', () => {
    expect(codes('38305')).toEqual(['RNCP38305']);
    expect(codes('99998')).toEqual([]);
  });
});
