/**
 * Plans (tests/answering/fixtures/action-plan): one whose table of actions the PDF dump flattened one cell per line
 * ("Nr / Åtgärd / Ansvarig / Klart senast / 1.1 / …"), each numbered row read as one unit under its column headings;
 * one that lists each action with its fields below it ("Åtgärd 1.2 …" / "Ansvarig: …" / "Klart senast: …").
 */
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/answering/units.js';
import { answersFrom } from '../helpers/fixture-answers.js';
import { passage } from '../helpers/passage.js';

const { shown } = answersFrom('tests/answering/fixtures/action-plan');

describe('a table of numbered rows flattened into the text', () => {
  it('becomes one unit per row under its column headings, also when the rows run over paragraphs', () => {
    const units = splitUnits(passage('Mål 1. Fler laddare\nNr Åtgärd Ansvarig Klart senast 1.1 Kartlägga vita fläckar Energikontoret 2027-06-30 1.2 Ansöka om Klimatklivet för tolv snabbladdare\nBergs kommun 2027-10-15 1.3 Upphandla laddstolpar Krokoms kommun 2028-03-31'));
    expect(units.map((u) => u.text)).toEqual([
      'Mål 1. Fler laddare',
      'Nr Åtgärd Ansvarig Klart senast — 1.1 Kartlägga vita fläckar Energikontoret 2027-06-30',
      'Nr Åtgärd Ansvarig Klart senast — 1.2 Ansöka om Klimatklivet för tolv snabbladdare Bergs kommun 2027-10-15',
      'Nr Åtgärd Ansvarig Klart senast — 1.3 Upphandla laddstolpar Krokoms kommun 2028-03-31',
    ]);
  });

  it('starts no row at a number inside a cell that does not follow the last row ("tolv" written "12")', () => {
    const units = splitUnits(passage('Nr Åtgärd Ansvarig 1 Ansöka för 12 Snabbladdare Bergs kommun 2 Upphandla laddstolpar Krokoms kommun'));
    expect(units.map((u) => u.text)).toEqual([
      'Nr Åtgärd Ansvarig — 1 Ansöka för 12 Snabbladdare Bergs kommun',
      'Nr Åtgärd Ansvarig — 2 Upphandla laddstolpar Krokoms kommun',
    ]);
  });

  it('answers who is responsible for an action, and by when, from its own row', () => {
    const first = shown('Vem ansvarar för informationskampanjen för besöksnäringen i laddplanen?').split('\n')[0];
    expect(first).toContain('Jämtland Härjedalen Turism');
    expect(first).toContain('2028-12-31');
    expect(first).not.toContain('Krokoms kommun');
  });
});

describe('an action with its fields on the lines below it ("Ansvarig: …", "Klart senast: …")', () => {
  it('is one unit with them', () => {
    const units = splitUnits(passage('Åtgärd 1.1 Gemensam råvarukatalog.\nAnsvarig: Enheten för landsbygd.\nKlart senast: 2027-09-30.\nÅtgärd 1.2 Mobila slakterier.\nAnsvarig: Bergs kommun.'));
    expect(units.map((u) => u.text)).toEqual([
      'Åtgärd 1.1 Gemensam råvarukatalog. Ansvarig: Enheten för landsbygd. Klart senast: 2027-09-30.',
      'Åtgärd 1.2 Mobila slakterier. Ansvarig: Bergs kommun.',
    ]);
  });

  it('answers who is responsible and by when from that unit', () => {
    const first = shown('Vem ansvarar för åtgärd 1.2 om mobila slakterier, och när ska den vara klar?').split('\n')[0];
    expect(first).toContain('Bergs kommun och Härjedalens kommun');
    expect(first).toContain('2028-06-30');
  });
});
