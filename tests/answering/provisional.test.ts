/** A year's figure stated in the year's report and, before it, as preliminary in a meeting's notes (fixtures/provisional). */
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answering/understand.js';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined, index } = answersFrom('tests/answering/fixtures/provisional');

describe('a figure asked for the whole year, in so many words', () => {
  it('is not a figure for part of it', () => {
    declined('hur många timmar bokades totalt i isbanorna under hela 2034');
    declined('how many hours were booked in the isbanor for the whole year 2034?');
  });
});

describe('a figure asked for a whole year', () => {
  it('is the one the report states, not the one given "so far" during the year', () => {
    expect(shown('Hur många unika elever hade länets skogsskolor under 2033?').split('\n')[0]).toContain('3 680');
  });

  it('is the final one a later report states beside the preliminary one in brackets', () => {
    expect(shown('Hur många deltagare hade skogsexkursionerna 2033?').split('\n')[0]).toContain('1 215');
  });

  it('is the final one when the question says "not the prel one", which names nothing to find', () => {
    const question = 'How many deltagare did skogsdagarna have in 2033? not the prel one';
    expect(analyzeQuestion(index(), question).concepts.map((c) => c.label.toLowerCase())).not.toContain('prel');
    expect(shown(question).split('\n')[0]).toContain('2 870');
  });

  it('is the one a later paper says it was revised to ("har reviderats från preliminärt 41 200 till 40 150")', () => {
    expect(shown('Hur många plantor planterades i skolskogarna 2033?').split('\n')[0]).toContain('40 150');
  });

  it('is the preliminary one when that is what is asked', () => {
    expect(shown('Hur många unika elever hade skogsskolorna enligt de preliminära uppgifterna hittills under 2033?').split('\n')[0]).toContain('3 650');
  });
});
