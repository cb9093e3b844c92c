/**
 * Per-question matching table: which tokens of the candidate passages carry which question stems,
 * and how strongly. Built once per question over the tokens that can occur, so scoring a unit is
 * a few map lookups instead of comparing every stem with every token.
 */
import type { WeightedConcept } from './evidence.js';
import { matchToken } from './text.js';

export class QuestionMatcher {
  private readonly stems: string[] = [];
  private readonly stemIndex = new Map<string, number>();
  /** Per concept, per form: the indexes of its stems and the form weight. */
  private readonly forms: Array<Array<{ stems: number[]; weight: number }>>;
  private readonly tokenHits = new Map<string, Array<[number, number]> | null>();

  constructor(weighted: readonly WeightedConcept[]) {
    this.forms = weighted.map(({ concept }) =>
      concept.forms.map((form) => ({
        weight: form.weight,
        stems: form.stems.map((s) => {
          let i = this.stemIndex.get(s);
          if (i === undefined) {
            i = this.stems.length;
            this.stems.push(s);
            this.stemIndex.set(s, i);
          }
          return i;
        }),
      })),
    );
  }

  private hitsOf(token: string): Array<[number, number]> | null {
    let hits = this.tokenHits.get(token);
    if (hits === undefined) {
      hits = null;
      const first = token.charCodeAt(0);
      for (let i = 0; i < this.stems.length; i += 1) {
        const stem = this.stems[i];
        // matchToken needs the same first letter (equal, prefix, or one letter shorter) or, for a long stem, the stem inside the token.
        if (stem.charCodeAt(0) !== first && (stem.length < 5 || !token.includes(stem))) continue;
        const m = matchToken(stem, token);
        if (m > 0) (hits ??= []).push([i, m]);
      }
      this.tokenHits.set(token, hits);
    }
    return hits;
  }

  /** Best match strength of every stem within the tokens. */
  bestPerStem(tokens: readonly string[]): Float64Array {
    const best = new Float64Array(this.stems.length);
    for (const token of tokens) {
      const hits = this.hitsOf(token);
      if (!hits) continue;
      for (const [i, m] of hits) if (m > best[i]) best[i] = m;
    }
    return best;
  }

  /** Per concept: the best form's weakest stem, times the form weight. */
  conceptMatches(best: Float64Array): number[] {
    return this.forms.map((forms) => {
      let conceptBest = 0;
      for (const form of forms) {
        let weakest = 1;
        for (const i of form.stems) weakest = Math.min(weakest, best[i]);
        conceptBest = Math.max(conceptBest, weakest * form.weight);
      }
      return conceptBest;
    });
  }

  match(tokens: readonly string[]): number[] {
    return this.conceptMatches(this.bestPerStem(tokens));
  }
}
