import { describe, expect, it } from 'vitest';
import { containsPhrase, isCorrect, normalizeForScoring, parseQuestionSet, summarize, type EvalQuestion } from '../../src/answering/score.js';

function question(overrides: Partial<EvalQuestion> = {}): EvalQuestion {
  return { id: 'T1', lang: 'sv', question: 'Vem?', expect_all: [], expect_any: [], kind: 'who', ...overrides };
}

describe('containsPhrase (the evaluation rule)', () => {
  it.each([
    ['8 möten', '8', true],
    ['år 2018', '8', false],
    ['8,5 procent', '8', false],
    ['totalt 10 046 tkr', '10 046', true],
    ['10 046 tkr', '10046', false],
    ['42,2 mkr.', '42,2', true],
    ['slutet 8.', '8', true],
    ['Anders Byström', 'byström', true],
    ['kl. 13.55', '13:55', false],
  ])('"%s" contains "%s": %s', (text, phrase, expected) => {
    expect(containsPhrase(normalizeForScoring(text), phrase)).toBe(expected);
  });

  it('treats non-breaking, narrow and line-separator spaces as spaces', () => {
    expect(containsPhrase(normalizeForScoring('10\u00a0046 tkr och 2\u202f248\u2028tkr'), '2 248')).toBe(true);
  });
});

describe('isCorrect', () => {
  it('needs every expect_all phrase and one expect_any phrase in the first 600 characters', () => {
    const q = question({ expect_all: ['Byström'], expect_any: ['ordförande', 'chair'] });
    expect(isCorrect(q, { answered: true, answer: 'Anders Byström var ordförande.' })).toBe(true);
    expect(isCorrect(q, { answered: true, answer: 'Anders Byström.' })).toBe(false);
    expect(isCorrect(q, { answered: true, answer: `${'x'.repeat(600)} Anders Byström var ordförande.` })).toBe(false);
  });

  it('fails a positive question that is not answered, whatever the text says', () => {
    expect(isCorrect(question({ expect_all: ['Byström'] }), { answered: false, answer: 'Byström' })).toBe(false);
  });

  it('passes a negative question only when it is not answered', () => {
    const negative = question({ kind: 'negative' });
    expect(isCorrect(negative, { answered: false, answer: '' })).toBe(true);
    expect(isCorrect(negative, { answered: true, answer: 'något' })).toBe(false);
  });
});

describe('summarize and parseQuestionSet', () => {
  it('tallies overall, per kind and per language', () => {
    const summary = summarize([
      { question: question({ kind: 'who', lang: 'sv' }), correct: true },
      { question: question({ kind: 'who', lang: 'en' }), correct: false },
      { question: question({ kind: 'negative', lang: 'en' }), correct: true },
    ]);
    expect(summary.overall).toEqual({ correct: 2, total: 3 });
    expect(summary.byKind.who).toEqual({ correct: 1, total: 2 });
    expect(summary.byLanguage.en).toEqual({ correct: 1, total: 2 });
  });

  it('names the file and line of a malformed question', () => {
    expect(() => parseQuestionSet('{"id": "X"}\n', 'set.jsonl')).toThrow(/set\.jsonl:1: .*question/);
    expect(() => parseQuestionSet('not json', 'set.jsonl')).toThrow(/set\.jsonl:1: not valid JSON/);
  });
});
