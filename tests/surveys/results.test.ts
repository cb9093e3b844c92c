import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { answersToCsv, computeResults, submitAnswer, type SurveyContext, type SurveyRound } from '../../src/surveys/index.js';
import { fullAnswer, makePerson, makeRound, makeSurveys, seedQuestionnaire } from './builders.js';

const answerCtx = (surveys: SurveyContext) => ({ repo: surveys.repo, clock: surveys.clock, questionnaireOf: (round: SurveyRound) => surveys.catalog.find(round.questionnaireId) });

async function roundWithThreeAnswers(options: { anonymous?: boolean } = {}) {
  const surveys = makeSurveys();
  const round = await makeRound(surveys, { anonymous: options.anonymous ?? false, audience: { kind: 'members', members: [1, 2, 3, 4].map((n) => makePerson(n)) } });
  const ctx = answerCtx(surveys);
  await submitAnswer(ctx, { person: makePerson(1), conversationId: 'p' }, fullAnswer(round.id, { body: 'SocSam', choices: { '2': 'nojd' }, texts: { '1': 'Bra år.', '6': '' } }));
  await submitAnswer(ctx, { person: makePerson(2), conversationId: 'p' }, fullAnswer(round.id, { body: 'BUZ', choices: { '2': 'missnojd' }, texts: { '1': '', '6': '=HYPERLINK("http://evil")' } }));
  await submitAnswer(ctx, { person: makePerson(3), conversationId: 'p' }, fullAnswer(round.id, { body: 'SocSam', choices: { '2': 'nojd', '1': 'ja' }, texts: { '1': 'Allt gjordes.', '6': 'Tydligare underlag.' } }));
  return { surveys, round: (await surveys.repo.findRound(round.id))!, answers: await surveys.repo.listAnswers(round.id) };
}

describe('computeResults', () => {
  it('counts answers per body and per option, in the questionnaire\'s order, with the comments', async () => {
    const { round, answers } = await roundWithThreeAnswers();
    const results = computeResults(round, seedQuestionnaire(), answers);
    expect(results.respondents).toBe(3);
    expect(results.invited).toBe(4);
    expect(results.bodies).toEqual([
      { body: 'FoU-rådet', answers: 0 },
      { body: 'Lärcentrasamverkan', answers: 0 },
      { body: 'SocSam', answers: 2 },
      { body: 'BUZ', answers: 1 },
      { body: 'IFO-chefer', answers: 0 },
      { body: 'förvaltningschefer', answers: 0 },
    ]);
    const q2 = results.questions.find((q) => q.id === '2')!;
    expect(q2.options.map((o) => [o.label, o.count])).toEqual([
      ['Nöjd', 2],
      ['I stort sett nöjd', 0],
      ['Inte riktigt nöjd', 0],
      ['Missnöjd', 1],
    ]);
    const q1 = results.questions.find((q) => q.id === '1')!;
    expect(q1.options.find((o) => o.id === 'ja')!.count).toBe(1);
    expect(q1.followUp).toBe('Varför?');
    expect(q1.comments).toEqual([
      { body: 'SocSam', text: 'Allt gjordes.' },
      { body: 'SocSam', text: 'Bra år.' },
    ]);
    const q6 = results.questions.find((q) => q.id === '6')!;
    expect(q6.answered).toBe(2);
    expect(q6.comments.map((c) => c.body)).toEqual(['SocSam', 'BUZ']);
  });
});

describe('answersToCsv', () => {
  it('writes one row per respondent with option labels, for Excel with Swedish settings', async () => {
    const { round, answers } = await roundWithThreeAnswers();
    const csv = answersToCsv(round, seedQuestionnaire(), answers);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows: string[][] = parse(csv.slice(1), { delimiter: ';' });
    expect(rows[0]!.slice(0, 7)).toEqual(['Omgång', 'Samverkansorgan', 'Svarande', 'Inskickat', 'Senast ändrat', '1. Har ni fullföljt årets planerade aktiviteter?', '1. Varför?']);
    expect(rows[0]!.at(-1)).toBe('6. Synpunkter för förbättringar');
    expect(rows).toHaveLength(4);
    const buz = rows.find((row) => row[1] === 'BUZ')!;
    expect(buz[2]).toBe('Person 2');
    expect(buz[7]).toBe('Missnöjd');
    // Free text that looks like a formula is kept as text.
    expect(buz.at(-1)).toBe('\'=HYPERLINK("http://evil")');
  });

  it('names nobody in an anonymous round', async () => {
    const { round, answers } = await roundWithThreeAnswers({ anonymous: true });
    const rows: string[][] = parse(answersToCsv(round, seedQuestionnaire(), answers).slice(1), { delimiter: ';' });
    expect(rows.slice(1).map((row) => row[2])).toEqual(['anonym', 'anonym', 'anonym']);
    expect(rows.flat().join(' ')).not.toMatch(/Person \d|29:user/);
  });
});
