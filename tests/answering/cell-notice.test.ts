/**
 * A notice whose agenda is a table flattened to one cell per line, number first, written for these tests
 * (tests/answering/fixtures/cell-notice): decision papers noted under a row without a gap before the next, the time
 * column run onto the presenter's line, a page break between rows and a proposal noted under its row.
 */
import { describe, expect, it } from 'vitest';
import { scoreUnits, weighConcepts } from '../../src/answering/evidence.js';
import { QuestionMatcher } from '../../src/answering/matcher.js';
import { analyzeQuestion } from '../../src/answering/understand.js';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown, declined, index } = answersFrom('tests/answering/fixtures/cell-notice');

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
    expect(shown('who presents item 7 at idrottsrådet on 18 March 2025?')).toMatch(/^Item 7 [^\n]*presented by Hanna Berglund \(jämställdhetsstrateg\), starting/);
    expect(shown('vad föreslås under punkt 7 på idrottsrådet 18 mars 2025?')).toMatch(/^Punkt 7 [^\n]*”Jämställd idrott – handlingsplan 2025–2027” [\s\S]*andelen flickor/);
  });

  it('reads the rows after a label over the table\'s next part ("INFORMATIONSÄRENDEN")', () => {
    expect(shown('vem föredrar punkt 10 på idrottsrådet den 18 mars 2025?')).toMatch(/^Punkt 10 [^\n]*Sammanträdet avslutas[^\n]*Lars Norberg/);
    expect(shown('vad tas upp under punkt 8 på idrottsrådet den 18 mars 2025?')).not.toMatch(/INFORMATIONSÄRENDEN/);
  });

  it('answers what the notice proposes from the item the proposal is noted under', () => {
    expect(shown('Vilka sammanträdesdatum föreslogs i kallelsen till idrottsrådet den 18 mars 2025?')).toMatch(/^Punkt 8 [^\n]*”Sammanträdesplan 2025–2026” [\s\S]*10 juni, 16 september och 2 december 2025/);
    // ("… i kallelsen till rådsmötet": the words naming the notice and the meeting name no item.)
    expect(shown('Vilka sammanträdesdatum föreslogs i kallelsen till rådsmötet den 18 mars 2025?')).toMatch(/^Punkt 8 [^\n]*”Sammanträdesplan 2025–2026”/);
  });
});

describe('a notice whose table goes from one cell per line to columns', () => {
  it('finds the first row under a label over the table\'s first part ("ÖPPEN DEL"), its diary number no part of its title', () => {
    expect(shown('What is item 2 at lönenämnden on 12 June 2025?')).toMatch(/^Item 2 [^\n]*"Föregående protokoll 2025-03-20", presented by Ordföranden/);
  });

  it('reads the rows after the label of the table\'s closed part ("SLUTEN DEL (sekretess)")', () => {
    expect(shown('vad tas upp under punkt 8 på lönenämnden den 12 juni 2025?')).toMatch(/^Punkt 8 [^\n]*”Personalärende: rehabiliteringsärende vid lönecentret” och föredras av Personalchef/);
  });

  it('reads rows in columns after a break, their time in the last column', () => {
    expect(shown('vem föredrar punkt 5 på servicenämnden 15 maj 2025 och när?')).toMatch(/^Punkt 5 [^\n]*Mats Holm[^\n]*10[.:]15/);
    // (An empty diary number, "–", is no presenter; a title's second line, indented under its column, is the title's.)
    // (A row with no time keeps its last column, the presenter.)
    expect(shown('what is item 7 at servicenämnden on 15 May 2025?')).toMatch(/^Item 7 [^\n]*"Övriga frågor", presented by Ordföranden\./);
    expect(shown('what is item 8 at servicenämnden on 15 May 2025?')).toMatch(/^Item 8 [^\n]*"Personalärende: omplacering inom servicecentret", presented by Personalchef,/);
  });
});

describe('breaks and presenters the notices write in cells and under labels', () => {
  it('reads a break whose time stands in the time column over its name', () => {
    expect(shown('when is the coffee break at idrottsrådet on 18 March 2025?')).toMatch(/^Breaks at [^\n]*Paus 10[.:]40–10[.:]55/);
    // (… also right under a row's last cell, with no gap before it.)
    expect(shown('when is the coffee break at lönenämnden on 12 June 2025?')).toMatch(/^Breaks at [^\n]*Kaffepaus 10[.:]00–10[.:]15/);
  });

  it('keeps an abbreviation\'s hyphen in a compound broken over two lines ("IT-" / "samordnare")', () => {
    expect(shown('who presents item 3 at lönenämnden on 12 June 2025?')).toMatch(/presented by Tove Lind \(IT-samordnare\)/);
  });
});

describe('an agenda whose rows give the kind as a letter in brackets and the presenters under "Ansvarig:"', () => {
  it('leaves the bracketed kind out of the title and reads it as the kind', () => {
    expect(shown('what is item 1 at rådet för e-förvaltning on 10 April 2025?')).toMatch(/^Item 1 [^\n]*"Välkommen och presentation av nya ledamöter", presented by Tomas Lind \(Region Jämtland Härjedalen\), starting at 09[.:]30 \(for information/);
  });

  it('reads one presenter per line opening with a name, and ends the names where a line names no one', () => {
    expect(shown('who presents item 2 at rådet för e-förvaltning on 10 April 2025?')).toMatch(/presented by Lisa Holm \(digitaliseringsstrateg\) and Anders Falk \(IT-arkitekt\), starting/);
    // ("Bräcke", wrapped from a sub-item under the names, is no presenter.)
    expect(shown('who presents item 3 at rådet för e-förvaltning on 10 April 2025?')).toMatch(/presented by Maria Nyberg \(informationssäkerhetssamordnare\), starting/);
  });

  it('reads a break framed by dots, its note in brackets', () => {
    expect(shown('när är lunchen på rådet för e-förvaltning den 10 april 2025?')).toMatch(/12[.:]00/);
  });

  it('ends the last item at the rule drawn under the table', () => {
    const closing = shown('what is item 5 at rådet för e-förvaltning on 10 April 2025?');
    expect(closing).toMatch(/presented by Tomas Lind, starting/);
    expect(closing).not.toMatch(/Ledamöter|Åslund/);
  });
});

describe('a meeting named by its month', () => {
  it('is the meeting of the one body that met that month, asked about an item by number', () => {
    expect(shown('vem föredrar punkt 5 på nämndsmötet i maj 2025?')).toMatch(/^Punkt 5 på Gemensamma servicenämnden i Jämtlands län 2025-05-15 [^\n]*Mats Holm/);
  });
});

describe('a paragraph asked by number', () => {
  it('is looked for in papers numbered by paragraph: a notice\'s row, numbered by item, counts for less', () => {
    const scoreOf = (question: string) => {
      const analysis = analyzeQuestion(index(), question);
      const weighted = weighConcepts(index(), analysis);
      const passage = index().kb.passages.find((p) => p.source.documentId.includes('kallelse-lonenamnden') && p.text.includes('Upphandling av lönesystem'))!;
      return scoreUnits(index(), analysis, weighted, [passage], new QuestionMatcher(weighted)).find((s) => s.unit.text.includes('Upphandling av lönesystem'))!.score;
    };
    expect(scoreOf('vem föredrar upphandling av lönesystem (§ 40) på lönenämnden 12 juni 2025?')).toBeLessThan(scoreOf('vem föredrar upphandling av lönesystem på lönenämnden 12 juni 2025?'));
  });
});

describe('a body named as the meeting\'s own ("Registratorsnätverket\'s meeting")', () => {
  it('is not answered from another body\'s agenda of that day that has an item about it', () => {
    declined("What's on the agenda for Registratorsnätverket's meeting on 10 April 2025?");
    expect(shown('Which item on 10 April 2025 has reports from Registratorsnätverket?')).toMatch(/^Item 4 /);
    expect(shown('Vad står på dagordningen för Rådet för e-förvaltnings möte den 10 april 2025?')).toContain('Informationsklassning');
  });
});

describe('a break written as a row of its own, its other cells a dash each ("–" / "Lunch" / "–" / "12.00–13.00" / "–")', () => {
  it('is a break between the rows, not cells of the row above', () => {
    expect(shown('När är lunchen på Fjällrådet den 10 september 2025?')).toMatch(/12[.:]00/);
    expect(shown('Who presents item 4 at Fjällrådet on 10 September 2025?')).toMatch(/^Item 4 [^\n]*Fjällräddningen[^\n]*Per Ström/);
    expect(shown('Vem föredrar punkt 6 på Fjällrådet 10/9 2025?')).toMatch(/^Punkt 6 [^\n]*Nils Kuhmunen/);
  });
});

describe('a one-cell-per-line agenda headed "Punkt / Ärende / Ansvarig / Start", its break named before its time', () => {
  it('reads the rows under the "Start" heading and the break after the row\'s own time', () => {
    expect(shown('Vem har punkt 3 på Ledsagarnätverket den 22 oktober 2025 och när börjar den?')).toMatch(/^Punkt 3 [^\n]*Sofia Ek[^\n]*14[.:]00/);
    expect(shown('When is the break at Ledsagarnätverket on 22 October 2025?')).toMatch(/14[.:]30/);
  });
});
