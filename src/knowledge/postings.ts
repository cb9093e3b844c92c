/**
 * Scores queries on the compact index the way lunr.Index.query scores them on the equivalent
 * lunr.Index: per field, the dot product of the query vector (summed clause boosts per term) with
 * the passage's BM25 weights, divided by the query vector's norm, summed over the fields where a
 * term matched. One multiply-add per matching posting; no per-match objects.
 */
import type { CompactIndex } from './compact-index.js';

export interface ScoreClause {
  term: string;
  fields: string[];
  boost: number;
}

export interface ScoredRef {
  /** Document number (passage position). */
  ref: number;
  score: number;
}

export interface Scorer {
  score(clauses: readonly ScoreClause[]): ScoredRef[];
}

export function createScorer(index: CompactIndex, termIds: ReadonlyMap<string, number>): Scorer {
  const scores = new Float64Array(index.docCount);
  return {
    score(clauses) {
      const touched: number[] = [];
      index.fields.forEach((field, f) => {
        const vector = new Map<number, number>();
        for (const clause of clauses) {
          if (!clause.fields.includes(field.name)) continue;
          const term = termIds.get(clause.term);
          if (term === undefined) continue;
          vector.set(term, (vector.get(term) ?? 0) + clause.boost);
        }
        if (!vector.size) return;
        let norm = 0;
        for (const boost of vector.values()) norm += boost * boost;
        norm = Math.sqrt(norm);
        const { offsets, docs, weights } = index.postings[f];
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
