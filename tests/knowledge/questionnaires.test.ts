import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curatedQuestionnaireSchema, questionnaireDifferences } from '../../src/knowledge/curated.js';
import { extractQuestionnaires } from '../../src/knowledge/extract/questionnaires.js';
import { FILES, prepare, rawLinesOf } from './corpus.js';

const curated = curatedQuestionnaireSchema.parse(JSON.parse(readFileSync('seeds/questionnaires/uppfoljning-samverkan-2015.json', 'utf8')));

describe('extractQuestionnaires on the 2015 follow-up questionnaire', () => {
  const [questionnaire] = extractQuestionnaires(prepare(FILES.pack2015));

  it('reads title, diary number, date and the bodies listed in the follow-up PM', () => {
    expect(questionnaire).toMatchObject({
      title: 'Frågor för uppföljning av samverkan mellan Region Jämtland Härjedalen och länets kommuner',
      dnr: 'RUN/206/2015',
      date: '2015-09-02',
      bodies: ['FoU-rådet', 'Lärcentrasamverkan', 'SocSam', 'BUZ', 'IFO-chefer', 'förvaltningschefer'],
    });
    expect(questionnaire.source).toMatchObject({ file: FILES.pack2015, lines: [225, 299] });
  });

  it('reads both parts, the six questions and every option in order', () => {
    expect(questionnaire.parts.map((p) => [p.title, p.questions.map((q) => q.id)])).toEqual([
      ['Samverkansorganets verksamhet', ['1', '2']],
      ['Regionens tjänstemannastöd', ['3', '4', '5', '6']],
    ]);
    const [first, second] = questionnaire.parts[0].questions;
    expect(first).toMatchObject({ text: 'Har ni fullföljt årets planerade aktiviteter?', kind: 'choice', followUp: 'Varför?', required: true });
    expect(first.options.map((o) => o.label)).toEqual(['Har inte haft någon detaljerad plan', 'Ja', 'Till stor del', 'Till liten del', 'Inte hunnit med alls']);
    expect(second.options.map((o) => o.label)).toEqual(['Nöjd', 'I stort sett nöjd', 'Inte riktigt nöjd', 'Missnöjd']);
    const third = questionnaire.parts[1].questions[0];
    expect(third.text).toBe('Har de underlag som regionens tjänstemän tagit fram varit av tillräcklig kvalitet?');
    expect(questionnaire.parts[1].questions[3]).toMatchObject({ id: '6', text: 'Synpunkter för förbättringar', kind: 'text', options: [], required: false });
  });

  it('says exactly what the curated seed says', () => {
    expect(questionnaireDifferences(curated, questionnaire)).toEqual([]);
  });
});

describe('extractQuestionnaires on damaged input', () => {
  it('reports a changed option as a difference from the curated seed', () => {
    const raw = rawLinesOf(FILES.pack2015);
    raw[260] = '☐ Ganska nöjd';
    const [damaged] = extractQuestionnaires(prepare(FILES.pack2015, raw));
    expect(questionnaireDifferences(curated, damaged)).toEqual([
      'question 2 options [Nöjd, I stort sett nöjd, Inte riktigt nöjd, Missnöjd] vs [Ganska nöjd, I stort sett nöjd, Inte riktigt nöjd, Missnöjd]',
    ]);
  });

  it('reads a questionnaire whose tick boxes were lost as free-text questions, not as options of another question', () => {
    const raw = ['Enkät om mötesformer', '', '1. Hur fungerar mötena?', '', '2. Vad kan bli bättre?', '……………………'];
    const [questionnaire] = extractQuestionnaires(prepare('enkat.txt', raw));
    expect(questionnaire.parts[0].questions.map((q) => [q.id, q.kind, q.options.length])).toEqual([
      ['1', 'text', 0],
      ['2', 'text', 0],
    ]);
    expect(questionnaire.bodies).toEqual([]);
  });
});
