/**
 * A notice and the minutes of the same meeting (tests/answering/fixtures/item-papers, written for these tests): the
 * notice's agenda runs over a page break whose head repeats the letterhead and the spaced-out title, its items are
 * described with a proposal further on, and the minutes record each item under its title.
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/item-papers');

describe('an agenda continued on the next page', () => {
  it('reads the rows after a page head that repeats the letterhead and the title', () => {
    expect(shown('who presents item 7 at seniorrådet on 15 March 2033?')).toMatch(/^Item 7 [^\n]*Seniorträffen 2033[^\n]*Eva Rönn/);
  });
});

describe('the first matter after the formalities', () => {
  it('is the first item that is no opening, check of minutes or the like', () => {
    expect(shown("what's the first real item after the formalities at seniorrådet on 15 March 2033, and who presents it?")).toMatch(/^Item 5 [^\n]*Hemtjänst i glesbygd[^\n]*Anders Lök/);
  });
});

describe('an item asked about by its matter', () => {
  it('is an agenda item when the question names the meeting ("när börjar ärendet om … på seniorrådets möte")', () => {
    expect(shown('när börjar ärendet om seniorträffen på seniorrådets möte i mars 2033?')).toMatch(/^Punkt 7 [^\n]*13:00/);
  });

  it('is the item of the one body that met that month, when the question names no body', () => {
    expect(shown('när börjar ärendet om seniorträffen på mötet i mars 2033?')).toMatch(/^Punkt 7 [^\n]*13:00/);
  });

  it('is an agenda item when its start is asked ("när börjar ärendet om … på seniorrådet i mars")', () => {
    expect(shown('när börjar ärendet om seniorträffen på seniorrådet i mars 2033')).toMatch(/^Punkt 7 [^\n]*13:00/);
  });
});

describe('what an item proposes and what was decided', () => {
  it('gives the proposal from the notice\'s description of the item', () => {
    const answer = shown('vad är förslaget till beslut under punkt 6 på seniorrådet 15 mars 2033');
    expect(answer).toMatch(/^Punkt 6 /);
    expect(answer).toContain('Rådet lämnar yttrande över remissen');
  });

  it('gives the decision from the same day\'s minutes, under the paragraph headed by the item\'s title', () => {
    const answer = shown('vad beslutades under punkt 7 på seniorrådet 15 mars 2033?');
    expect(answer).toMatch(/^Punkt 7 [^\n]*§ 7 Seniorträffen 2033/);
    expect(answer).toContain('6 oktober 2033 i Hammarstrand');
    expect(shown('vad blev beslutet under punkt 7 på seniorrådet 15 mars 2033?')).toMatch(/^Punkt 7 [^\n]*§ 7 Seniorträffen 2033/);
  });

  it('gives the decision under the paragraph\'s own "Beslut" heading', () => {
    const answer = shown('vad beslutade seniorrådet under punkt 6 på mötet 15 mars 2033?');
    expect(answer).toMatch(/^Punkt 6 [^\n]*§ 6/);
    expect(answer).toContain('kommunernas hemsjukvård ska ingå i planen');
    expect(answer).not.toMatch(/^- Beslut$/m);
  });
});

describe('a closing remark on who was absent', () => {
  it('is no word to find: "who chaired …? Torp wasn\'t there right" asks who chaired', () => {
    expect(shown('who chaired seniorrådet on 15 March 2033? Torp wasn\'t there right')).toMatch(/^Eva Rönn/);
    expect(shown('vem ledde seniorrådets möte 15/3 2033? ordf var ju borta')).toMatch(/^Eva Rönn/);
  });

  it('also as a question of its own: "… wasn\'t Torp away that day", "ordföranden var väl borta?"', () => {
    expect(shown('who actually chaired seniorrådet on 15 March 2033? wasn\'t Karl Torp away that day')).toMatch(/^Eva Rönn/);
    expect(shown('vem ledde seniorrådets sammanträde 15/3 2033? ordföranden var väl borta?')).toMatch(/^Eva Rönn/);
  });
});

describe('who chairs a body whose chair was absent from its one meeting', () => {
  it('is the chair listed as absent, asked for no day; the vice chair who stood in, asked for that day', () => {
    const standing = shown('who chairs regionala seniorrådet?').split('\n')[0];
    expect(standing).toMatch(/^Karl Torp/);
    expect(standing).not.toContain('Eva Rönn');
    expect(shown('who chaired regionala seniorrådet on 15 March 2033?')).toMatch(/^Eva Rönn/);
  });
});
