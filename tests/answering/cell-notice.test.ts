/**
 * A notice whose agenda is a table flattened to one cell per line, number first, written for these tests
 * (tests/answering/fixtures/cell-notice): decision papers noted under a row without a gap before the next, the time
 * column run onto the presenter's line, a page break between rows and a proposal noted under its row.
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/cell-notice');

describe('a one-cell-per-line agenda with notes under its rows', () => {
  it('reads the row that follows a note\'s closing sentence without a gap', () => {
    expect(shown('Who presents item 4 at idrottsrådet on 18 March 2025?')).toMatch(/^Item 4 [^\n]*Anläggningsinventering[^\n]*Simon Eklöf/);
  });

  it('takes a time run onto the presenter\'s line as the row\'s time', () => {
    expect(shown('När börjar punkt 6 på idrottsrådet 18/3 2025?')).toMatch(/^Punkt 6 [^\n]*11[.:]35/);
    expect(shown('vem föredrar punkt 5 på idrottsrådet den 18 mars 2025?')).toMatch(/^Punkt 5 [^\n]*Maria Fjällström[^\n]*Ola Dahlberg \(Skidstadion AB\)/);
  });

  it('ends a row at its time, before the next page\'s head', () => {
    const item = shown('Who presents item 6 at idrottsrådet on 18 March 2025?');
    expect(item).toMatch(/^Item 6 [^\n]*Karin Sundin/);
    expect(item).not.toMatch(/KALLELSE|Sida 2/);
  });

  it('keeps a description that opens right after the row\'s time', () => {
    expect(shown('vad föreslås under punkt 7 på idrottsrådet 18 mars 2025?')).toMatch(/^Punkt 7 [^\n]*”Jämställd idrott – handlingsplan 2025–2027” [\s\S]*andelen flickor/);
  });

  it('answers what the notice proposes from the item the proposal is noted under', () => {
    expect(shown('Vilka sammanträdesdatum föreslogs i kallelsen till idrottsrådet den 18 mars 2025?')).toMatch(/^Punkt 8 [^\n]*”Sammanträdesplan 2025–2026” [\s\S]*10 juni, 16 september och 2 december 2025/);
    // ("… i kallelsen till rådsmötet": the words naming the notice and the meeting name no item.)
    expect(shown('Vilka sammanträdesdatum föreslogs i kallelsen till rådsmötet den 18 mars 2025?')).toMatch(/^Punkt 8 [^\n]*”Sammanträdesplan 2025–2026”/);
  });
});
