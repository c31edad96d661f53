import Fuse from 'fuse.js/basic';
import { parseCertificationCode, words } from './normalise.ts';
import type { Certification } from './schema.ts';

/**
 * Certification search: an exact/prefix word index does the bulk of the work; misspelt words are
 * matched against the vocabulary of distinct words (a bigram filter, an edit-distance bound, and
 * fuse.js to rank the few candidates left). Codes match exactly or not at all: the list decides eligibility, so a code
 * absent from the annex must never return a neighbour.
 */

export interface SearchOptions {
  level?: number | null;
  sector?: string | null;
  limit?: number;
}

export interface CertificationSearch<T extends Certification = Certification> {
  search(query: string, options?: SearchOptions): T[];
  /** The certification of the annex with exactly this code, if any. */
  findByCode(code: string): T | null;
}

const SCORE_EXACT = 3;
const SCORE_PREFIX = 2;
const FUZZY_MIN_LENGTH = 4;
/** Words that carry no meaning on their own, ignored unless being typed (the last word). */
const STOP_WORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'en',
  'a',
  'au',
  'aux',
  'un',
  'une',
  'ou',
  'pour',
  'sur',
]);

/** Typos tolerated in a word: one up to 7 letters, two from 8 letters. */
function allowedTypos(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits), capped. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > cap) return cap + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Distance from a typed word to a vocabulary word, also against the vocabulary word's prefixes
 * of about the same length, since people type the beginning of a word ("chaudronier" → chaudronnerie).
 */
function typoDistance(word: string, token: string, cap: number): number {
  let best = editDistance(word, token, cap);
  for (let length = word.length - 1; length <= word.length + 1 && length < token.length; length++) {
    if (length >= FUZZY_MIN_LENGTH) best = Math.min(best, editDistance(word, token.slice(0, length), cap));
  }
  return best;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Distinct letter pairs of a word: the candidate filter for misspelt words. */
function bigrams(word: string): string[] {
  const pairs = new Set<string>();
  for (let position = 0; position + 1 < word.length; position++) pairs.add(word.slice(position, position + 2));
  return [...pairs];
}

/**
 * Turns text into word ids, caching per space-separated chunk: a catalogue repeats the same few
 * thousand chunks, and folding (Unicode normalisation) is the costly part of indexing.
 */
function createTokeniser() {
  const chunkCache = new Map<string, number[]>();
  const idByWord = new Map<string, number>();
  const wordById: string[] = [];
  const idOf = (word: string) => {
    let id = idByWord.get(word);
    if (id === undefined) {
      id = wordById.length;
      idByWord.set(word, id);
      wordById.push(word);
    }
    return id;
  };
  const tokenise = (text: string, into: number[]) => {
    for (let start = 0; start < text.length;) {
      let end = text.indexOf(' ', start);
      if (end === -1) end = text.length;
      const chunk = text.slice(start, end);
      start = end + 1;
      let ids = chunkCache.get(chunk);
      if (!ids) {
        // Plain ASCII letters and digits only need lower-casing; Unicode folding is the slow path.
        ids = (/^[A-Za-z0-9]+$/.test(chunk) ? [chunk.toLowerCase()] : words(chunk)).map(idOf);
        chunkCache.set(chunk, ids);
      }
      for (const id of ids) into.push(id);
    }
  };
  return { tokenise, wordById, idByWord };
}

/**
 * The `limit` best item indices, best first, without sorting everything (a short prefix query can
 * match most of a large catalogue). `before(a, b)` says whether item a ranks before item b.
 */
function bestFirst(candidates: number[], limit: number, before: (a: number, b: number) => boolean): number[] {
  const compare = (a: number, b: number) => (before(a, b) ? -1 : before(b, a) ? 1 : 0);
  if (candidates.length <= limit * 4) return candidates.sort(compare).slice(0, limit);
  // A max-heap (worst on top) of the `limit` best seen so far.
  const heap: number[] = [];
  const swap = (i: number, j: number) => {
    const kept = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = kept;
  };
  for (const candidate of candidates) {
    if (heap.length < limit) {
      heap.push(candidate);
      for (let child = heap.length - 1; child > 0;) {
        const parent = (child - 1) >> 1;
        if (!before(heap[parent]!, heap[child]!)) break;
        swap(parent, child);
        child = parent;
      }
    } else if (before(candidate, heap[0]!)) {
      heap[0] = candidate;
      for (let parent = 0; ;) {
        const left = 2 * parent + 1;
        const right = left + 1;
        let worst = parent;
        if (left < heap.length && before(heap[worst]!, heap[left]!)) worst = left;
        if (right < heap.length && before(heap[worst]!, heap[right]!)) worst = right;
        if (worst === parent) break;
        swap(parent, worst);
        parent = worst;
      }
    }
  }
  return heap.sort(compare);
}

export function createSearch<T extends Certification>(items: readonly T[]): CertificationSearch<T> {
  const { tokenise, wordById, idByWord } = createTokeniser();
  const postingsById: number[][] = [];
  // Codes as numbers: integer keys hash faster than strings on large catalogues.
  const byRncp = new Map<number, number>();
  const byCertifinfo = new Map<number, number>();
  const titleLengths = Uint16Array.from(items, (item) => item.title.length);
  const ids: number[] = [];
  items.forEach((item, index) => {
    ids.length = 0;
    tokenise(item.kind, ids);
    tokenise(item.title, ids);
    for (const id of ids) {
      const list = postingsById[id];
      if (!list) postingsById[id] = [index];
      else if (list[list.length - 1] !== index) list.push(index);
    }
    if (item.rncp) byRncp.set(Number(item.rncp.slice(4)), index);
    if (item.certifinfo) byCertifinfo.set(Number(item.certifinfo), index);
  });
  const postingsOf = (word: string) => {
    const id = idByWord.get(word);
    return id === undefined ? [] : postingsById[id]!;
  };
  const vocabulary = [...wordById].sort();
  // Bigram → vocabulary positions, over the words long enough to be matched despite a typo.
  const bigramPostings = new Map<string, number[]>();
  vocabulary.forEach((token, position) => {
    if (token.length < FUZZY_MIN_LENGTH - 1 || /^\d+$/.test(token)) return;
    for (const pair of bigrams(token)) {
      const list = bigramPostings.get(pair);
      if (list) list.push(position);
      else bigramPostings.set(pair, [position]);
    }
  });
  const sharedBigrams = new Uint16Array(vocabulary.length);

  function passesFilters(item: T, { level, sector }: SearchOptions): boolean {
    if (level != null && item.level !== level) return false;
    if (sector && !item.sectors.includes(sector as T['sectors'][number])) return false;
    return true;
  }

  function findIndexByCode(code: string): number | null {
    const parsed = parseCertificationCode(code);
    if (!parsed) return null;
    const rncp = parsed.register !== 'certifinfo' ? byRncp.get(Number(parsed.digits)) : undefined;
    if (rncp !== undefined) return rncp;
    const certifinfo = parsed.register !== 'rncp' ? byCertifinfo.get(Number(parsed.digits)) : undefined;
    return certifinfo ?? null;
  }

  /**
   * Vocabulary words within the allowed typos of `word`. Each edit destroys at most two bigrams,
   * so a candidate must share all but 2 × typos of the word's bigrams; fuse.js then ranks the
   * few survivors that the edit distance accepts.
   */
  function misspeltMatches(word: string): { token: string; score: number }[] {
    const cap = allowedTypos(word);
    const pairs = bigrams(word);
    const needed = Math.max(1, pairs.length - 2 * cap);
    const touched: number[] = [];
    for (const pair of pairs) {
      for (const position of bigramPostings.get(pair) ?? []) {
        if (sharedBigrams[position] === 0) touched.push(position);
        sharedBigrams[position]! += 1;
      }
    }
    const accepted: { token: string; distance: number }[] = [];
    for (const position of touched) {
      const token = vocabulary[position]!;
      if (sharedBigrams[position]! >= needed && token.length >= word.length - cap) {
        const distance = typoDistance(word, token, cap);
        if (distance <= cap) accepted.push({ token, distance });
      }
      sharedBigrams[position] = 0;
    }
    if (accepted.length === 0) return [];
    const fuseScores = new Map(
      new Fuse(
        accepted.map(({ token }) => token),
        { includeScore: true, threshold: 1, isCaseSensitive: true, ignoreLocation: true },
      )
        .search(word)
        .map((result) => [result.item, result.score ?? 1] as const),
    );
    // Below 1, so that fuzzy matches always rank after exact (3) and prefix (2) ones.
    return accepted.map(({ token, distance }) => ({ token, score: 0.9 - 0.3 * distance - 0.05 * (fuseScores.get(token) ?? 1) }));
  }

  interface WordMatch {
    /** Best score per item for this word; 0 where the item does not match. */
    scores: Float32Array;
    /** Items with a non-zero score, each once. */
    matched: number[];
  }

  function matchWord(word: string, alwaysFuzzy = false): WordMatch {
    const scores = new Float32Array(items.length);
    const matched: number[] = [];
    const add = (token: string, score: number) => {
      for (const index of postingsOf(token)) {
        const previous = scores[index]!;
        if (previous === 0) matched.push(index);
        if (previous < score) scores[index] = score;
      }
    };
    add(word, SCORE_EXACT);
    for (let position = lowerBound(vocabulary, word); position < vocabulary.length; position++) {
      const token = vocabulary[position]!;
      if (!token.startsWith(word)) break;
      if (token !== word) add(token, SCORE_PREFIX);
    }
    if ((alwaysFuzzy || matched.length === 0) && word.length >= FUZZY_MIN_LENGTH && !/^\d+$/.test(word)) {
      for (const { token, score } of misspeltMatches(word)) add(token, score);
    }
    return { scores, matched };
  }

  function search(query: string, options: SearchOptions = {}): T[] {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    if (parseCertificationCode(query)) {
      const index = findIndexByCode(query);
      const item = index === null ? null : items[index]!;
      return item && passesFilters(item, options) ? [item] : [];
    }
    const queryWords = [...new Set(words(query))];
    const meaningful = queryWords.filter((word, position) => !STOP_WORDS.has(word) || position === queryWords.length - 1);
    if (meaningful.length === 0) {
      // Empty query: the catalogue in the annex's own order (by sector, then level), a stable order.
      const results: T[] = [];
      for (const item of items) {
        if (results.length >= limit) break;
        if (passesFilters(item, options)) results.push(item);
      }
      return results;
    }
    const strict = rank(
      meaningful.map((word) => matchWord(word)),
      options,
      limit,
    );
    if (strict.length > 0 || meaningful.length === 1) return strict;
    // Nothing has every word: one of them may be a correctly spelt word that is misspelt in the
    // annex itself ("propreté" for its "PROPETE"), so try again with typos allowed for every word.
    return rank(
      meaningful.map((word) => matchWord(word, true)),
      options,
      limit,
    );
  }

  function rank(perWordUnsorted: WordMatch[], options: SearchOptions, limit: number): T[] {
    const perWord = perWordUnsorted.sort((a, b) => a.matched.length - b.matched.length);
    const [narrowest, ...others] = perWord;
    // The narrowest word's score array is reused to hold each candidate's total.
    const totals = narrowest!.scores;
    const filtered = options.level != null || Boolean(options.sector);
    const candidates: number[] = [];
    for (const index of narrowest!.matched) {
      let total = totals[index]!;
      for (const other of others) {
        const wordScore = other.scores[index]!;
        if (wordScore === 0) {
          total = 0;
          break;
        }
        total += wordScore;
      }
      if (total > 0 && (!filtered || passesFilters(items[index]!, options))) {
        totals[index] = total;
        candidates.push(index);
      }
    }
    // Higher score first; among equals, shorter titles first; then the annex order.
    const before = (a: number, b: number) =>
      totals[a] !== totals[b]
        ? totals[a]! > totals[b]!
        : titleLengths[a] !== titleLengths[b]
          ? titleLengths[a]! < titleLengths[b]!
          : a < b;
    return bestFirst(candidates, limit, before).map((index) => items[index]!);
  }

  return {
    search,
    findByCode(code) {
      const index = findIndexByCode(code);
      return index === null ? null : items[index]!;
    },
  };
}
