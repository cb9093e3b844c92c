/**
 * The passage index: lunr's Swedish pipeline and BM25 scoring over title, headings, organ names,
 * text and compound parts, kept in flat arrays (compact-index.ts, convertible to a lunr.Index).
 * Queries are built term by term from plain words, never through lunr's query parser, so user
 * text with ':' '~' '^' '+' '-' cannot break or steer a search.
 */
import { buildCompactIndex, type CompactIndex, deserializeCompactIndex, type SerializedCompactIndex, serializeCompactIndex } from './compact-index.js';
import { createScorer } from './postings.js';
import { type CompoundSplitter, createCompoundSplitter, stemWord, swedishIndexPipeline, wordsOf } from './swedish-words.js';
import { createTermStats, type TermStats } from './term-stats.js';
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
  index: SerializedCompactIndex;
  vocabulary: string[];
}

const FIELDS = { title: 3, headings: 2, names: 2, text: 1, parts: 0.6 } as const;
type Field = keyof typeof FIELDS;

export interface PassageSearch {
  search(query: PassageQuery, passageAt: (position: number) => Passage | undefined, periodOf: (p: Passage) => number[] | undefined): SearchHit[];
  serialize(): SerializedSearchIndex;
  /** The index itself, e.g. to turn it into a lunr.Index with toLunrIndex. */
  compactIndex(): CompactIndex;
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
  // Document i of the index is passage i.
  const documents = passages.map((passage, position) => {
    const headings = passage.source.section.join(' ');
    return {
      title: passage.source.title,
      headings,
      text: passage.text,
      names: namesOf(passage, passageWords[position]).join(' '),
      parts: `${partsOf(`${passage.source.title} ${headings}`)} ${compoundParts(splitter, passageWords[position])}`,
    };
  });
  return wrapIndex(buildCompactIndex(fields, documents, swedishIndexPipeline()), splitter);
}

export function loadPassageSearch(serialized: SerializedSearchIndex): PassageSearch {
  return wrapIndex(deserializeCompactIndex(serialized.index), createCompoundSplitter(serialized.vocabulary));
}

/**
 * A saved index revived on first use. Answering keeps its own postings (src/answering), so a
 * process that never searches passages (the bot's main thread when answering threads answer)
 * never pays the revival (~65 ms at the bundled corpus, mostly the compound splitter).
 */
export function lazyPassageSearch(serialized: SerializedSearchIndex): PassageSearch {
  let revived: PassageSearch | undefined;
  const index = () => (revived ??= loadPassageSearch(serialized));
  return {
    search: (query, passageAt, periodOf) => index().search(query, passageAt, periodOf),
    serialize: () => serialized,
    compactIndex: () => index().compactIndex(),
  };
}

function compoundParts(splitter: CompoundSplitter, words: Iterable<string>): string {
  const parts: string[] = [];
  for (const word of words) for (const part of splitter.split(word)) parts.push(part);
  return parts.join(' ');
}

function wrapIndex(index: CompactIndex, splitter: CompoundSplitter): PassageSearch {
  const termIds = new Map(index.terms.map((term, id) => [term, id]));
  const terms = createTermStats(index, termIds);
  const scorer = createScorer(index, termIds);
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
    serialize: () => ({ index: serializeCompactIndex(index), vocabulary: splitter.vocabulary() }),
    compactIndex: () => index,
  };
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
