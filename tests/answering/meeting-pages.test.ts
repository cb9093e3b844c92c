/**
 * Questions about the example web meeting pages (../shared/docs/examples); skipped when that folder is absent.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answering/index.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/index.js';

const examples = path.resolve('../shared/docs/examples');
const present = existsSync(examples);
const now = new Date('2022-06-10T10:00:00Z');

let kb: KnowledgeBase;
beforeAll(async () => {
  if (!present) return;
  ({ kb } = await loadKnowledgeBase({
    corpusDirs: [path.resolve('corpus'), examples],
    seedsDir: path.resolve('seeds'),
    dataDir: path.join(tmpdir(), 'rjh-bot-test-knowledge-examples'),
  }));
});

describe.skipIf(!present)('two-part questions on a meeting page', () => {
  it('"who chaired …, and who presented the X item?" names the chair and the item\'s presenters, each quoted', () => {
    const answer = answerQuestion(kb, 'Who chaired Regionens samverkansråd on 30 May 2022, and who presented the ANDT/S-strategi item?', { now });
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Elise Ryder Wikén chaired Regionens samverkansråd 2022-05-30\./);
    expect(answer.text).toContain('Göran Hallman');
    expect(answer.text).toContain('Catrin Skoglund');
    expect(answer.citations.map((c) => c.quote).join(' ')).toContain('Elise Ryder Wikén (M), ordförande');
  });

  it('two parts asking no kind of fact after a setting ("RSR 30 maj -22, ANDT/S: vad har X visat, och vilket problem …") each get their sentence', () => {
    const answer = answerQuestion(kb, 'RSR 30 maj -22, ANDT/S: vad har avloppsmätningarna visat, och vilket problem med rektorerna togs upp?', { now });
    expect(answer.answered).toBe(true);
    expect(answer.text.slice(0, 600)).toContain('påvisat droger');
    expect(answer.text.slice(0, 600)).toContain('inte alltid accepterar');
  });

  it('a one-part item question does not add the chair', () => {
    const answer = answerQuestion(kb, 'Who presented the ANDT/S-strategi item at Regionens samverkansråd on 30 May 2022?', { now });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Göran Hallman');
    expect(answer.text).not.toContain('chaired');
  });
});

describe.skipIf(!present)('items of the example pages named by their subject', () => {
  it('"vilka föredrog <subject>" without the word "punkten" names the presenters from the item\'s body', () => {
    const answer = answerQuestion(kb, 'Vilka föredrog ANDT/S-strategin på samverkansrådet 30/5 2022?', { now });
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Punkt \d+ på Regionens samverkansråd 2022-05-30 föredrogs av Göran Hallman \(Region JH\) och Catrin Skoglund \(Länsstyrelsen\)\./);
  });

  it('"vilka informationsärenden" lists the bullets under "Fastställande av föredragningslistan"', () => {
    const answer = answerQuestion(kb, 'vilka informationsärenden togs upp på regionstyrelsen 2022-05-04?', { now });
    expect(answer.answered).toBe(true);
    for (const matter of ['Säkerhetsläget och flyktingmottagning', 'Lägesbild vaccinationer', 'Lägesrapport nödvatten', 'Arbetstidsavtal']) expect(answer.text).toContain(matter);
  });

  it('says it does not know who was elected justerare when the page does not say', () => {
    const answer = answerQuestion(kb, 'Vem valdes till justerare på Regionens samverkansråd 2022-05-30?', { now });
    expect(answer.answered).toBe(false);
  });
});

describe.skipIf(!present)('a party asked of a role on a meeting page', () => {
  it('"vilket parti tillhör ordföranden" is answered by the party written by the chair\'s name', () => {
    const answer = answerQuestion(kb, 'RSR 30 maj 2022 – vilket parti tillhör ordföranden?', { now });
    expect(answer.answered).toBe(true);
    expect(answer.text.slice(0, 600)).toContain('Elise Ryder Wikén (M), ordförande');
    // The bare "§ 41" after the sentence starts the next item: it is not quoted as part of the answer.
    expect(answer.text).not.toContain('§ 41');
  });
});
