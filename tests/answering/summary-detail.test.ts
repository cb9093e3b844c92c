/** A report's summary line on a subject, and its detail further on in the report (fixtures/summary-detail). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/summary-detail');

describe('what a subject the summary names achieved', () => {
  it('goes on from the summary\'s line with the detail section\'s sentence and the ones after it', () => {
    const answer = shown('vad har läsombudscentrumet vid Östersunds bibliotek åstadkommit under 2033?').slice(0, 600);
    expect(answer).toContain('öppnade den 4 oktober 2033');
    expect(answer).toContain('212 boenden');
  });
});
