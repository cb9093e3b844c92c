/**
 * A day's agenda asked for when the documents hold the papers of other days only (tests/answering/fixtures/agenda-day,
 * a notice written for these tests, dated the day it was sent and naming its meeting's day in its opening).
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined } = answersFrom('tests/answering/fixtures/agenda-day');

describe('the agenda of a meeting asked by its day', () => {
  it('is answered from a notice whose opening names that day, whatever day the notice is dated', () => {
    expect(shown('Vad står på dagordningen för Skoterledsrådet den 11 september?')).toMatch(/ledavgifter/);
  });

  it('is declined for a day no paper names, rather than answered from another meeting\'s agenda', () => {
    declined('Vad står på dagordningen för Skoterledsrådet den 18 september?');
    declined("What's on the agenda for Skoterledsrådet on 25 September?");
  });

  it('names the presenter of an item on the day the notice calls its meeting, and on no other day', () => {
    expect(shown('vem föredrar punkt 3 på Skoterledsrådets möte den 11 september?').split('\n')[0]).toMatch(/Per Ekholm/);
    declined('vem föredrar punkt 3 på rådets möte den 9 oktober?');
    declined('who presents item 3 at Skoterledsrådet on 9 October');
  });
});

describe('what was decided under an item the day\'s papers say was struck', () => {
  it('is that it was struck, not what the page\'s item of that number holds', () => {
    expect(shown('vad beslutades under punkt 4 på Skoterledsrådet den 13 november 2025?').split('\n')[0]).toMatch(/Punkt 4 utgick/);
  });
});
