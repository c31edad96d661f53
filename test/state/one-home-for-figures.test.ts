import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 15 §4, one home for every figure: outside src/rules (the regulation's data), no amount,
 * duration, age, date or clause number of the regulation is written out; the pages and the state
 * ask the engine or the version for them, so that a new version of the regulation needs no edit
 * there. Comments may cite clauses: they are removed before the search.
 */
const ROOT = new URL('../../src/', import.meta.url).pathname;
const SCANNED = ['components', 'state', 'embed', 'offline', 'catalog', 'main.ts'];

const REGULATION_FIGURES: [string, RegExp][] = [
  ['an amount in euros', /\b(500|550|6[\s\u202f\u00a0]?000|23[\s\u202f\u00a0]?000)\s*(€|euros)/],
  ['a threshold', /\b23[\s\u202f\u00a0,.]?000\b/],
  ['a duration in months', /\b(3|6|10|12) (premiers )?mois\b/],
  ['a duration in years', /\b(10|30) ans\b/],
  ['the date the regulation came into force', /1er avril 2024|01\/04\/2024|2024-04-01/],
  ['a clause number', /§\s?\d/],
];

function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function files(path: string): string[] {
  if (statSync(path).isFile()) return /\.(ts|svelte)$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

function strayFigures(source: string): string[] {
  return withoutComments(source)
    .split('\n')
    .flatMap((line, index) =>
      REGULATION_FIGURES.filter(([, pattern]) => pattern.test(line)).map(
        ([what]) => `line ${index + 1}: ${what}: ${line.trim()}`,
      ),
    );
}

describe('one home for every figure of the regulation', () => {
  it('finds a figure written back into a component (the check can fail)', () => {
    expect(strayFigures('<p>500 € par mois pendant 12 mois (§3)</p>')).toHaveLength(3);
    expect(strayFigures('// §3: 500 € a month, said in a comment\nconst x = 1;')).toEqual([]);
  });

  it.each(SCANNED.flatMap((part) => files(join(ROOT, part))).map((path) => [path.slice(ROOT.length)]))(
    'src/%s writes none of them',
    (path) => {
      expect(strayFigures(readFileSync(join(ROOT, path), 'utf8'))).toEqual([]);
    },
  );
});
