/**
 * The passage index: lunr with the Swedish pipeline over title, headings, text, organ names
 * and compound parts. Queries are built with lunr's query API from plain words (never the
 * query parser), so user text with ':' '~' '^' '+' '-' cannot break or steer a search.
 */
import { buildLunrIndex } from './lunr-builder.js';
import { createScorer } from './postings.js';
import { type CompoundSplitter, createCompoundSplitter, lunr, stemWord, swedishIndexPipeline, swedishSearchPipeline, wordsOf } from './swedish-words.js';
import type { Passage } from './types.js';

export interface SearchHit {
  passage: Passage;
  score: number;
}

export interface PassageQuery {
  /** Plain words from the user (already lower-cased, any language); never lunr query syntax. */
  terms: string[];
  /** Optional: terms that must weigh more (entity names, abbreviations). */
  boostTerms?: string[];
  /** Optional filter/boost on passage year. */
  year?: number;
  limit?: number;
}

export interface SerializedSearchIndex {
  lunr: object;
  vocabulary: string[];
}

const FIELDS = { title: 3, headings: 2, names: 2, text: 1, parts: 0.6 } as const;
type Field = keyof typeof FIELDS;

export interface PassageSearch {
  search(query: PassageQuery, passageAt: (position: number) => Passage | undefined, periodOf: (p: Passage) => number[] | undefined): SearchHit[];
  serialize(): SerializedSearchIndex;
}

/** Extra words to index with a passage, e.g. organ names and abbreviations it mentions. */
export type PassageNames = (passage: Passage, words: ReadonlySet<string>) => string[];

export function buildPassageSearch(passages: readonly Passage[], namesOf: PassageNames): PassageSearch {
  // Words are read once per passage: for the splitter's vocabulary and for each passage's parts.
  const passageWords = passages.map((passage) => new Set(wordsOf(passage.text)));
  const vocabulary = new Set<string>();
  for (const words of passageWords) for (const word of words) vocabulary.add(word);
  const splitter = createCompoundSplitter(vocabulary);
  const fields = Object.entries(FIELDS).map(([name, boost]) => ({ name, boost }));
  const headingParts = new Map<string, string>();
  const partsOf = (text: string) => {
    let parts = headingParts.get(text);
    if (parts === undefined) {
      parts = compoundParts(splitter, new Set(wordsOf(text)));
      headingParts.set(text, parts);
    }
    return parts;
  };
  const documents = passages.map((passage, position) => {
    const headings = passage.source.section.join(' ');
    return {
      // Short refs (the passage's position) keep the serialised index small; see search().
      ref: String(position),
      fields: {
        title: passage.source.title,
        headings,
        text: passage.text,
        names: namesOf(passage, passageWords[position]).join(' '),
        parts: `${partsOf(`${passage.source.title} ${headings}`)} ${compoundParts(splitter, passageWords[position])}`,
      },
    };
  });
  const index = buildLunrIndex(fields, documents, swedishIndexPipeline(), swedishSearchPipeline());
  return wrapIndex(index, splitter);
}

export function loadPassageSearch(serialized: SerializedSearchIndex): PassageSearch {
  const index = lunr.Index.load(serialized.lunr);
  return wrapIndex(index, createCompoundSplitter(serialized.vocabulary));
}

function compoundParts(splitter: CompoundSplitter, words: Iterable<string>): string {
  const parts: string[] = [];
  for (const word of words) for (const part of splitter.split(word)) parts.push(part);
  return parts.join(' ');
}

function wrapIndex(index: lunr.Index, splitter: CompoundSplitter): PassageSearch {
  const terms = createTermStats(index);
  // Scores exactly like index.query(...) on these clauses, at a fraction of the cost (postings.ts).
  const scorer = createScorer(index);
  return {
    search(query, passageAt, periodOf) {
      const clauses = queryClauses(query, splitter, terms);
      if (!clauses.length) return [];
      const hits: SearchHit[] = [];
      for (const result of scorer.score(clauses)) {
        const passage = passageAt(result.ref);
        if (!passage) continue;
        hits.push({ passage, score: result.score * yearFactor(passage, query.year, periodOf(passage)) });
      }
      hits.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id));
      return hits.slice(0, query.limit ?? 10);
    },
    serialize: () => ({ lunr: index.toJSON(), vocabulary: splitter.vocabulary() }),
  };
}

/** What the query builder needs to know about the indexed terms. */
export interface TermStats {
  documentCount: number;
  /** Number of passages holding the term in any field. */
  documentFrequency(term: string): number;
  /** Indexed terms that start with the stem (not the stem itself), closest first. */
  withPrefix(stem: string, limit: number): string[];
  /** Indexed terms one edit away from the stem (not the stem itself). */
  oneEditAway(stem: string, limit: number): string[];
}

function createTermStats(index: lunr.Index): TermStats {
  const inverted = (index as unknown as { invertedIndex: Record<string, Record<string, object>> }).invertedIndex;
  const sorted = Object.keys(inverted).sort();
  const frequencies = new Map<string, number>();
  // @types/lunr leaves out these lunr.Index properties.
  const { fields, fieldVectors, tokenSet } = index as unknown as { fields: string[]; fieldVectors: Record<string, unknown>; tokenSet: lunr.TokenSet };
  let documentCount = 0;
  for (const key in fieldVectors) if (key.startsWith(`${fields[0]}/`)) documentCount++;
  return {
    documentCount,
    documentFrequency(term) {
      let count = frequencies.get(term);
      if (count === undefined) {
        count = 0;
        const posting = inverted[term];
        if (posting) for (const field of fields) count += Object.keys(posting[field] ?? {}).length;
        frequencies.set(term, count);
      }
      return count;
    },
    withPrefix(stem, limit) {
      const found: string[] = [];
      for (let i = lowerBound(sorted, stem); i < sorted.length && sorted[i].startsWith(stem); i++) {
        if (sorted[i] !== stem) found.push(sorted[i]);
        if (found.length >= limit * 8) break;
      }
      return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
    },
    oneEditAway(stem, limit) {
      const fuzzy = (lunr.TokenSet as unknown as { fromFuzzyString(s: string, d: number): lunr.TokenSet }).fromFuzzyString(stem, 1);
      return tokenSet.intersect(fuzzy).toArray().filter((t) => t !== stem).slice(0, limit);
    },
  };
}

function lowerBound(sorted: string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface Clause {
  term: string;
  fields: Field[];
  boost: number;
}

const ALL_FIELDS: Field[] = ['title', 'headings', 'names', 'text', 'parts'];
/** A term in more than this share of passages says little and costs much: left out. */
const COMMON_SHARE = 0.2;
/** Compound parts and longer forms are hints; only fairly rare ones are worth their cost. */
const HINT_SHARE = 0.05;
const PREFIX_FORMS = 4;
const TYPO_FORMS = 3;
const RARE = 5;

/**
 * Each word is searched as its stem in the main fields, through longer forms that start with it
 * (inflected and compound forms: "energikontor" finds "energikontorets"), inside compounds, through
 * its own parts ("kommunchefsgruppen" also finds "kommunchef"), and, for long words, through forms
 * one typo away. Expansions are explicit and bounded, and terms that occur nearly everywhere are
 * dropped, so a question full of common words stays fast on a large corpus.
 */
export function queryClauses(query: PassageQuery, splitter: CompoundSplitter, stats: TermStats): Clause[] {
  const clauses = new Map<string, Clause>();
  const add = (term: string, fields: Field[], boost: number) => {
    if (!term) return;
    const key = `${term}|${fields.join()}`;
    const existing = clauses.get(key);
    if (existing) existing.boost = Math.max(existing.boost, boost);
    else clauses.set(key, { term, fields, boost });
  };
  const common = Math.max(50, stats.documentCount * COMMON_SHARE);
  const hint = Math.max(25, stats.documentCount * HINT_SHARE);
  const boosted = new Set((query.boostTerms ?? []).flatMap(wordsOf));
  const words = [...new Set([...query.terms.flatMap(wordsOf), ...boosted])].filter((w) => w !== String(query.year ?? ''));
  const stems = words.map((word) => ({ word, stem: stemWord(word) })).filter((w) => w.stem);
  const rare = stems.filter((w) => stats.documentFrequency(w.stem) <= common || boosted.has(w.word));
  // When every word is common, keep them all rather than search for nothing.
  for (const { word, stem } of rare.length ? rare : stems) {
    const weight = boosted.has(word) ? 3 : 1;
    // One clause per term over all fields: the field boosts rank title over text over parts.
    add(stem, ALL_FIELDS, 2 * weight);
    if (stem.length >= 4 && !/^\d+$/.test(stem)) {
      for (const form of stats.withPrefix(stem, PREFIX_FORMS)) if (stats.documentFrequency(form) <= hint) add(form, ALL_FIELDS, 0.5 * weight);
    }
    // Typos matter for rare words; a word found in many passages needs no spelling help (and the
    // edit-distance walk over all terms is the costliest step of a query).
    if (stem.length >= 8 && stats.documentFrequency(stem) < RARE) {
      for (const form of stats.oneEditAway(stem, TYPO_FORMS)) add(form, ['title', 'headings', 'text'], 0.3 * weight);
    }
    for (const part of splitter.split(word)) {
      const partStem = stemWord(part);
      if (partStem.length >= 4 && stats.documentFrequency(partStem) <= hint) add(partStem, ['text', 'parts'], 0.4 * weight);
    }
  }
  return [...clauses.values()];
}

/** Passages about the asked year rank first; passages that state another year sink. */
function yearFactor(passage: Passage, year: number | undefined, period: number[] | undefined): number {
  if (!year) return 1;
  if (passage.year === year) return 1.6;
  if (passage.year !== undefined) return period?.includes(year) ? 0.9 : 0.45;
  return period?.includes(year) ? 1.2 : 0.8;
}
