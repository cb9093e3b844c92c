/**
 * "Vad är skillnaden mellan X och Y": what the documents say each term is, side by side
 * (tests/answering/fixtures/difference, a plan written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/difference');

describe('a question asking how two terms differ', () => {
  it('gives what each term is, from under its own heading, the sentences where they differ first', () => {
    const answer = shown('Vad är skillnaden mellan hemtjänst och hemsjukvård enligt planen?');
    expect(answer).toMatch(/hemtjänst: [^\n]*kräver ett biståndsbeslut/);
    expect(answer).toMatch(/hemsjukvård: [^\n]*kräver inget biståndsbeslut/);
  });

  it('gives each from a sentence saying what it is ("X är …"), in English too', () => {
    const answer = shown("what's the difference between Styrgruppen and Arbetsgruppen?");
    expect(answer).toMatch(/Styrgruppen: [^\n]*politiskt samråd/);
    expect(answer).toMatch(/Arbetsgruppen: [^\n]*nätverk av enhetschefer/);
  });
});
