/** A table of figures per year whose rows the dump ran together, cells one per line (fixtures/year-table). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined } = answersFrom('tests/answering/fixtures/year-table');

describe('a row of a table with a column per year', () => {
  it('is read under the year headings: one row\'s figure for the year asked', () => {
    const text = shown('How many visits did the skogscentral in Hammarstrand have in 2032?');
    expect(text.split('\n')[0]).toContain('Hammarstrand');
    expect(text).toContain('1 842');
  });

  it('answers in Swedish too, for a row named with its municipality in brackets', () => {
    expect(shown('Hur många besök hade skogscentralen Svenstavik 2031?')).toContain('655');
  });
});

describe('a measure\'s figures written "2031: 3,25  2032: 3,75"', () => {
  it('answers how many for a year', () => {
    expect(shown('Hur många årsarbetare hade skogscentralerna 2033?').split('\n')[0]).toContain('4,25');
  });
});

describe('a key-figure row whose cell for a year says the figure is missing ("uppgift saknas")', () => {
  it('gives no figure for that year, and the others as written', () => {
    declined('Hur många deltagare hade skogsdagarna 2031?');
    expect(shown('Hur många deltagare hade skogsdagarna 2032?')).toContain('1 410');
  });
});
