/**
 * A report with its survey's questions in an appendix (tests/answering/fixtures/survey): the questions
 * share the words of what officials ask, but only the report's own sentences answer.
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/survey');

describe('a survey question printed in a report', () => {
  it('is not the answer: the sentence that states the finding comes first', () => {
    const first = shown('Förstudien om fjällbär – hur långt transporteras bären i snitt?').split('\n')[0];
    expect(first).toContain('380 kilometer');
    expect(first).not.toContain('?');
  });
});
