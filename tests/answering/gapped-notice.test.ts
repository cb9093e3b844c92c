/** A notice whose table goes on in rows laid out on lines, one item said to have no presenter (fixtures/gapped-notice). */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined } = answersFrom('tests/answering/fixtures/gapped-notice');

describe('presenters of a notice\'s rows laid out on lines', () => {
  it('names the presenters of a row wrapped over lines', () => {
    expect(shown('vem föredrar punkt 4 på fiskerådets möte 2031-03-17?')).toMatch(/^Punkt 4 .*Maja Holm.*Olof Strand/);
  });

  it('answers that an item has no presenter when its note says so, quoting the note', () => {
    const text = shown('who presents item 5 at Regionala fiskerådet on 17 March 2031?');
    expect(text).toMatch(/^Item 5 .*no presenter named/);
    expect(text).toContain('Ingen föredragande är utsedd');
  });
});

describe('an item\'s presenter asked of a day no paper of the body is from', () => {
  it('is not answered from the notice of another day whose meeting plan lists it', () => {
    declined('Vem föredrar punkt 2 på fiskerådets möte den 15 september 2031?');
  });
});

describe('times in an agenda answer', () => {
  it('are written as the notice writes them', () => {
    const text = shown('vem föredrar punkt 4 på fiskerådets möte 2031-03-17 och när börjar den?');
    expect(text.split('\n')[0]).toContain('kl. 10.45');
  });
});

describe('a body asked by initials its compound name gives ("RSPR" for "Regionala skogs|politiska rådet")', () => {
  it('finds the meeting, and says where the break is when asked where', () => {
    const text = shown('RSPR meeting on 17 March 2031 – where is it held, and when and where is the fika?');
    expect(text).toMatch(/^Regionala skogspolitiska rådet 2031-03-17 was held at Sal Frösön/);
    expect(text.split('\n')[0]).toContain('Fika 14.00–14.15 (serveras i Frösöns pentry)');
  });
});
