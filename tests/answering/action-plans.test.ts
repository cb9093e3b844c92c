/**
 * A plan whose table of actions the PDF dump flattened one cell per line (tests/answering/fixtures/action-plan):
 * "Nr / Åtgärd / Ansvarig / Klart senast / 1.1 / …". Each numbered row is read as one unit under its column headings.
 */
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/answering/units.js';
import type { Passage } from '../../src/knowledge/index.js';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/action-plan');

const passage = (text: string): Passage => ({ id: 'plan.txt#1:1', text, source: { file: 'plan.txt', documentId: 'plan', title: 'Plan', section: ['Åtgärder'], lines: [1, 20] } }) as unknown as Passage;

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
