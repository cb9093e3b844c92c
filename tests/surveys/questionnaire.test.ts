import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadQuestionnaires, parseQuestionnaire } from '../../src/surveys/index.js';
import { SEEDS_DIR, seedQuestionnaire } from './builders.js';

const CORPUS_FILE = path.resolve(import.meta.dirname, '../../corpus/002_0f4709c04ad04a08.txt');

/** Reads the paper questionnaire straight from the text dump (lines 225-299), independent of the seed. */
function questionnaireFromText() {
  const lines = readFileSync(CORPUS_FILE, 'utf8').split('\n').slice(224, 299).map((line) => line.trim());
  const parts: Array<{ title: string; questions: Array<{ id: string; text: string; options: string[]; followUp?: string }> }> = [];
  let question: { id: string; text: string; options: string[]; followUp?: string } | undefined;
  let openQuestion = false;
  for (const line of lines) {
    if (!line || /^…+\.?$/.test(line)) {
      openQuestion = false;
      continue;
    }
    const numbered = /^(\d)\. (.*)$/.exec(line);
    if (numbered) {
      question = { id: numbered[1]!, text: numbered[2]!, options: [] };
      parts.at(-1)!.questions.push(question);
      openQuestion = !line.endsWith('?') && numbered[1] !== '6';
    } else if (line.startsWith('☐ ')) {
      question!.options.push(line.slice(2));
    } else if (line.startsWith('Varför?')) {
      question!.followUp = 'Varför?';
    } else if (openQuestion) {
      question!.text += ` ${line}`;
      openQuestion = !line.endsWith('?');
    } else if (line === 'Samverkansorganets verksamhet' || line === 'Regionens tjänstemannastöd') {
      parts.push({ title: line, questions: [] });
    }
  }
  return parts;
}

describe('the 2015 follow-up questionnaire seed', () => {
  it('matches the paper questionnaire in the corpus: parts, questions, options in order and follow-ups', () => {
    const seed = seedQuestionnaire();
    const fromText = questionnaireFromText();
    expect(fromText).toHaveLength(2);
    expect(
      seed.parts.map((part) => ({
        title: part.title,
        questions: part.questions.map((q) => ({ id: q.id, text: q.text, options: q.options.map((o) => o.label), ...(q.followUp ? { followUp: q.followUp } : {}) })),
      })),
    ).toEqual(fromText);
  });

  it('carries the title, diary number, date and the six samverkansorgan named in the follow-up PM', () => {
    const seed = seedQuestionnaire();
    expect(seed.title).toBe('Frågor för uppföljning av samverkan mellan Region Jämtland Härjedalen och länets kommuner');
    expect(seed.dnr).toBe('RUN/206/2015');
    expect(seed.date).toBe('2015-09-02');
    const text = readFileSync(CORPUS_FILE, 'utf8').replace(/\s+/g, ' ');
    const sentence = /Berörda samverkansorgan är (.*?)\. /.exec(text)![1]!;
    const named = sentence.split(/, | samt /).map((name) => name.replace(/\(.*\)/, '').trim());
    expect(seed.bodies).toEqual(named);
    expect(seed.bodies).toEqual(['FoU-rådet', 'Lärcentrasamverkan', 'SocSam', 'BUZ', 'IFO-chefer', 'förvaltningschefer']);
  });

  it('asks the choice questions as required and question 6 as optional free text', () => {
    const questions = seedQuestionnaire().parts.flatMap((part) => part.questions);
    expect(questions.map((q) => [q.id, q.kind, q.required])).toEqual([
      ['1', 'choice', true],
      ['2', 'choice', true],
      ['3', 'choice', true],
      ['4', 'choice', true],
      ['5', 'choice', true],
      ['6', 'text', false],
    ]);
  });
});

describe('loadQuestionnaires', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  function dirWith(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'questionnaires-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  }
  const seedText = readFileSync(path.join(SEEDS_DIR, 'questionnaires/uppfoljning-samverkan-2015.json'), 'utf8');

  it('reports a broken file by name and keeps loading the others', () => {
    const dir = dirWith({ 'a.json': seedText, 'b.json': '{ not json', 'c.json': JSON.stringify({ id: 'x', title: 'X', bodies: [], parts: [] }) });
    const { catalog, problems } = loadQuestionnaires(dir);
    expect(catalog.all().map((q) => q.id)).toEqual(['uppfoljning-samverkan-2015']);
    expect(problems.map((p) => path.basename(p.file))).toEqual(['b.json', 'c.json']);
    expect(problems[0]!.reason).toMatch(/not valid JSON/);
    expect(problems[1]!.reason).toMatch(/parts/);
  });

  it('refuses a second file with the same questionnaire id', () => {
    const { catalog, problems } = loadQuestionnaires(dirWith({ 'a.json': seedText, 'b.json': seedText }));
    expect(catalog.all()).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/already used/);
  });

  it('treats a missing folder as no questionnaires', () => {
    const { catalog, problems } = loadQuestionnaires(path.join(tmpdir(), 'no-such-questionnaires-dir'));
    expect(catalog.all()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('rejects duplicate option ids, a choice question without options and unknown fields', () => {
    const base = JSON.parse(seedText);
    const duplicateOption = structuredClone(base);
    duplicateOption.parts[0].questions[1].options[1].id = 'nojd';
    expect(parseQuestionnaire(duplicateOption)).toMatchObject({ ok: false, reason: expect.stringMatching(/"nojd" appears twice/) });
    const noOptions = structuredClone(base);
    noOptions.parts[0].questions[0].options = [];
    expect(parseQuestionnaire(noOptions)).toMatchObject({ ok: false, reason: expect.stringMatching(/at least two options/) });
    expect(parseQuestionnaire({ ...base, colour: 'red' })).toMatchObject({ ok: false });
  });
});
