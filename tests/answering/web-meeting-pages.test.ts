/**
 * Agenda questions about web meeting pages the answering code has never been tuned on
 * (tests/knowledge/fixtures/web-meetings), next to the real corpus.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answering/index.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/index.js';

const pages = path.resolve('tests/knowledge/fixtures/web-meetings');
const now = new Date('2023-06-01T10:00:00Z');

let kb: KnowledgeBase;
beforeAll(async () => {
  ({ kb } = await loadKnowledgeBase({
    corpusDirs: [path.resolve('corpus'), pages],
    seedsDir: path.resolve('seeds'),
    dataDir: path.join(tmpdir(), 'rjh-bot-test-knowledge-web-pages'),
  }));
});

const ask = (question: string) => answerQuestion(kb, question, { now });

describe('chair of a meeting page', () => {
  it('names the chair of the "…, ordförande, välkomnar" bullet (Swedish)', () => {
    const answer = ask('Vem var ordförande på Folkhälsorådet 2023-03-15?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Anna-Karin Berglund var ordförande på Folkhälsorådet 2023-03-15\./);
  });

  it('names the chair of an "Ordförande:" line (English)', () => {
    const answer = ask('Who chaired Trafikberedningen on 22 November 2021?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Mikael Öberg chaired Trafikberedningen 2021-11-22\./);
    expect(answer.citations[0].quote).toContain('Ordförande: Mikael Öberg');
  });
});

describe('presenters of an item named by its subject', () => {
  it('finds an untitled item by words of its body and leads with its presenters, not a "Punkten föredras av" title', () => {
    const answer = ask('Vilka föredrog punkten om suicidprevention på Folkhälsorådet 15 mars 2023?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Punkt 5 på Folkhälsorådet 2023-03-15 föredrogs av Maja Lindqvist\./);
  });

  it('does not take the item whose bullets merely list the subject', () => {
    const answer = ask('Who presented the folkhälsoenkät at Folkhälsorådet on 15 March 2023?');
    expect(answer.text).toContain('Henrik Sundqvist');
    expect(answer.text).toContain('Lena Åkerlund');
    expect(answer.text).not.toMatch(/^Item 3/);
  });

  it('reads "Färdtjänsten redovisas av …" as the item and its presenter', () => {
    const answer = ask('Vem redovisade färdtjänsten på Trafikberedningen 2021-11-22?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Ulla Bergström');
  });
});

describe('a page naming presenters by "Föredragande:" and by an opening sentence', () => {
  it('answers the chair, not the vice chair', () => {
    const answer = ask('Vem var ordförande på hälso- och sjukvårdsnämnden 2024-09-10?');
    expect(answer.text).toMatch(/^Karin Westberg var ordförande/);
    expect(answer.text.slice(0, answer.text.indexOf('\n'))).not.toContain('Per Ekström');
  });

  it('names the presenter of a titled item from its "Föredragande:" line', () => {
    const answer = ask('Who presented the monthly report (månadsrapport) at Hälso- och sjukvårdsnämnden on 10 September 2024?');
    expect(answer.text).toMatch(/^Item 2 at Hälso- och sjukvårdsnämnden 2024-09-10 is "Månadsrapport augusti", presented by Sofia Lindgren\./);
  });

  it('names both presenters of an untitled item found by its subject', () => {
    const answer = ask('Vilka presenterade besparingarna inom ortopedin på hälso- och sjukvårdsnämnden 2024-09-10?');
    expect(answer.text).toMatch(/^Punkt 3 på Hälso- och sjukvårdsnämnden 2024-09-10 föredrogs av Sofia Lindgren och Olof Strand\./);
  });
});

describe('agenda, times and breaks', () => {
  it('answers "vilka ärenden" with the bullets the agenda item lists', () => {
    const answer = ask('Vilka ärenden fanns på dagordningen för Trafikberedningen 2021-11-22?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('\n').slice(1)).toEqual(['- Trafikförsörjningsprogram', '- Vinterväghållning', '- Färdtjänst']);
  });

  it('lists the whole agenda with the break in its place', () => {
    const answer = ask('What was the agenda of Trafikberedningen on 2021-11-22?');
    const lines = answer.text.split('\n');
    expect(lines[0]).toBe('Agenda of Trafikberedningen 2021-11-22:');
    expect(lines.findIndex((l) => l.startsWith('- Fika 14:00–14:20'))).toBe(lines.findIndex((l) => l.startsWith('- 3.')) + 1);
  });

  it('answers "vilka ärenden" with the items when no item lists the agenda, not with another item\'s bullets', () => {
    const answer = ask('Vilka ärenden behandlades på hälso- och sjukvårdsnämnden 2024-09-10?');
    expect(answer.text).toMatch(/^Dagordning för Hälso- och sjukvårdsnämnden 2024-09-10:/);
    expect(answer.text).toContain('2. Månadsrapport augusti – Sofia Lindgren');
    expect(answer.text).toContain('4. Tillgänglighet i vården – Amir Haddad');
  });

  it('shows the matters an item lists inside a whole-agenda answer', () => {
    const answer = ask('Vad stod på dagordningen för Folkhälsorådet 2023-03-15?');
    expect(answer.text).toContain('Tobaksfri skoltid; Länets folkhälsoenkät 2022; Suicidprevention');
    expect(answer.text).toContain('Paus 10:15–10:30');
  });

  it('gives a timed item\'s start', () => {
    const answer = ask('When did the Trafikförsörjningsprogram item start at Trafikberedningen on 22 November 2021?');
    expect(answer.text).toMatch(/^Item 3 at Trafikberedningen 2021-11-22 is "Trafikförsörjningsprogram 2022–2025".*13:15/);
  });

  it('answers when the meeting started from the page\'s time line', () => {
    expect(ask('När började Folkhälsorådets möte 2023-03-15?').text).toMatch(/^Folkhälsorådet 2023-03-15 började kl\. 09:00 \(09:00–12:00\)\./);
    expect(ask('What time did the Trafikberedningen meeting on 22 November 2021 start?').text).toMatch(/^Trafikberedningen 2021-11-22 started at 13:00/);
  });

  it('answers when the meeting ended, when that is asked, citing the page', () => {
    expect(ask('Folkhälsorådet 2023-03-15 – what time does it finish according to the meeting page?').text).toMatch(/^Folkhälsorådet 2023-03-15 ended at 12:00 \(09:00–12:00\)\./);
  });

  it('gives the link to a meeting\'s page from its "Källa:" line', () => {
    expect(ask('länk till mötessidan för Folkhälsorådet 2023-03-15?').text).toMatch(/^Mötessidan för Folkhälsorådet 2023-03-15: https:\/\/forum\.regionjh\.se\/committees\/folkhalsoradet\/mote-2023-03-15/);
  });

  it('answers when the break was', () => {
    const answer = ask('När var pausen på Folkhälsorådet 2023-03-15?');
    expect(answer.text).toMatch(/^Pauser på Folkhälsorådet 2023-03-15: Paus 10:15–10:30\./);
  });

  it('gives the § of an item', () => {
    expect(ask('Vilken paragraf hade val av justerare på Folkhälsorådet 2023-03-15?').text).toContain('§ 8');
  });
});

describe('"I don\'t know" on a meeting page', () => {
  it('does not answer who was elected when the page names the item but nobody for it, nor borrow another meeting\'s page', () => {
    const answer = ask('Vem valdes till justerare på Folkhälsorådet 2023-03-15?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain('Val av justerare');
  });
});
