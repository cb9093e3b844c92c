/**
 * Per-question matching table: which tokens of the candidate passages carry which question stems,
 * and how strongly. Built once per question over the tokens that can occur, so scoring a unit is
 * a few map lookups instead of comparing every stem with every token.
 */
import { vocabularyFrom, type AnswerIndex } from './answer-index.js';
import type { WeightedConcept } from './evidence.js';
import { matchToken } from './text.js';

/**
 * Every token of a knowledge base's vocabulary that a stem matches, with strength, remembered across
 * questions: officials' questions reuse the same few hundred stems, and a question's matching table is
 * then built from these lists instead of testing each token of its candidate passages against each stem.
 * Tokens are numbered by their place in the sorted vocabulary, so the token lists of passages and
 * units, which recur from question to question, are looked up as numbers.
 */
export class VocabularyMatches {
  private readonly byStem = new Map<string, ReadonlyArray<readonly [number, number]>>();
  private readonly idsOfList = new WeakMap<readonly string[], Int32Array>();
  private ids?: Map<string, number>;

  constructor(private readonly vocabulary: readonly string[]) {}

  private tokenIds(): Map<string, number> {
    this.ids ??= new Map(this.vocabulary.map((token, id) => [token, id]));
    return this.ids;
  }

  /** The tokens' numbers, -1 for a token outside the vocabulary; kept for lists that are kept. */
  idsOf(tokens: readonly string[]): Int32Array {
    let ids = this.idsOfList.get(tokens);
    if (!ids) {
      const known = this.tokenIds();
      ids = Int32Array.from(tokens, (token) => known.get(token) ?? -1);
      this.idsOfList.set(tokens, ids);
    }
    return ids;
  }

  /** [token number, strength] of every vocabulary token the stem matches. */
  of(stem: string): ReadonlyArray<readonly [number, number]> {
    let matches = this.byStem.get(stem);
    if (!matches) {
      matches = this.find(stem);
      if (this.byStem.size >= 20_000) this.byStem.clear();
      this.byStem.set(stem, matches);
    }
    return matches;
  }

  /** The tokens matchToken can accept: those the stem begins, the stem less its last letter, a Latin plural, and for a long stem any token holding it. */
  private find(stem: string): Array<readonly [number, number]> {
    const vocabulary = this.vocabulary;
    const known = this.tokenIds();
    const candidates = new Set<number>();
    const lo = vocabularyFrom(vocabulary, stem);
    for (let id = lo; id < vocabulary.length && vocabulary[id].startsWith(stem); id += 1) candidates.add(id);
    const shorter = known.get(stem.slice(0, -1));
    if (shorter !== undefined) candidates.add(shorter);
    // "lärcentrum" → "lärcentra", "lärcentran" (as matchToken accepts them: stems of seven letters or more).
    if (stem.length >= 7 && stem.endsWith('um')) for (const plural of [`${stem.slice(0, -2)}a`, `${stem.slice(0, -2)}an`]) {
      const id = known.get(plural);
      if (id !== undefined) candidates.add(id);
    }
    if (stem.length >= 5) vocabulary.forEach((token, id) => token.includes(stem) && candidates.add(id));
    const out: Array<readonly [number, number]> = [];
    for (const id of candidates) {
      const strength = matchToken(stem, vocabulary[id]);
      if (strength > 0) out.push([id, strength]);
    }
    return out;
  }
}

const vocabularyMatches = new WeakMap<AnswerIndex, VocabularyMatches>();

export function vocabularyMatchesOf(index: AnswerIndex): VocabularyMatches {
  let matches = vocabularyMatches.get(index);
  if (!matches) {
    matches = new VocabularyMatches(index.vocabulary);
    vocabularyMatches.set(index, matches);
  }
  return matches;
}

export class QuestionMatcher {
  private readonly stems: string[] = [];
  private readonly stemIndex = new Map<string, number>();
  /** Per concept, per form: the indexes of its stems and the form weight. */
  private readonly forms: Array<Array<{ stems: number[]; weight: number }>>;
  /** Hits of tokens outside the vocabulary (question words, record fields), found on first sight. */
  private readonly tokenHits = new Map<string, Array<[number, number]> | null>();
  /** Hits of vocabulary tokens by number; a number not here matches no stem. */
  private readonly hitsById = new Map<number, Array<[number, number]>>();

  /** With the knowledge base's vocabulary, the table is filled up front from each stem's known matches. */
  constructor(weighted: readonly WeightedConcept[], private readonly vocabulary?: VocabularyMatches) {
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
    if (vocabulary) {
      this.stems.forEach((stem, i) => {
        for (const [id, strength] of vocabulary.of(stem)) {
          const hits = this.hitsById.get(id);
          if (hits) hits.push([i, strength]);
          else this.hitsById.set(id, [[i, strength]]);
        }
      });
    }
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
    const ids = this.vocabulary?.idsOf(tokens);
    for (let k = 0; k < tokens.length; k += 1) {
      const id = ids ? ids[k] : -1;
      const hits = id >= 0 ? this.hitsById.get(id) : this.hitsOf(tokens[k]);
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
