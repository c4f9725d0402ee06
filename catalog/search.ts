/**
 * Search over the catalog for the popup: forgiving of partial words, typos, code spellings and
 * symptoms in plain words.
 *
 * How: every word of every label, search word and explanation goes into a vocabulary. Each word of
 * the query is matched against that vocabulary on its own (exact, prefix, infix, or fuzzy through
 * fuse.js), and the entries holding the matched words collect a score weighted by the field the word
 * came from (label > search word > explanation) and by how rare the query word is. Matching words
 * rather than whole strings sidesteps fuse.js's limits (location/distance, 32-character patterns,
 * underscores kept inside tokens), and lets each query word's matches be cached: typing adds one word
 * at a time, so a keystroke costs one vocabulary lookup. A whole label or code typed with a typo or two (a code
 * copied by hand) is told apart from the labels it shares words with by its edit distance, and ranks after exact
 * matches.
 */
import Fuse from 'fuse.js';
import { CATALOG } from './index';
import type { Entry, ProductId } from './schema';
import { foldLabel } from './text';

export interface SearchOptions {
  products?: readonly ProductId[];
  limit?: number;
  /**
   * The console to rank first (the popup's tab, or one the query names): its hits lead, and only another
   * console's code typed exactly ("EXECUTION_FAILED", "web_hook_moved") stays above them, since that is what was
   * asked for; an everyday word ("failed") means the preferred console's.
   */
  prefer?: ProductId;
}

export interface SearchHit {
  entry: Entry;
  /** 0 is a perfect match, 1 no match (fuse.js's convention); an exact label or code scores 0. */
  score: number;
  /** The label of the entry the query matched best: the code a multi-code row was found by. */
  matchedLabel: string;
}

/**
 * Codes and labels in one spelling: `Web_Hook_Moved`, `web-hook-moved` and `web hook moved` are
 * the same words.
 */
export function normalizeQuery(text: string): string {
  return foldLabel(text)
    .replace(/[_\-–—]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const tokenize = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

// Words that carry no meaning in a symptom typed as a sentence ("the backup of my device…").
// "not", "no" and "never" stay: "backup never starts" is not "backup starts".
const STOP_WORDS = new Set(
  'a an and are as at be been but by for from has have i in into is it its me my of on or our so that the their then there this to was we were when while with you your'.split(
    ' ',
  ),
);

/** How much a word counts by where it stands in the entry. */
const FIELD_WEIGHT = { label: 1, word: 0.7, text: 0.3 } as const;

// Ranking tiers before the score: what the user typed exactly beats anything fuzzy.
const EXACT_LABEL = 0;
const EXACT_WORD = 1;
// A whole label or code with a typo or two: `STORAGE_USR_WITH_EROR` is STORAGE_USER_WITH_ERROR, not storage_error.
const LABEL_TYPO = 2;
const LABEL_PHRASE = 3;
const FUZZY = 4;

/** How many typos a whole label typed may hold, by its length without spaces: none below 8 letters, one per 8, up to 3. */
const labelTypos = (length: number) => Math.min(3, Math.floor(length / 8));

/** The edit distance of two strings if it is at most `max`, else `max + 1` (rows stop once all exceed it). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

interface Doc {
  entry: Entry;
  order: number;
  /** Normalised labels, and the same without spaces (`webhookmoved`). */
  labels: string[];
  compactLabels: string[];
  labelWords: string[][];
  words: string[];
}

interface Index {
  docs: Doc[];
  /** word → doc index → weight of the best field the word appears in. */
  postings: Map<string, Map<number, number>>;
  vocabulary: string[];
  fuzzy: Fuse<string>;
  /** query word → matched vocabulary words with their similarity (0..1); typing repeats words. */
  cache: Map<string, Array<[string, number]>>;
}

let index: Index | undefined;

const MAX_FUZZY_LENGTH = 24;
// A pasted paragraph is not a query; its first words are enough to rank.
const MAX_TOKENS = 16;

/** Forgets cached word matches (the index stays): lets the benchmark time a cold keystroke. */
export function clearSearchCache(): void {
  index?.cache.clear();
}

/** Built on first search, not at import: the popup renders before anyone types. */
function getIndex(): Index {
  if (index) return index;
  const postings = new Map<string, Map<number, number>>();
  const post = (word: string, doc: number, weight: number) => {
    const docs = postings.get(word) ?? new Map<number, number>();
    postings.set(word, docs);
    docs.set(doc, Math.max(docs.get(doc) ?? 0, weight));
  };
  const docs = CATALOG.map((entry, order): Doc => {
    const labels = entry.labels.map(normalizeQuery);
    const words = entry.searchWords.map(normalizeQuery);
    for (const w of labels.flatMap(tokenize)) post(w, order, FIELD_WEIGHT.label);
    for (const w of words.flatMap(tokenize)) post(w, order, FIELD_WEIGHT.word);
    for (const w of tokenize(normalizeQuery(`${entry.meaning} ${entry.cause}`))) {
      if (!STOP_WORDS.has(w)) post(w, order, FIELD_WEIGHT.text);
    }
    return {
      entry,
      order,
      labels,
      compactLabels: labels.map((l) => l.replace(/ /g, '')),
      labelWords: labels.map(tokenize),
      words,
    };
  });
  const vocabulary = [...postings.keys()];
  const fuzzy = new Fuse(vocabulary, {
    // A typo may sit anywhere in the word; location/distance would only forgive it near the start.
    ignoreLocation: true,
    // One typo in 4–5 letters, two in 6–8, three from 9.
    threshold: 0.35,
    includeScore: true,
    isCaseSensitive: true, // already folded; skips fuse.js lower-casing every word again
  });
  index = { docs, postings, vocabulary, fuzzy, cache: new Map() };
  return index;
}

/** Vocabulary words a query word stands for, with how sure we are (1 = the same word). */
function matchWord(idx: Index, token: string): Array<[string, number]> {
  const cached = idx.cache.get(token);
  if (cached) return cached;
  const found = new Map<string, number>();
  for (const word of idx.vocabulary) {
    if (word === token) found.set(word, 1);
    // A partial word ("compl") is a prefix; the longer the part typed, the surer.
    else if (word.startsWith(token)) found.set(word, 0.75 + 0.2 * (token.length / word.length));
    // Inside a word ("quiesce" in "unquiesce"), only for parts long enough to mean something.
    else if (token.length >= 4 && word.includes(token)) found.set(word, 0.6);
  }
  // Fuzzy only where a typo is plausible: from 4 letters, and not past fuse.js's 32-character
  // pattern limit, where it splits the pattern and slows down tenfold (no word is that long).
  if (token.length >= 4 && token.length <= MAX_FUZZY_LENGTH) {
    for (const { item, score = 1 } of idx.fuzzy.search(token)) {
      const similarity = 0.8 * (1 - score);
      if (similarity > (found.get(item) ?? 0)) found.set(item, similarity);
    }
  }
  const result = [...found];
  if (idx.cache.size > 500) idx.cache.clear(); // bounded: a popup session types a few dozen words
  idx.cache.set(token, result);
  return result;
}

/** The label the query named: exact if any, else the one most query words matched. */
function bestLabel(doc: Doc, q: string, matched: ReadonlyArray<ReadonlyMap<string, number>>): string {
  let best = doc.labels.indexOf(q);
  if (best < 0) {
    let bestScore = 0;
    best = 0;
    doc.labelWords.forEach((words, i) => {
      let score = 0;
      for (const m of matched) score += Math.max(0, ...words.map((w) => m.get(w) ?? 0));
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = i;
      }
    });
  }
  return doc.entry.labels[best] ?? doc.entry.labels[0] ?? '';
}

export function searchCatalog(query: string, opts: SearchOptions = {}): SearchHit[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const idx = getIndex();
  const allowed = opts.products && opts.products.length > 0 ? new Set(opts.products) : undefined;
  const limit = opts.limit ?? 20;
  const n = idx.docs.length;

  const all = tokenize(q);
  const meaningful = all.filter((t) => !STOP_WORDS.has(t));
  const tokens = [...new Set(meaningful.length > 0 ? meaningful : all)].slice(0, MAX_TOKENS);

  // Per query word: the best weighted similarity each entry reaches, and how rare the word is.
  const sums = new Float64Array(n);
  let totalIdf = 0;
  const matchedPerToken: Array<Map<string, number>> = [];
  for (const token of tokens) {
    const matches = matchWord(idx, token);
    matchedPerToken.push(new Map(matches));
    const best = new Map<number, number>();
    for (const [word, similarity] of matches) {
      for (const [doc, weight] of idx.postings.get(word) ?? []) {
        const s = similarity * weight;
        if (s > (best.get(doc) ?? 0)) best.set(doc, s);
      }
    }
    // A word found in most entries ("backup") tells little; a rare one ("quiesce") a lot.
    const idf = Math.log(1 + n / (1 + best.size));
    totalIdf += idf;
    for (const [doc, s] of best) sums[doc] = (sums[doc] ?? 0) + idf * s;
  }

  const hits: Array<{ doc: Doc; tier: number; similarity: number }> = [];
  const compact = q.replace(/ /g, '');
  const typos = labelTypos(compact.length);
  for (const doc of idx.docs) {
    if (allowed && !allowed.has(doc.entry.product)) continue;
    let similarity = totalIdf > 0 ? (sums[doc.order] ?? 0) / totalIdf : 0;
    let tier = FUZZY;
    if (doc.labels.includes(q) || doc.compactLabels.includes(compact)) tier = EXACT_LABEL;
    else if (doc.words.includes(q)) tier = EXACT_WORD;
    else if (typos > 0) {
      const distance = Math.min(...doc.compactLabels.map((l) => editDistance(compact, l, typos)));
      if (distance <= typos) {
        tier = LABEL_TYPO;
        similarity = Math.max(similarity, 1 - distance / compact.length);
      }
    }
    if (tier === FUZZY && q.length >= 4 && doc.labels.some((l) => l.includes(q))) tier = LABEL_PHRASE;
    if (tier === FUZZY && similarity < 0.2) continue;
    hits.push({ doc, tier, similarity: tier === EXACT_LABEL ? 1 : similarity });
  }
  // Loose hits far below the best one are noise (one common word of several), the best one found exactly
  // included: "verify & continue" names a button of Need Reauthentication, and an S/MIME failure found by
  // "verify" alone is not what was asked.
  const top = Math.max(0, ...hits.map((h) => h.similarity));
  const kept = hits.filter((h) => h.tier !== FUZZY || h.similarity >= top * 0.45);
  // With a console preferred: another console's code typed exactly, then the preferred console's hits, then the rest.
  const exactCode = (doc: Doc) =>
    doc.entry.labels.some((l, i) => l.includes('_') && (doc.labels[i] === q || doc.compactLabels[i] === compact));
  const band = (h: (typeof hits)[number]) => {
    if (opts.prefer === undefined || h.doc.entry.product === opts.prefer) return 0;
    return h.tier === EXACT_LABEL && exactCode(h.doc) ? -1 : 1;
  };
  // Ties keep catalog order, so the same label in several sections reads Backups, Migrates, …
  kept.sort((a, b) => band(a) - band(b) || a.tier - b.tier || b.similarity - a.similarity || a.doc.order - b.doc.order);
  return kept.slice(0, Math.max(0, limit)).map(({ doc, similarity }) => ({
    entry: doc.entry,
    score: Math.round((1 - similarity) * 1000) / 1000,
    matchedLabel: bestLabel(doc, q, matchedPerToken),
  }));
}
