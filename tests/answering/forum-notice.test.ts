/**
 * A forum's notice called "KALLELSE" / "till Forumets fjärde möte 2033", its agenda one cell per line
 * (tests/answering/fixtures/forum-notice, written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/forum-notice');

describe('an item asked by its matter at "forumets möte"', () => {
  it('is the item whose title names the matter, "forumets" naming the body Kulturforum, not a word of another item', () => {
    const answer = shown('vilken punkt handlar om Bräcke på forumets möte 7/11 2033, och vem har den');
    expect(answer.split('\n')[0]).toMatch(/^Punkt 2 .*Katarina Olofsson/);
  });
});

describe('the first item of a meeting page', () => {
  it('is its first agenda item, not the chair\'s opening line', () => {
    expect(shown('vad är första punkten på kulturforums möte 19/11 2033').split('\n')[0]).toMatch(/^Punkt \d+ på .*”Val av justerare”/);
  });
});

describe('a notice whose headings stand one per line, "Beslut/" wrapped over "information"', () => {
  it('is read row by row, and "trafikrådet" names Kollektivtrafikrådet, not an item about traffic', () => {
    expect(shown('när börjar ärendet om kompletteringstrafik i härjedalen på trafikrådet 12/3 2033').split('\n')[0]).toMatch(/^Punkt 4 .*11[:.]50/);
  });
});
