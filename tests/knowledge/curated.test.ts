import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/index.js';
import { corpusKnowledgeBase } from './knowledge-base.js';

const root = mkdtempSync(path.join(tmpdir(), 'kb-curated-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function seedsWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(root, 'seeds-'));
  mkdirSync(path.join(dir, 'questionnaires'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

const corpus = path.join(root, 'corpus');
cpSync('corpus/002_0f4709c04ad04a08.txt', path.join(corpus, '002_0f4709c04ad04a08.txt'));

describe('curated records from the real seeds', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await corpusKnowledgeBase();
  });

  it('loads without problems and keeps the questionnaire under its curated id', () => {
    expect(kb.problems).toEqual([]);
    const questionnaire = kb.records.questionnaires.find((q) => q.id === 'uppfoljning-samverkan-2015');
    expect(questionnaire?.source).toMatchObject({ file: '002_0f4709c04ad04a08.txt', lines: [225, 299] });
    expect(questionnaire?.parts[0].questions[0].options[0]).toEqual({ id: 'ingen-detaljerad-plan', label: 'Har inte haft någon detaljerad plan' });
  });

  it('joins curated organ names with the abbreviations found in the text, citing both', () => {
    const pkr = kb.records.organs.find((o) => o.id === 'pkr')!;
    expect(pkr.name).toBe('Primärkommunala samverkansrådet');
    expect(pkr.aliases).toContain('Primärkommunala rådet');
    expect(pkr.sources.some((s) => s.documentId === '001_6b89cdf688d1bcaf.txt#6')).toBe(true);
    const group = kb.records.organs.find((o) => o.id === 'kommunchefsgruppen')!;
    expect(group.aliases).toEqual(expect.arrayContaining(['kommuncheferna', 'kommunchefsnätverk']));
    expect(group.sources[0]).toMatchObject({ file: '001_6b89cdf688d1bcaf.txt', lines: [584, 600], title: expect.stringMatching(/^Verksamhetsberättelse 2021/) });
    expect(kb.records.organs.find((o) => o.id === 'rsr')).toMatchObject({ memberCount: 11, abbreviations: ['RSR'] });
  });

  it('lists people with titles, units and contact details from letterheads and signatures', () => {
    const byName = new Map(kb.records.people.map((p) => [p.name, p]));
    expect(byName.get('Elin Nirjens')).toMatchObject({ units: ['Regional utveckling'], phone: '063-14 65 35', email: 'elin.nirjens@regionjh.se' });
    expect(byName.get('James Winoy')).toMatchObject({ units: ['Staben för regional utveckling', 'Verksamhetsstöd'], email: 'james.winoy@regionjamtland.se' });
    expect(byName.get('Anna Halvarsson')?.titles).toEqual(['Tf Regional utvecklingsdirektör']);
    expect(byName.get('Anna Halvarsson')?.sources[0]).toMatchObject({ file: '001_6b89cdf688d1bcaf.txt', lines: [1181, 1182] });
  });
});

describe('curated records that disagree with the text or are malformed', () => {
  it('reports a questionnaire whose wording differs from the document, and keeps the text wording', async () => {
    const seed = JSON.parse(readFileSync('seeds/questionnaires/uppfoljning-samverkan-2015.json', 'utf8'));
    seed.parts[0].questions[1].text = 'Är ni nöjda?';
    const seeds = seedsWith({});
    writeFileSync(path.join(seeds, 'questionnaires', 'uppfoljning-samverkan-2015.json'), JSON.stringify(seed));
    const kb = await buildKnowledgeBase({ corpusDirs: [corpus], seedsDir: seeds });
    expect(kb.problems).toEqual([
      {
        file: 'seeds/questionnaires/uppfoljning-samverkan-2015.json',
        reason: 'conflict with 002_0f4709c04ad04a08.txt: question 2 text "Är ni nöjda?" vs "I vilken utsträckning är ni nöjda med resultatet av det gångna året?"',
      },
    ]);
    const [questionnaire] = kb.records.questionnaires;
    expect(questionnaire.id).toBe('uppfoljning-samverkan-2015');
    expect(questionnaire.parts[0].questions[1].text).toBe('I vilken utsträckning är ni nöjda med resultatet av det gångna året?');
  });

  it('reports invalid seed files by name and reason and still builds', async () => {
    const seeds = seedsWith({
      'organs.json': [{ id: 'Ogiltigt ID', name: 'X', sources: [] }],
      'people.json': '{ inte json',
    });
    writeFileSync(path.join(seeds, 'questionnaires', 'tom.json'), JSON.stringify({ id: 'tom', title: 'Tom', bodies: [], parts: [] }));
    const kb = await buildKnowledgeBase({ corpusDirs: [corpus], seedsDir: seeds });
    const reasons = kb.problems.map((p) => `${path.basename(p.file)}: ${p.reason}`);
    expect(reasons).toEqual([
      expect.stringMatching(/^organs\.json: invalid curated records: 0\.id: ids are lower-case slugs; 0\.sources: a curated organ must cite/),
      expect.stringMatching(/^people\.json: not valid JSON/),
      expect.stringMatching(/^tom\.json: invalid questionnaire: parts/),
    ]);
    expect(kb.records.meetings).toHaveLength(1);
  });

  it("reports a curated organ whose member count contradicts the text, and keeps the text's count", async () => {
    const plan = path.join(root, 'plan');
    cpSync('corpus/000_ca8af31cdbf7e82d.txt', path.join(plan, '000_ca8af31cdbf7e82d.txt'));
    const seeds = seedsWith({
      'organs.json': [{ id: 'rsr', name: 'Regionens samverkansråd', abbreviations: ['RSR'], memberCount: 13, sources: [{ file: '000_ca8af31cdbf7e82d.txt', lines: [34, 36] }] }],
    });
    const kb = await buildKnowledgeBase({ corpusDirs: [plan], seedsDir: seeds });
    expect(kb.problems.map((p) => p.reason)).toEqual([expect.stringMatching(/^conflict for rsr: curated memberCount 13, text says 11 \(000_ca8af31cdbf7e82d\.txt:\d+-36\)$/)]);
    const rsr = kb.records.organs.find((o) => o.id === 'rsr')!;
    expect(rsr.memberCount).toBe(11);
    expect(rsr.composition).toBe('elva ledamöter med representation från samtliga kommuner och regionen');
  });
});
