/**
 * The passage index in flat arrays: per field and term, the passages that hold the term and
 * their BM25 weights, computed exactly as lunr.Builder does (same tokenizer and Swedish pipeline,
 * k1 = 1.2, b = 0.75, field boosts, weights rounded to 3 decimals). `toLunrIndex` turns it into a
 * real lunr.Index (query, toJSON, lunr.Index.load all work; tests compare it with lunr.Builder's).
 *
 * Why not keep a lunr.Index: on the 100× corpus its object-per-posting layout took most of the
 * ingest time, ~200 MB of JSON and ~15 s to load. Typed arrays build in one pass, save as a few
 * base64 strings and load in well under a second.
 *
 * One deliberate difference from lunr.Builder: tokens the trimmer empties ("–", "§") are dropped
 * instead of indexed as the term "" and counted in a field's length.
 */
import { lunr } from './swedish-words.js';

export interface FieldSpec {
  name: string;
  boost: number;
}

export interface FieldPostings {
  /** Postings of term t are docs[offsets[t] .. offsets[t + 1]), in document order. */
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
}

export interface CompactIndex {
  fields: FieldSpec[];
  /** Terms by id; ids follow first appearance, as lunr numbers them. */
  terms: string[];
  /** Documents are 0 … docCount - 1 (passage positions). */
  docCount: number;
  postings: FieldPostings[];
}

const K1 = 1.2;
const B = 0.75;
const SEPARATOR = /[\s-]+/;

/** Builds the index over documents given in order; document i is ref i. */
export function buildCompactIndex(fields: readonly FieldSpec[], documents: readonly Record<string, string>[], indexPipeline: lunr.Pipeline): CompactIndex {
  const termOf = cachedTerms(indexPipeline);
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
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

  // entries[f][doc] = sorted (termId, frequency) pairs of that field.
  const entries = fields.map(() => new Array<Int32Array>(documents.length));
  const lengths = fields.map(() => new Int32Array(documents.length));
  documents.forEach((document, doc) => {
    fields.forEach((field, f) => {
      const { length, pairs } = analyse(document[field.name] ?? '');
      entries[f][doc] = pairs;
      lengths[f][doc] = length;
    });
  });

  const termCount = terms.length;
  const docCount = documents.length;
  const counts = fields.map((_, f) => {
    const count = new Int32Array(termCount);
    for (const pairs of entries[f]) for (let k = 0; k < pairs.length; k += 2) count[pairs[k]]++;
    return count;
  });
  const withTerm = new Int32Array(termCount);
  for (const count of counts) for (let t = 0; t < termCount; t++) withTerm[t] += count[t];
  const idf = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) idf[t] = Math.log(1 + Math.abs((docCount - withTerm[t] + 0.5) / (withTerm[t] + 0.5)));

  const postings = fields.map((field, f) => {
    const offsets = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + counts[f][t];
    const docs = new Int32Array(offsets[termCount]);
    const weights = new Float32Array(offsets[termCount]);
    const fill = offsets.slice(0, termCount);
    let total = 0;
    for (let doc = 0; doc < docCount; doc++) total += lengths[f][doc];
    const average = total / (docCount || 1);
    for (let doc = 0; doc < docCount; doc++) {
      const pairs = entries[f][doc];
      const norm = K1 * (1 - B + B * (lengths[f][doc] / average));
      for (let k = 0; k < pairs.length; k += 2) {
        const t = pairs[k];
        const tf = pairs[k + 1];
        const at = fill[t]++;
        docs[at] = doc;
        weights[at] = Math.round(((idf[t] * ((K1 + 1) * tf)) / (norm + tf)) * field.boost * 1000) / 1000;
      }
    }
    return { offsets, docs, weights };
  });
  return { fields: [...fields], terms, docCount, postings };
}

/** Term ids → sorted (id, count) pairs. */
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

/** The same index as a lunr.Index (refs are the document numbers as strings). */
export function toLunrIndex(index: CompactIndex, searchPipeline: lunr.Pipeline): lunr.Index {
  const { fields, terms, postings, docCount } = index;
  const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
  const vectors = fields.map(() => Array.from({ length: docCount }, () => [] as number[]));
  terms.forEach((term, t) => {
    const posting: Record<string, unknown> = Object.create(null);
    posting._index = t;
    fields.forEach((field, f) => {
      const refs: Record<string, object> = Object.create(null);
      const { offsets, docs, weights } = postings[f];
      for (let k = offsets[t]; k < offsets[t + 1]; k++) {
        refs[String(docs[k])] = Object.create(null);
        vectors[f][docs[k]].push(t, Math.round(weights[k] * 1000) / 1000);
      }
      posting[field.name] = refs;
    });
    invertedIndex[term] = posting;
  });
  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  fields.forEach((field, f) => vectors[f].forEach((elements, doc) => (fieldVectors[`${field.name}/${doc}`] = new lunr.Vector(elements))));
  // @types/lunr misnames fieldVectors and declares the static TokenSet.fromArray as a method.
  const tokenSets = lunr.TokenSet as unknown as { fromArray(sorted: string[]): lunr.TokenSet };
  const attributes = { invertedIndex, fieldVectors, tokenSet: tokenSets.fromArray([...terms].sort()), fields: fields.map((f) => f.name), pipeline: searchPipeline };
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}

export interface SerializedCompactIndex {
  fields: FieldSpec[];
  terms: string[];
  docCount: number;
  postings: { offsets: string; docs: string; weights: string }[];
}

export function serializeCompactIndex(index: CompactIndex): SerializedCompactIndex {
  const encode = (array: Int32Array | Float32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
  return {
    fields: index.fields,
    terms: index.terms,
    docCount: index.docCount,
    postings: index.postings.map((p) => ({ offsets: encode(p.offsets), docs: encode(p.docs), weights: encode(p.weights) })),
  };
}

export function deserializeCompactIndex(saved: SerializedCompactIndex): CompactIndex {
  const bytes = (text: string) => {
    const buffer = Buffer.from(text, 'base64');
    // Copy into a fresh, aligned ArrayBuffer: typed arrays need 4-byte alignment.
    return new Uint8Array(buffer).buffer;
  };
  return {
    fields: saved.fields,
    terms: saved.terms,
    docCount: saved.docCount,
    postings: saved.postings.map((p) => ({
      offsets: new Int32Array(bytes(p.offsets)),
      docs: new Int32Array(bytes(p.docs)),
      weights: new Float32Array(bytes(p.weights)),
    })),
  };
}
