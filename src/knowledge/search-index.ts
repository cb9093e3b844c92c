/**
 * The passage index: lunr with the Swedish pipeline over title, headings, text, organ names
 * and compound parts. Queries are built with lunr's query API from plain words (never the
 * query parser), so user text with ':' '~' '^' '+' '-' cannot break or steer a search.
 */
import { buildLunrIndex } from './lunr-builder.js';
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
export type PassageNames = (passage: Passage) => string[];

export function buildPassageSearch(passages: readonly Passage[], namesOf: PassageNames): PassageSearch {
  const splitter = createCompoundSplitter(vocabularyOf(passages));
  const fields = Object.entries(FIELDS).map(([name, boost]) => ({ name, boost }));
  const documents = passages.map((passage, position) => {
    const headings = passage.source.section.join(' ');
    return {
      // Short refs (the passage's position) keep the serialised index small; see search().
      ref: String(position),
      fields: {
        title: passage.source.title,
        headings,
        text: passage.text,
        names: namesOf(passage).join(' '),
        parts: compoundParts(splitter, `${passage.source.title} ${headings} ${passage.text}`).join(' '),
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

function vocabularyOf(passages: readonly Passage[]): Set<string> {
  const words = new Set<string>();
  for (const passage of passages) for (const word of wordsOf(passage.text)) words.add(word);
  return words;
}

function compoundParts(splitter: CompoundSplitter, text: string): string[] {
  const parts: string[] = [];
  for (const word of new Set(wordsOf(text))) parts.push(...splitter.split(word));
  return parts;
}

function wrapIndex(index: lunr.Index, splitter: CompoundSplitter): PassageSearch {
  return {
    search(query, passageAt, periodOf) {
      const clauses = queryClauses(query, splitter);
      if (!clauses.length) return [];
      const results = index.query((q) => {
        for (const clause of clauses) {
          q.term(clause.term, {
            fields: clause.fields,
            boost: clause.boost,
            usePipeline: false,
            wildcard: clause.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
            ...(clause.fuzzy ? { editDistance: 1 } : {}),
          });
        }
      });
      const hits: SearchHit[] = [];
      for (const result of results) {
        const passage = passageAt(Number(result.ref));
        if (!passage) continue;
        hits.push({ passage, score: result.score * yearFactor(passage, query.year, periodOf(passage)) });
      }
      hits.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id));
      return hits.slice(0, query.limit ?? 10);
    },
    serialize: () => ({ lunr: index.toJSON(), vocabulary: splitter.vocabulary() }),
  };
}

interface Clause {
  term: string;
  fields: Field[];
  boost: number;
  prefix: boolean;
  /** Edit distance 1 for long words: typos such as "snabbbladdare" or "Energikontoeret". */
  fuzzy?: boolean;
}

const ALL_FIELDS: Field[] = ['title', 'headings', 'names', 'text'];

/**
 * Each word is searched as its stem in the main fields, as a prefix (inflected and compound
 * forms: "energikontor" finds "energikontorets"), inside compounds, and through its own parts
 * ("kommunchefsgruppen" also finds "kommunchef").
 */
export function queryClauses(query: PassageQuery, splitter: CompoundSplitter): Clause[] {
  const clauses: Clause[] = [];
  const seen = new Set<string>();
  const add = (clause: Clause) => {
    const key = `${clause.term}|${clause.fields.join()}|${clause.prefix}|${clause.fuzzy ?? false}`;
    if (seen.has(key) || !clause.term) return;
    seen.add(key);
    clauses.push(clause);
  };
  const boosted = new Set((query.boostTerms ?? []).flatMap(wordsOf));
  const words = [...new Set([...query.terms.flatMap(wordsOf), ...boosted])];
  for (const word of words) {
    const weight = boosted.has(word) ? 3 : 1;
    const stem = stemWord(word);
    if (!stem) continue;
    add({ term: stem, fields: ALL_FIELDS, boost: 2 * weight, prefix: false });
    if (stem.length >= 4 && !/^\d+$/.test(stem)) add({ term: stem, fields: ALL_FIELDS, boost: 0.5 * weight, prefix: true });
    add({ term: stem, fields: ['parts'], boost: 1 * weight, prefix: false });
    if (stem.length >= 8) add({ term: stem, fields: ['title', 'headings', 'text'], boost: 0.3 * weight, prefix: false, fuzzy: true });
    for (const part of splitter.split(word)) {
      const partStem = stemWord(part);
      if (partStem.length >= 4) {
        add({ term: partStem, fields: ['text', 'parts'], boost: 0.4 * weight, prefix: false });
      }
    }
  }
  return clauses;
}

/** Passages about the asked year rank first; passages that state another year sink. */
function yearFactor(passage: Passage, year: number | undefined, period: number[] | undefined): number {
  if (!year) return 1;
  if (passage.year === year) return 1.6;
  if (passage.year !== undefined) return period?.includes(year) ? 0.9 : 0.45;
  return period?.includes(year) ? 1.2 : 0.8;
}
