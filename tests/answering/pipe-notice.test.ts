/**
 * A notice whose agenda is a pipe table with wrapped rows, and the day's minutes titled "SAMMANTRÄDESPROTOKOLL"
 * (tests/answering/fixtures/pipe-notice, written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/pipe-notice');

describe('a pipe table whose rows wrap onto lines with empty cells', () => {
  it('reads each row whole: title, presenter with title, time', () => {
    expect(shown('vem föredrar punkt 5 på idrottsrådet 12/3 2033?')).toMatch(/^Punkt 5 [^\n]*Spontanidrott – från pilot till länsgemensam tjänst[^\n]*Anders Grahn \(fritidschef Åre kommun\)[^\n]*10[.:]40/);
  });
});

describe('the minutes of the day titled "SAMMANTRÄDESPROTOKOLL"', () => {
  it('tell what was decided under an item', () => {
    const answer = shown('what was decided under item 4 at idrottsrådet on 12 March 2033');
    expect(answer).toMatch(/^Item 4 [^\n]*§ 14/);
    expect(answer).toContain('150 000 kr till Ragunda');
  });
});

describe('a decision the minutes put under its own "Beslut" after the vote', () => {
  it('is told from "Beslut", not from the vote\'s "finner att rådet beslutar …"', () => {
    const answer = shown('item 5 idrottsrådet 12/3 2033 - what budget did they actually decide?');
    expect(answer.split('\n')[1]).toContain('400 000 kr per år');
    expect(answer).not.toContain('reserverar');
  });

  it('is told for a paragraph of the minutes asked by its number', () => {
    const answer = shown('what was decided under § 15 at idrottsrådet on 12 March 2033?');
    expect(answer.split('\n')[0]).toContain('§ 15 Spontanidrott');
    expect(answer.split('\n')[1]).toContain('400 000 kr per år');
  });
});
