/**
 * Scores queries on a lunr index the way lunr.Index.query does, without its per-match objects.
 *
 * lunr's score for a document is, per field, the dot product of the query vector (clause boosts
 * per term) with the document's field vector (BM25 weights), divided by the query vector's norm,
 * summed over fields. The field vectors are turned once into flat posting arrays per field and
 * term, so a query costs one multiply-add per matching posting. On the 100× corpus, lunr.query
 * spent most of its time building Sets and MatchData for frequent terms.
 */
import type { lunr } from './swedish-words.js';

export interface ScoreClause {
  term: string;
  fields: string[];
  boost: number;
}

export interface ScoredRef {
  /** The index ref as a number (our refs are passage positions). */
  ref: number;
  score: number;
}

export interface Scorer {
  score(clauses: readonly ScoreClause[]): ScoredRef[];
}

interface FieldPostings {
  /** postings of term t are docs[offsets[t] .. offsets[t + 1]). */
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
}

export function createScorer(index: lunr.Index): Scorer {
  // @types/lunr leaves out these lunr.Index properties.
  const { invertedIndex, fieldVectors, fields } = index as unknown as {
    invertedIndex: Record<string, { _index: number }>;
    fieldVectors: Record<string, { elements: number[] }>;
    fields: string[];
  };
  let termCount = 0;
  for (const term in invertedIndex) termCount = Math.max(termCount, invertedIndex[term]._index + 1);
  let docCount = 0;
  const fieldIndex = new Map(fields.map((f, i) => [f, i]));
  const counts = fields.map(() => new Int32Array(termCount + 1));
  for (const key in fieldVectors) {
    const slash = key.indexOf('/');
    const f = fieldIndex.get(key.slice(0, slash))!;
    docCount = Math.max(docCount, Number(key.slice(slash + 1)) + 1);
    const elements = fieldVectors[key].elements;
    for (let k = 0; k < elements.length; k += 2) counts[f][elements[k]]++;
  }
  const postings: FieldPostings[] = counts.map((count) => {
    const offsets = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + count[t];
    return { offsets, docs: new Int32Array(offsets[termCount]), weights: new Float32Array(offsets[termCount]) };
  });
  const fill = fields.map((_, f) => postings[f].offsets.slice(0, termCount));
  for (const key in fieldVectors) {
    const slash = key.indexOf('/');
    const f = fieldIndex.get(key.slice(0, slash))!;
    const doc = Number(key.slice(slash + 1));
    const elements = fieldVectors[key].elements;
    for (let k = 0; k < elements.length; k += 2) {
      const at = fill[f][elements[k]]++;
      postings[f].docs[at] = doc;
      postings[f].weights[at] = elements[k + 1];
    }
  }
  const scores = new Float64Array(docCount);

  return {
    score(clauses) {
      const touched: number[] = [];
      fields.forEach((field, f) => {
        // The query vector for this field: summed clause boosts per indexed term.
        const vector = new Map<number, number>();
        for (const clause of clauses) {
          if (!clause.fields.includes(field)) continue;
          const posting = invertedIndex[clause.term];
          if (!posting) continue;
          vector.set(posting._index, (vector.get(posting._index) ?? 0) + clause.boost);
        }
        if (!vector.size) return;
        let norm = 0;
        for (const boost of vector.values()) norm += boost * boost;
        norm = Math.sqrt(norm);
        const { offsets, docs, weights } = postings[f];
        for (const [term, boost] of vector) {
          const factor = boost / norm;
          for (let k = offsets[term]; k < offsets[term + 1]; k++) {
            const doc = docs[k];
            if (scores[doc] === 0) touched.push(doc);
            scores[doc] += factor * weights[k];
          }
        }
      });
      const results: ScoredRef[] = [];
      for (const doc of touched) {
        if (scores[doc] > 0) results.push({ ref: doc, score: scores[doc] });
        scores[doc] = 0;
      }
      return results;
    },
  };
}
