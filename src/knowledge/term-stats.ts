/** What the query builder needs to know about the indexed terms: frequency, longer forms, typo forms. */
import type { CompactIndex } from './compact-index.js';

export interface TermStats {
  documentCount: number;
  /** Number of passages holding the term in any field (counted per field, as lunr's idf does). */
  documentFrequency(term: string): number;
  /** Indexed terms that start with the stem (not the stem itself), shortest first. */
  withPrefix(stem: string, limit: number): string[];
  /** Indexed terms one edit (insertion, deletion, substitution, transposition) away from the stem. */
  oneEditAway(stem: string, limit: number): string[];
}

export function createTermStats(index: CompactIndex, termIds: ReadonlyMap<string, number>): TermStats {
  const sorted = [...index.terms].sort();
  let alphabet: string[] | undefined;
  return {
    documentCount: index.docCount,
    documentFrequency(term) {
      const t = termIds.get(term);
      if (t === undefined) return 0;
      let count = 0;
      for (const { offsets } of index.postings) count += offsets[t + 1] - offsets[t];
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
      alphabet ??= lettersOf(index.terms);
      const found = new Set<string>();
      const consider = (candidate: string) => {
        if (candidate !== stem && termIds.has(candidate)) found.add(candidate);
      };
      for (let i = 0; i <= stem.length; i++) {
        const head = stem.slice(0, i);
        const tail = stem.slice(i);
        if (i < stem.length) consider(head + tail.slice(1));
        if (i + 1 < stem.length) consider(head + tail[1] + tail[0] + tail.slice(2));
        for (const letter of alphabet) {
          consider(head + letter + tail);
          if (i < stem.length) consider(head + letter + tail.slice(1));
        }
        if (found.size >= limit) break;
      }
      return [...found].slice(0, limit);
    },
  };
}

function lettersOf(terms: readonly string[]): string[] {
  const letters = new Set<string>();
  for (const term of terms) for (const char of term) letters.add(char);
  return [...letters];
}

function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
