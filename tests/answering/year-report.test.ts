/** What a network achieved in a year, asked where a meeting that year and the year's report both speak of it (fixtures/year-report). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/year-report');

describe('what a body achieved during a year', () => {
  it('is told from the year\'s own report, not from a meeting held during the year', () => {
    const answer = shown('What did the demensnätverket achieve during 2031?').slice(0, 600);
    expect(answer).toContain('Demensdagen');
    expect(answer).toContain('16 Stjärnmärkt-handledare');
  });
});

describe('what a party spent, asked "vad la X på …"', () => {
  it('is the amount spent ("lönekostnader … uppgick till"), not who pays for what', () => {
    expect(shown('vad la kommunerna på löner för demenssjuksköterskor 2031').split('\n')[0]).toContain('6,2 mkr');
  });
});
