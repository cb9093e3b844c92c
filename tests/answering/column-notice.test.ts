/**
 * A notice whose agenda columns the dump kept apart with spaces, numbered first and with the time headed "Kl."
 * (tests/answering/fixtures/column-notice, written for these tests): a rule under the headings, the headings printed
 * again after a page break, and breaks framed by dashes between the rows; and a presenter column headed "Föredragande / kl.".
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/column-notice');

describe('a number-first agenda table whose time column is headed "Kl."', () => {
  it('reads each row\'s time, presenter and title, also after the page break', () => {
    expect(shown('När börjar punkt 4 på Vattenrådet den 8 oktober 2025?')).toMatch(/^Punkt 4 [^\n]*Åtgärdsprogram[^\n]*10[.:]00/);
    expect(shown('Who presents item 6 at VRI on 8 October 2025?')).toMatch(/^Item 6 [^\n]*Olle Westin/);
  });

  it('reads a break framed by dashes as a break, not as part of the title above it', () => {
    expect(shown('VRI 8 okt 2025 – när är kaffepausen?')).toMatch(/10[.:]40/);
    expect(shown('What is item 5 at VRI on 8 October 2025?')).not.toMatch(/Lunch/);
  });
});

describe('a column agenda whose presenter heading is stacked under the matter\'s ("Ärende" over "Föredragande")', () => {
  it('reads the title, then the presenter on the line under it, then the note on the item', () => {
    const item4 = shown('Who presents item 4 at Kartrådet on 5 November 2025?');
    expect(item4).toMatch(/^Item 4 at [^\n]*"Ortofoto 2026 – beställning", presented by Erik Blom/);
    expect(shown('Vad är punkt 3 på Kartrådet den 5 november 2025?')).toMatch(/^Punkt 3 [^\n]*”Föregående protokoll \(2025-09-10\)”/);
  });

  it('joins a presenter\'s name broken after its first word', () => {
    expect(shown('Who presents item 5 at Kartrådet on 5 November 2025?')).toMatch(/^Item 5 at [^\n]*"Adressregister – kvalitetsgranskning", presented by Karin Sjöberg/);
  });
});

describe('a long agenda asked whole', () => {
  it('names its matters in the first sentence, the opening and closing rows left out', () => {
    const lead = shown("What's on the agenda for Kartrådet on 5 November 2025?").split('\n')[0];
    expect(lead).toMatch(/has 9 items; the matters are 4\. Ortofoto 2026 – beställning; 5\. Adressregister – kvalitetsgranskning; 6\. .*; 7\. Höjddata/);
    expect(lead).not.toMatch(/Val av justerare|Övriga frågor/);
  });
});

describe('an item asked by its subject as one word, on a meeting named by its month written short', () => {
  it('finds "ortofotoärendet på novmötet", the only meeting that month, and gives the diary number asked for', () => {
    const answer = shown('dnr för ortofotoärendet på novmötet + vem föredrar');
    expect(answer).toMatch(/^Punkt 4 [^\n]*Ortofoto 2026[^\n]*Erik Blom/);
    expect(answer).toContain('RUN/88/2025');
  });
});

describe('a presenter column headed "Föredragande / kl.", each row\'s start after or under the name', () => {
  it('reads the start apart from the presenter, and the diary number under the title apart from it', () => {
    expect(shown('När börjar punkt 6 på Brukarrådet för hörselfrågor den 11 mars 2025, och vem föredrar den?')).toMatch(/^Punkt 6 [^\n]*Hörapparatsavgift[^\n]*Ingrid Wall[^\n]*14[.:]45/);
    expect(shown('dnr för hörselplan-ärendet på brukarrådets möte 2025-03-11?')).toMatch(/RS\/2211\/2024/);
  });

  it('reads a break set off by tildes as a break', () => {
    expect(shown('Brukarrådet för hörselfrågor 11/3 2025 – när är kaffet?')).toMatch(/14[.:]30/);
    expect(shown('Vad är punkt 5 på Brukarrådet för hörselfrågor den 11 mars 2025?')).not.toMatch(/Kaffe/);
  });
});

describe('a table whose "Dnr" heading stands under "Ärende", with a break set off by dashes across the columns', () => {
  it('reads the rows under the two heading lines, their presenters and times', () => {
    expect(shown('vem föredrar punkt 5 på Gemensamma nämnden för familjehemsvård den 6 februari 2026?')).toMatch(/^Punkt 5 [^\n]*BUP-konsultation[^\n]*Lotta Grahn[^\n]*10[.:]35/);
  });

  it('reads the dashed line as the break, not as part of the item above it', () => {
    expect(shown('när är pausen på Gemensamma nämnden för familjehemsvård den 6 februari 2026?')).toMatch(/10[.:]20/);
    expect(shown('vem föredrar punkt 4 på Gemensamma nämnden för familjehemsvård den 6 februari 2026?').split('\n')[0]).not.toMatch(/PAUS|- -/);
  });
});
