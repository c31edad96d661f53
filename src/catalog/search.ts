import Fuse from 'fuse.js/basic';
import type { NotCoveredJob } from './everyday-names.ts';
import { createCodeIndex } from './code-index.ts';
import { parseCertificationCode, words } from './normalise.ts';
import type { Certification } from './schema.ts';
import type { Sector } from './sectors.ts';

/**
 * Certification search: an exact/prefix word index over the titles and over the everyday names of
 * data/noms-courants.tsv does the bulk of the work; misspelt words are matched against the
 * vocabulary of distinct words (a bigram filter, an edit-distance bound, and fuse.js to rank the
 * few candidates left). Results come in tiers, each labelled for the user: the title has every word,
 * then an everyday name supplies some ("trouvé par « plombier »"), then typo tolerance was needed
 * ("résultats approchants"), then, after real matches only, certifications that have the query's
 * most specific word but not all of them. Codes match exactly or not at all: the list decides
 * eligibility, so a code absent from the annex must never return a neighbour.
 */

export interface SearchOptions {
  level?: number | null;
  sector?: string | null;
  limit?: number;
}

/** How a result matches the query, from the most to the least certain. */
export type MatchKind = 'code' | 'title' | 'everyday-name' | 'approximate' | 'partial';

export interface SearchHit<T> {
  item: T;
  match: MatchKind;
  /** For 'everyday-name': the name of data/noms-courants.tsv through which it was found. */
  everydayName: string | null;
}

export interface NotCoveredAnswer<T> {
  /** The job's name as the file spells it, closest to what was typed. */
  job: string;
  sector: Sector;
  /** Certifications of the annex of the same sector, best first: other certifications, not this job. */
  closest: T[];
}

export interface SearchOutcome<T> {
  hits: SearchHit<T>[];
  /** The query names a job that no certification of the annex prepares (data/metiers-hors-annexe.tsv). */
  notCovered: NotCoveredAnswer<T> | null;
  /** For 'partial' hits: the word of the query they have. */
  partialWord: string | null;
}

export interface CertificationSearch<T extends Certification = Certification> {
  find(query: string, options?: SearchOptions): SearchOutcome<T>;
  /** The items of find(), for callers that need no labels (benchmarks, the data checks). */
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

/** Tiers of a word's match, lowest first: in the title, in an everyday name, only with a typo. */
const TIER_TITLE = 0;
const TIER_EVERYDAY_NAME = 1;
const TIER_TYPO = 2;
const NO_MATCH = 255;
const MATCH_OF_TIER: readonly MatchKind[] = ['title', 'everyday-name', 'approximate'];
const TYPO_IN_NAME_PENALTY = 0.2;
/** Within the everyday-name tier, a name that has every word of the query ranks first. */
const WHOLE_NAME_BONUS = 1;

export interface SearchSource<T> {
  items: readonly T[];
  /** Jobs that no certification of the annex prepares: a query naming one gets an honest answer. */
  notCovered?: readonly NotCoveredJob[];
}

function meaningfulWords(text: string): string[] {
  const all = [...new Set(words(text))];
  return all.filter((word, position) => !STOP_WORDS.has(word) || position === all.length - 1);
}

/**
 * Whether the typed words name this job: every word of the job is typed (the last one possibly
 * still being typed, from 3 letters), and nothing else is. "mécanicien auto" names "mécanicien
 * automobile"; "mécanicien" alone does not (the annex has mechanics of other kinds).
 */
function namesJob(typed: readonly string[], job: readonly string[]): boolean {
  const matches = (word: string, jobWord: string, last: boolean) =>
    jobWord === word || (jobWord.startsWith(word) && word.length >= (last ? 3 : 4));
  const meaningfulTyped = typed.filter((word) => !STOP_WORDS.has(word));
  const meaningfulJob = job.filter((word) => !STOP_WORDS.has(word));
  if (meaningfulTyped.length === 0 || meaningfulJob.length === 0) return false;
  return (
    meaningfulJob.every((jobWord) =>
      meaningfulTyped.some((word) => matches(word, jobWord, word === meaningfulTyped[meaningfulTyped.length - 1])),
    ) && meaningfulTyped.every((word) => meaningfulJob.some((jobWord) => matches(word, jobWord, true)))
  );
}

export function createSearch<T extends Certification>(source: readonly T[] | SearchSource<T>): CertificationSearch<T> {
  const { items, notCovered = [] } = Array.isArray(source) ? { items: source as readonly T[] } : (source as SearchSource<T>);
  const { tokenise, wordById, idByWord } = createTokeniser();
  const titlePostings: number[][] = [];
  const namePostings: number[][] = [];
  /** Each everyday name is a small document of its own, so that "trouvé par" can quote it. */
  const nameItem: number[] = [];
  const nameText: string[] = [];
  const nameWords: number[][] = [];
  const namesOfItem: number[][] = [];
  const findIndexByCode = createCodeIndex(items);
  const titleLengths = Uint16Array.from(items, (item) => item.title.length);
  const post = (postings: number[][], ids: readonly number[], target: number) => {
    for (const id of ids) {
      const list = postings[id];
      if (!list) postings[id] = [target];
      else if (list[list.length - 1] !== target) list.push(target);
    }
  };
  items.forEach((item, index) => {
    const ids: number[] = [];
    tokenise(item.kind, ids);
    tokenise(item.title, ids);
    // A display name that fixes a typo of the annex ("propreté" for its "PROPETE") is searched too.
    if (item.nameCorrected) tokenise(item.name, ids);
    post(titlePostings, ids, index);
    const own: number[] = [];
    for (const name of item.everydayNames ?? []) {
      const document = nameItem.length;
      const nameIds: number[] = [];
      tokenise(name, nameIds);
      nameItem.push(index);
      nameText.push(name);
      nameWords.push(nameIds);
      own.push(document);
      post(namePostings, nameIds, document);
    }
    namesOfItem.push(own);
  });
  const notCoveredWords = notCovered.map((job) => job.names.map((name) => words(name)));
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
    return accepted.map(({ token, distance }) => ({ token, score: 0.9 - 0.3 * distance - 0.05 * (fuseScores.get(token) ?? 1) }));
  }

  interface WordMatch {
    word: string;
    /** Best score per item for this word, within its best tier. */
    scores: Float32Array;
    /** Best tier per item (TIER_*), NO_MATCH where the item does not match. */
    tiers: Uint8Array;
    /** Items that match, each once. */
    matched: number[];
    /** Everyday names that have this word (exactly or as a prefix). */
    names: number[];
  }

  function matchWord(word: string, alwaysFuzzy = false): WordMatch {
    const scores = new Float32Array(items.length);
    const tiers = new Uint8Array(items.length).fill(NO_MATCH);
    const matched: number[] = [];
    const names: number[] = [];
    const update = (index: number, score: number, tier: number) => {
      const previous = tiers[index]!;
      if (previous === NO_MATCH) matched.push(index);
      if (tier < previous || (tier === previous && score > scores[index]!)) {
        tiers[index] = tier;
        scores[index] = score;
      }
    };
    const add = (token: string, score: number, typo: boolean) => {
      const id = idByWord.get(token);
      if (id === undefined) return;
      for (const index of titlePostings[id] ?? []) update(index, score, typo ? TIER_TYPO : TIER_TITLE);
      for (const document of namePostings[id] ?? []) {
        // Among typo matches too, the title's own words come before the everyday names'.
        update(nameItem[document]!, typo ? score - TYPO_IN_NAME_PENALTY : score, typo ? TIER_TYPO : TIER_EVERYDAY_NAME);
        if (!typo) names.push(document);
      }
    };
    add(word, SCORE_EXACT, false);
    for (let position = lowerBound(vocabulary, word); position < vocabulary.length; position++) {
      const token = vocabulary[position]!;
      if (!token.startsWith(word)) break;
      if (token !== word) add(token, SCORE_PREFIX, false);
    }
    if ((alwaysFuzzy || matched.length === 0) && word.length >= FUZZY_MIN_LENGTH && !/^\d+$/.test(word)) {
      // Below 1, so that misspelt words always score after exact (3) and prefix (2) ones.
      for (const { token, score } of misspeltMatches(word)) add(token, score, true);
    }
    return { word, scores, tiers, matched, names };
  }

  /** The everyday name of an item that has the most words of the query, the shortest among equals. */
  function everydayNameOf(index: number, queryWords: readonly string[]): string | null {
    let best: string | null = null;
    let bestCount = 0;
    for (const document of namesOfItem[index]!) {
      const tokens = nameWords[document]!.map((id) => wordById[id]!);
      const count = queryWords.filter((word) => tokens.some((token) => token.startsWith(word))).length;
      const text = nameText[document]!;
      if (count > bestCount || (count === bestCount && count > 0 && best !== null && text.length < best.length)) {
        best = text;
        bestCount = count;
      }
    }
    return best;
  }

  function notCoveredAnswer(queryWords: readonly string[]): NotCoveredAnswer<T> | null {
    for (const [position, job] of notCovered.entries()) {
      const named = notCoveredWords[position]!.findIndex((jobWords) => namesJob(queryWords, jobWords));
      if (named === -1) continue;
      const closest = job.closest.map(findIndexByCode).flatMap((index) => (index === null ? [] : [items[index]!]));
      return { job: job.names[named]!, sector: job.sector, closest };
    }
    return null;
  }

  const outcome = (hits: SearchHit<T>[], partialWord: string | null = null): SearchOutcome<T> => ({
    hits,
    notCovered: null,
    partialWord,
  });

  function find(query: string, options: SearchOptions = {}): SearchOutcome<T> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    if (parseCertificationCode(query)) {
      const index = findIndexByCode(query);
      const item = index === null ? null : items[index]!;
      return outcome(item && passesFilters(item, options) ? [{ item, match: 'code', everydayName: null }] : []);
    }
    const meaningful = meaningfulWords(query);
    if (meaningful.length === 0) {
      // Empty query: the catalogue in the annex's own order (by sector, then level), a stable order.
      const hits: SearchHit<T>[] = [];
      for (const item of items) {
        if (hits.length >= limit) break;
        if (passesFilters(item, options)) hits.push({ item, match: 'title', everydayName: null });
      }
      return outcome(hits);
    }
    const notCoveredJob = notCoveredAnswer(words(query));
    if (notCoveredJob) return { hits: [], notCovered: notCoveredJob, partialWord: null };
    const strict = rank(
      meaningful.map((word) => matchWord(word)),
      options,
      limit,
    );
    // The shared word as the user typed it ("ménage"), not as the index folds it.
    if (strict.partialWord)
      strict.partialWord = query.split(/\s+/).find((token) => words(token).includes(strict.partialWord!)) ?? strict.partialWord;
    if (strict.hits.length > 0 || meaningful.length === 1) return strict;
    // Nothing has every word: one of them may be a correctly spelt word that is misspelt in the
    // annex itself, so try again with typos allowed for every word.
    return rank(
      meaningful.map((word) => matchWord(word, true)),
      options,
      limit,
    );
  }

  function rank(perWordUnsorted: WordMatch[], options: SearchOptions, limit: number): SearchOutcome<T> {
    const queryWords = perWordUnsorted.map((match) => match.word);
    const perWord = [...perWordUnsorted].sort((a, b) => a.matched.length - b.matched.length);
    const [narrowest, ...others] = perWord;
    const totals = new Float32Array(items.length);
    const tierOf = new Uint8Array(items.length);
    const filtered = options.level != null || Boolean(options.sector);
    // Everyday names that have every word of the query lift their certification within its tier.
    const wordsInName = new Uint8Array(nameItem.length);
    const lastWordOfName = new Int8Array(nameItem.length).fill(-1);
    perWord.forEach((match, position) => {
      for (const document of match.names) {
        if (lastWordOfName[document] === position) continue;
        lastWordOfName[document] = position;
        wordsInName[document]! += 1;
        if (wordsInName[document] === perWord.length) totals[nameItem[document]!] = WHOLE_NAME_BONUS;
      }
    });
    const candidates: number[] = [];
    for (const index of narrowest!.matched) {
      let total = narrowest!.scores[index]!;
      let tier = narrowest!.tiers[index]!;
      for (const other of others) {
        const otherTier = other.tiers[index]!;
        if (otherTier === NO_MATCH) {
          tier = NO_MATCH;
          break;
        }
        total += other.scores[index]!;
        tier = Math.max(tier, otherTier);
      }
      if (tier !== NO_MATCH && (!filtered || passesFilters(items[index]!, options))) {
        tierOf[index] = tier;
        totals[index] = total + (tier === TIER_EVERYDAY_NAME ? totals[index]! : 0);
        candidates.push(index);
      }
    }
    // Lower tier first; then higher score; among equals, shorter titles first; then the annex order.
    const before = (a: number, b: number) =>
      tierOf[a] !== tierOf[b]
        ? tierOf[a]! < tierOf[b]!
        : totals[a] !== totals[b]
          ? totals[a]! > totals[b]!
          : titleLengths[a] !== titleLengths[b]
            ? titleLengths[a]! < titleLengths[b]!
            : a < b;
    const hits: SearchHit<T>[] = bestFirst(candidates, limit, before).map((index) => {
      const match = MATCH_OF_TIER[tierOf[index]!]!;
      return { item: items[index]!, match, everydayName: match === 'everyday-name' ? everydayNameOf(index, queryWords) : null };
    });
    // After real matches only: what has the query's most specific word but not every word
    // ("Chef d'équipe en propreté" for "agent de propreté"), labelled as such.
    const exact = hits.length > 0 && hits.every((hit) => hit.match !== 'approximate');
    if (!exact || perWord.length < 2 || hits.length >= limit) return outcome(hits);
    const found = new Set(candidates);
    const partial = narrowest!.matched.filter(
      (index) =>
        !found.has(index) && narrowest!.tiers[index]! < TIER_TYPO && (!filtered || passesFilters(items[index]!, options)),
    );
    if (partial.length === 0) return outcome(hits);
    const partialBefore = (a: number, b: number) =>
      narrowest!.scores[a] !== narrowest!.scores[b]
        ? narrowest!.scores[a]! > narrowest!.scores[b]!
        : titleLengths[a] !== titleLengths[b]
          ? titleLengths[a]! < titleLengths[b]!
          : a < b;
    for (const index of bestFirst(partial, limit - hits.length, partialBefore))
      hits.push({ item: items[index]!, match: 'partial', everydayName: null });
    return outcome(hits, narrowest!.word);
  }

  return {
    find,
    search: (query, options) => find(query, options).hits.map((hit) => hit.item),
    findByCode(code) {
      const index = findIndexByCode(code);
      return index === null ? null : items[index]!;
    },
  };
}
