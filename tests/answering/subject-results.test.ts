/** What a named part of a report's year achieved: its own section's results, not the summary's line on it (fixtures/subject-results). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/subject-results');

describe('what a named activity achieved', () => {
  it('is the list under "Resultat hösten 2033" in its own section "3.1 Bokbussen på väg"', () => {
    const answer = shown('What did Bokbussen på väg achieve in autumn 2033?');
    expect(answer.slice(0, 600)).toContain('412 barn och vuxna deltog');
    expect(answer.slice(0, 600)).toContain('56 sagostunder');
  });
});
