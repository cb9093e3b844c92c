/**
 * An agenda item named for a document that the corpus also holds (tests/answering/fixtures/agenda-subjects):
 * asked about on the meeting's date, the document's name is the item to find, not only the document to read.
 */
import { describe, expect, it } from 'vitest';
import { answersFrom } from '../helpers/fixture-answers.js';

const { shown } = answersFrom('tests/answering/fixtures/agenda-subjects');

describe('who presents an item named for a document', () => {
  it('finds the item by the document\'s name, also as a Swedish compound in an English question ("the bredbandsplan")', () => {
    const text = shown('digital infrastruktur styrgruppen 25/11 – who presents the bredbandsplan 2028–2031 and at what time?');
    expect(text).toContain('Linnéa Fröjdh');
    expect(text).toContain('10:10');
  });

  it('finds it when the Swedish question names the plan as the document does', () => {
    expect(shown('Vem föredrar handlingsplanen för bredbandsutbyggnad på styrgruppen 25/11?')).toContain('Linnéa Fröjdh');
  });
});

describe('a break asked of a meeting named by its month ("när är fikat på styrgruppens möte i november")', () => {
  it('is answered from that meeting\'s agenda', () => {
    expect(shown('när är fikat på styrgruppens möte i november?')).toMatch(/10:35/);
  });

  it('names the item after it when the question asks what follows the break', () => {
    expect(shown('styrgruppens möte i november – när är fikat, och vilken punkt kommer efter fikat?')).toMatch(/Efter kaffe\/paus: punkt 4, ”Mötet avslutas”/);
  });
});

describe('an item whose note the page writes as a bullet of its own ("• § 21 / Val av justerare / • Till att justera … utses …")', () => {
  it('is answered from the note right after it', () => {
    expect(shown('vem var justerare på folkhälsorådet 28/5?')).toContain('Tomas Berglöf');
  });
});

describe('a question about what was said in a long item note', () => {
  it('brings the sentence after the one carrying its words, which holds the reply', () => {
    const text = shown('folkhälsorådet 28/5, punkten om folkhälsostrategin – en ledamot frågade vad som blir bättre i praktiken, vad blev svaret?');
    expect(text).toContain('kortare och tydligare');
  });
});

describe('a two-part question asking the chair and another item\'s person ("who chaired …, and who was justerare?")', () => {
  it('names the chair the page\'s opening line names ("… och rådets ordförande"), though no chair role was recorded', () => {
    const text = shown('who chaired folkhälsorådet 28/5, and who was justerare?');
    expect(text).toContain('Maria Nordlund chaired');
    expect(text).toContain('Tomas Berglöf');
  });
});

describe('who chairs a body whose page names its chair after a title ("Maria Nordlund, folkhälsostrateg … och rådets ordförande")', () => {
  it('is answered with that chair and the day of the page', () => {
    const text = shown('who chairs folkhälsorådet?');
    expect(text).toMatch(/^Maria Nordlund \(folkhälsostrateg vid Region Jämtland Härjedalen\) was chair of Folkhälsorådet on 2026-05-28\./);
  });
});
