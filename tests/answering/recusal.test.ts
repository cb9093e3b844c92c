/** A § chaired by the vice chair because the chair was disqualified (fixtures/recusal). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/recusal');

describe('the chair of one § and why the meeting\'s chair was not', () => {
  it('names who chaired the § and gives the reason from the sentence before', () => {
    const text = shown("who chaired the röjningstjänster award at Skogsrådet on 2026-05-20, and why wasn't it Eva Holm?");
    expect(text.split('\n')[0]).toContain('Per Ek');
    expect(text).toContain('anmäler jäv');
  });
});
