/**
 * A council's notice with a letterhead, a presenter column of its own lines and papers listed under its items,
 * its minutes, and the web page of an earlier meeting (fixtures/council-notices).
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answering/understand.js';
import { answersFrom } from '../helpers/fixture-answers.js';

const { answered, shown, index } = answersFrom('tests/answering/fixtures/council-notices');

describe('a notice whose items list their papers', () => {
  it('answers about the items after one whose papers name a minutes extract', () => {
    const text = shown('Who presents the laddinfrastruktur item at Energirådet on 11 March 2031, and when?');
    expect(text).toContain('Anders Nyberg');
    expect(text).toContain('09:50');
  });

  it('names a presenter whose name and title stand on lines of their own', () => {
    expect(shown('Vem föredrar solcellskartläggningen på Energirådet 2031-03-11?')).toContain('Maria Holm');
  });
});

describe('the room and the breaks asked together', () => {
  it('gives the place and the break of the meeting', () => {
    const text = shown('When is the coffee break at Energirådet on 11 March 2031, and which room is the meeting in?');
    expect(text).toContain('sal Oviken');
    expect(text).toContain('10:30');
    expect(text).not.toContain('Östersund.,');
  });
});

describe('a meeting asked by month and year', () => {
  it('is not the web page of the council\'s meeting in another year', () => {
    const pageOf2030 = (question: string) => analyzeQuestion(index(), question).documentIds.some((id) => id.startsWith('energiradet-mote-2030'));
    expect(pageOf2030('Vem föredrog vätgas på energirådets möte i mars 2031?')).toBe(false);
    expect(pageOf2030('Vem föredrog vätgas på energirådets möte 2030?')).toBe(true);
  });
});

describe('a count of another noun', () => {
  it('does not answer how many of the asked noun there were', () => {
    expect(shown('hur många linjer har stadstrafiken i Östersund?')).toContain('11 linjer');
    expect(answered('hur många påstigande hade stadstrafiken i Östersund?').answered).toBe(false);
  });
});

describe('a pointer to another section', () => {
  it('is not the definition: the section it points to is', () => {
    expect(shown('vad betyder effekttariff?')).toContain('högsta effekt');
  });
});

describe('a plan\'s budget', () => {
  it('is its financial frame ("ekonomisk ram")', () => {
    expect(shown("what's the total budget of the energiplan 2031–2035?")).toContain('240 mnkr');
  });
});

describe('a compound opening with a one-letter part', () => {
  it('is found by its head ("e-laddstationsprojektet" → "e-laddstation"), and "totalt" by "totala"', () => {
    expect(shown('Vad kostade e-laddstationsprojektet totalt?')).toContain('3 400 tkr');
  });
});

describe('a plan named by its period', () => {
  it('answers for that period, from "Antagen av regionfullmäktige"', () => {
    expect(shown('När antogs energiplanen 2031–2035?')).toContain('2031-02-10');
  });

  it('declines another period of the same plan', () => {
    // 2033 lies inside 2031–2035, but the plan for 2033–2037 is another one.
    expect(answered('Hur stor ekonomisk ram har energiplanen för 2033–2037?').answered).toBe(false);
  });
});

describe('a figure without a year, in a section stating other years than the one asked', () => {
  it('is not the asked year\'s figure, though the plan covers that year', () => {
    expect(shown('Hur stor andel av länets solel kom från parken i Sveg?')).toContain('40 procent');
    expect(answered('Hur stor andel av länets solel kom från parken i Sveg 2033?').answered).toBe(false);
  });
});

describe('a figure without a year in an undated section that states other years', () => {
  it('answers without a year and declines a year the section does not state', () => {
    expect(shown('Hur stor andel av de publika laddpunkterna var snabbladdare?')).toContain('30 procent');
    expect(answered('Hur stor andel av de publika laddpunkterna var snabbladdare 2031?').answered).toBe(false);
  });
});

describe('a glossary entry', () => {
  it('defines the term it stands under by a noun phrase without the term ("Effektreserv" / "En reserv av …")', () => {
    expect(shown('vad menas med effektreserv?')).toMatch(/^[^\n]*En reserv av elproduktion/);
  });
});
