/**
 * Builds a lunr.Index in one pass, with the same tokenizer, pipeline and BM25 scoring as
 * lunr.Builder (k1 = 1.2, b = 0.75, field boosts, scores rounded to 3 decimals), so the result
 * queries, serialises (toJSON) and loads (lunr.Index.load) exactly like a lunr-built index.
 *
 * Why not lunr.Builder: its add() re-runs the Swedish stemmer for every token and grows its
 * postings one property at a time; on the 100× benchmark corpus that alone took minutes. Here
 * each distinct token is stemmed once and postings are collected in Maps.
 *
 * One deliberate difference: lunr.Builder keeps tokens the trimmer empties ("–", "§") as the term
 * "" and counts them in a field's length; here they are dropped, so punctuation does not lengthen
 * a passage.
 */
import { lunr } from './swedish-words.js';

export interface FieldSpec {
  name: string;
  boost: number;
}

export interface IndexDocument {
  ref: string;
  fields: Record<string, string>;
}

const K1 = 1.2;
const B = 0.75;
const SEPARATOR = /[\s-]+/;

export function buildLunrIndex(
  fields: readonly FieldSpec[],
  documents: Iterable<IndexDocument>,
  indexPipeline: lunr.Pipeline,
  searchPipeline: lunr.Pipeline,
): lunr.Index {
  const termOf = cachedTerms(indexPipeline);
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  // postings[termId][fieldIndex] = refs that contain the term in that field
  const postings: string[][][] = [];
  const fieldTotals = new Array<number>(fields.length).fill(0);
  const fieldCounts = new Array<number>(fields.length).fill(0);
  // Per field of each document: its length and sorted (termId, frequency) pairs.
  const fieldEntries: { ref: string; field: number; length: number; pairs: Int32Array }[] = [];

  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
      postings.push(fields.map(() => []));
    }
    return id;
  };

  // Titles and headings repeat on every passage of a document: analyse each distinct text once.
  const analysed = new Map<string, { length: number; pairs: Int32Array }>();
  const analyse = (text: string) => {
    const cached = analysed.get(text);
    if (cached) return cached;
    const ids: number[] = [];
    for (const token of text.toLowerCase().split(SEPARATOR)) {
      if (!token) continue;
      const term = termOf(token);
      if (term !== undefined) ids.push(idOf(term));
    }
    const result = { length: ids.length, pairs: countSorted(ids) };
    if (text.length < 300) analysed.set(text, result);
    return result;
  };

  for (const document of documents) {
    for (let f = 0; f < fields.length; f++) {
      const { length, pairs } = analyse(document.fields[fields[f].name] ?? '');
      for (let k = 0; k < pairs.length; k += 2) postings[pairs[k]][f].push(document.ref);
      fieldTotals[f] += length;
      fieldCounts[f]++;
      fieldEntries.push({ ref: document.ref, field: f, length, pairs });
    }
  }

  const documentCount = fieldCounts[0] ?? 0;
  const averageLength = fieldTotals.map((total, f) => total / (fieldCounts[f] || 1));
  const idf = postings.map((byField) => {
    const withTerm = byField.reduce((sum, refs) => sum + refs.length, 0);
    return Math.log(1 + Math.abs((documentCount - withTerm + 0.5) / (withTerm + 0.5)));
  });

  // lunr numbers terms in order of first appearance, as here.
  const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
  terms.forEach((term, id) => {
    const posting: Record<string, unknown> = Object.create(null);
    posting._index = id;
    fields.forEach((field, f) => {
      const refs: Record<string, object> = Object.create(null);
      for (const ref of postings[id][f]) refs[ref] = Object.create(null);
      posting[field.name] = refs;
    });
    invertedIndex[term] = posting;
  });

  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  for (const entry of fieldEntries) {
    const field = fields[entry.field];
    const elements: number[] = new Array(entry.pairs.length);
    for (let k = 0; k < entry.pairs.length; k += 2) {
      const id = entry.pairs[k];
      const tf = entry.pairs[k + 1];
      const norm = K1 * (1 - B + B * (entry.length / averageLength[entry.field])) + tf;
      const score = ((idf[id] * ((K1 + 1) * tf)) / norm) * field.boost;
      elements[k] = id;
      elements[k + 1] = Math.round(score * 1000) / 1000;
    }
    fieldVectors[`${field.name}/${entry.ref}`] = new lunr.Vector(elements);
  }

  // @types/lunr misnames fieldVectors and declares the static TokenSet.fromArray as a method.
  const tokenSets = lunr.TokenSet as unknown as { fromArray(sorted: string[]): lunr.TokenSet };
  const attributes = {
    invertedIndex,
    fieldVectors,
    tokenSet: tokenSets.fromArray([...terms].sort()),
    fields: fields.map((f) => f.name),
    pipeline: searchPipeline,
  };
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}

/** Term ids → sorted (id, count) pairs, the shape of a lunr field vector. */
function countSorted(ids: number[]): Int32Array {
  if (!ids.length) return new Int32Array(0);
  const sorted = Int32Array.from(ids).sort();
  let distinct = 1;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  const pairs = new Int32Array(distinct * 2);
  let at = 0;
  pairs[0] = sorted[0];
  pairs[1] = 1;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) pairs[at + 1]++;
    else {
      at += 2;
      pairs[at] = sorted[i];
      pairs[at + 1] = 1;
    }
  }
  return pairs;
}

/** The index pipeline's output for one raw token, computed once per distinct token. */
function cachedTerms(pipeline: lunr.Pipeline): (token: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (token: string) => {
    if (cache.has(token)) return cache.get(token);
    const output = pipeline.run([new lunr.Token(token, {})]);
    const term = output.length ? output[0].toString() || undefined : undefined;
    cache.set(token, term);
    return term;
  };
}
