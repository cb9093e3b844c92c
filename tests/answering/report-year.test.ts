/**
 * An annual report that follows up a longer strategy (tests/answering/fixtures/report-year, written for these tests):
 * its yearless figures are the report's year's, not those of every year the strategy covers.
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined } = answersFrom('tests/answering/fixtures/report-year');

describe('a figure the annual report states for "the year"', () => {
  it('answers for the report\'s own year', () => {
    expect(shown('Hur stor var ramen för arrangörsstödet 2031?').slice(0, 600)).toContain('5 200 tkr');
  });

  it('is not the figure for a later year of the strategy it follows up', () => {
    declined('Hur stor är ramen för arrangörsstödet 2034?');
    declined('How large is the ram for arrangörsstödet in 2034?');
  });
});
