import type { Certification } from '../src/catalog/schema.ts';

/**
 * A catalogue `factor` times larger than the annex, for benchmarks. Vocabulary grows slower than
 * the number of titles (Heaps' law): each copy swaps one word of the real title for a word from
 * a pool of synthetic words ~10× the real vocabulary, so fuzzy matching meets a realistic mix.
 */
export function syntheticCatalogue(base: readonly Certification[], factor: number): Certification[] {
  // mulberry32: a deterministic generator, so every run benchmarks the same catalogue.
  let seed = 42;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const syllables = [
    'ba',
    'cor',
    'di',
    'fen',
    'gra',
    'lu',
    'mer',
    'no',
    'pa',
    'ri',
    'sel',
    'ta',
    'vo',
    'zin',
    'que',
    'tra',
    'ment',
    'eur',
    'ion',
    'age',
  ];
  const pool = Array.from({ length: 10_000 }, () => {
    const count = 2 + Math.floor(random() * 3);
    return Array.from({ length: count }, () => syllables[Math.floor(random() * syllables.length)])
      .join('')
      .toUpperCase();
  });
  const items: Certification[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const item of base) {
      if (copy === 0) {
        items.push(item);
        continue;
      }
      const titleWords = item.title.split(' ');
      titleWords[Math.floor(random() * titleWords.length)] = pool[Math.floor(random() * pool.length)]!;
      const title = titleWords.join(' ');
      const number = 200_000 + items.length;
      items.push({
        ...item,
        id: item.rncp ? `rncp-${number}` : `certifinfo-${number}`,
        title,
        name: title,
        rncp: item.rncp ? `RNCP${number}` : null,
        certifinfo: item.certifinfo ? String(number) : null,
      });
    }
  }
  return items;
}
