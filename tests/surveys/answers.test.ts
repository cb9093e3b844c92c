import { describe, expect, it } from 'vitest';
import { closeRound, findOwnAnswer, nonResponders, submitAnswer, type Actor, type Person, type SurveyContext, type SurveyRound } from '../../src/surveys/index.js';
import { fullAnswer, makePerson, makeRound, makeSurveys, seedQuestionnaire } from './builders.js';

const answerCtx = (surveys: SurveyContext) => ({ repo: surveys.repo, clock: surveys.clock, questionnaireOf: (round: SurveyRound) => surveys.catalog.find(round.questionnaireId) });
const actor = (person: Person, conversationId = 'personal-chat'): Actor => ({ person, conversationId });

describe('submitAnswer', () => {
  it('stores a complete answer once and reads it back for the same person', async () => {
    const surveys = makeSurveys();
    const round = await makeRound(surveys);
    const outcome = await submitAnswer(answerCtx(surveys), actor(makePerson(1)), fullAnswer(round.id));
    expect(outcome).toMatchObject({ ok: true, firstTime: true });
    const own = await findOwnAnswer(surveys.repo, round, makePerson(1));
    expect(own).toMatchObject({ body: 'SocSam', choices: { '1': 'till-stor-del', '5': 'missnojd' }, texts: { '6': 'Mer tid för förankring.' } });
    expect(own!.respondent).toEqual({ userId: '29:user-1', aadObjectId: 'aad-1', name: 'Person 1' });
  });

  it('keeps one answer when the same submit is delivered twice, and lets the person change it', async () => {
    const surveys = makeSurveys();
    const round = await makeRound(surveys);
    const ctx = answerCtx(surveys);
    await submitAnswer(ctx, actor(makePerson(1)), fullAnswer(round.id));
    const again = await submitAnswer(ctx, actor(makePerson(1)), fullAnswer(round.id));
    expect(again).toMatchObject({ ok: true, firstTime: false });
    const changed = await submitAnswer(ctx, actor(makePerson(1)), fullAnswer(round.id, { choices: { '2': 'missnojd' } }));
    expect(changed).toMatchObject({ ok: true, firstTime: false });
    const all = await surveys.repo.listAnswers(round.id);
    expect(all).toHaveLength(1);
    expect(all[0]!.choices['2']).toBe('missnojd');
    expect(all[0]!.revision).toBe(3);
  });

  it('keeps one answer when a person double-clicks (two submits at the same moment)', async () => {
    const surveys = makeSurveys();
    const round = await makeRound(surveys);
    const ctx = answerCtx(surveys);
    const outcomes = await Promise.all([1, 2, 3].map(() => submitAnswer(ctx, actor(makePerson(1)), fullAnswer(round.id))));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(outcomes.filter((o) => o.ok && o.firstTime)).toHaveLength(1);
    expect(await surveys.repo.listAnswers(round.id)).toHaveLength(1);
  });

  it('loses nothing when many members submit at the same moment', async () => {
    const surveys = makeSurveys();
    const round = await makeRound(surveys);
    const ctx = answerCtx(surveys);
    const people = Array.from({ length: 25 }, (_, i) => makePerson(i + 1));
    const bodies = seedQuestionnaire().bodies;
    await Promise.all(people.map((person, i) => submitAnswer(ctx, actor(person), fullAnswer(round.id, { body: bodies[i % bodies.length] }))));
    const stored = await surveys.repo.listAnswers(round.id);
    expect(stored.map((a) => a.respondent!.userId).sort()).toEqual(people.map((p) => p.userId).sort());
  });

  it('refuses answers once the round is closed, with the reason', async () => {
    const surveys = makeSurveys();
    const round = await makeRound(surveys);
    await closeRound(surveys, round.id);
    expect(await submitAnswer(answerCtx(surveys), actor(makePerson(1)), fullAnswer(round.id))).toEqual({ ok: false, reason: 'round-closed' });
    expect(await surveys.repo.listAnswers(round.id)).toHaveLength(0);
  });

  it('takes answers through the whole deadline day in Stockholm and refuses them after', async () => {
    const surveys = makeSurveys('2025-10-01T10:00:00+02:00');
    const round = await makeRound(surveys, { deadline: '2025-10-31' });
    const ctx = answerCtx(surveys);
    surveys.setNow('2025-10-31T23:59:00+01:00');
    expect(await submitAnswer(ctx, actor(makePerson(1)), fullAnswer(round.id))).toMatchObject({ ok: true });
    surveys.setNow('2025-11-01T00:00:30+01:00');
    expect(await submitAnswer(ctx, actor(makePerson(2)), fullAnswer(round.id))).toEqual({ ok: false, reason: 'deadline-passed' });
  });

  it('refuses values that are not in the questionnaire', async () => {
    const surveys = makeSurveys();
    const round = await makeRound(surveys);
    const ctx = answerCtx(surveys);
    const who = actor(makePerson(1));
    expect(await submitAnswer(ctx, who, fullAnswer(round.id, { choices: { '2': 'jättenöjd' } }))).toEqual({ ok: false, reason: 'invalid-option', questionId: '2' });
    expect(await submitAnswer(ctx, who, fullAnswer(round.id, { choices: { '7': 'ja' } }))).toEqual({ ok: false, reason: 'unknown-question', questionId: '7' });
    // Question 2 has no "Varför?", so free text for it is forged.
    expect(await submitAnswer(ctx, who, fullAnswer(round.id, { texts: { '2': 'extra' } }))).toEqual({ ok: false, reason: 'unknown-question', questionId: '2' });
    expect(await submitAnswer(ctx, who, fullAnswer(round.id, { body: 'Regionfullmäktige' }))).toEqual({ ok: false, reason: 'invalid-body' });
    expect(await submitAnswer(ctx, who, { ...fullAnswer(round.id), roundId: 'e999' })).toEqual({ ok: false, reason: 'unknown-round' });
    expect(await surveys.repo.listAnswers(round.id)).toHaveLength(0);
  });

  it('refuses missing required answers and oversized text, naming the question', async () => {
    const surveys = makeSurveys();
    const round = await makeRound(surveys);
    const ctx = answerCtx(surveys);
    const missing = fullAnswer(round.id);
    delete (missing.choices as Record<string, string>)['3'];
    expect(await submitAnswer(ctx, actor(makePerson(1)), missing)).toEqual({ ok: false, reason: 'missing-answer', questionId: '3' });
    expect(await submitAnswer(ctx, actor(makePerson(1)), fullAnswer(round.id, { texts: { '6': 'x'.repeat(2001) } }))).toEqual({
      ok: false,
      reason: 'text-too-long',
      questionId: '6',
      limit: 2000,
    });
    expect(await submitAnswer(ctx, actor(makePerson(1)), { ...fullAnswer(round.id), body: undefined })).toEqual({ ok: false, reason: 'missing-body' });
  });

  it('takes the only body of a one-body round without asking', async () => {
    const surveys = makeSurveys();
    const round = await makeRound(surveys, { bodies: ['BUZ'] });
    const outcome = await submitAnswer(answerCtx(surveys), actor(makePerson(1)), { ...fullAnswer(round.id), body: undefined });
    expect(outcome).toMatchObject({ ok: true, answer: { body: 'BUZ' } });
  });

  it('refuses people outside a named-members round and knows members by either id', async () => {
    const surveys = makeSurveys();
    const round = await makeRound(surveys, { audience: { kind: 'members', members: [makePerson(1), makePerson(2)] } });
    const ctx = answerCtx(surveys);
    expect(await submitAnswer(ctx, actor(makePerson(3)), fullAnswer(round.id))).toEqual({ ok: false, reason: 'not-invited' });
    expect(await submitAnswer(ctx, actor(makePerson(2, { userId: '29:other-id' })), fullAnswer(round.id))).toMatchObject({ ok: true });
  });

  it('lets anyone in the channel a round was posted to answer, also from a thread reply', async () => {
    const surveys = makeSurveys();
    const conversation = { serviceUrl: 'https://smba.example', conversationId: '19:abc@thread.tacv2' };
    const round = await makeRound(surveys, { audience: { kind: 'conversation', conversation, members: [] } });
    const ctx = answerCtx(surveys);
    expect(await submitAnswer(ctx, actor(makePerson(5), '19:abc@thread.tacv2;messageid=123'), fullAnswer(round.id))).toMatchObject({ ok: true });
    expect(await submitAnswer(ctx, actor(makePerson(6), 'personal-chat'), fullAnswer(round.id))).toEqual({ ok: false, reason: 'not-invited' });
  });
});

describe('anonymous rounds', () => {
  it('store no identity with the answer, only a salted key, and still stop double answers', async () => {
    const surveys = makeSurveys('2025-10-01T10:13:14+02:00');
    const round = await makeRound(surveys, { anonymous: true });
    const ctx = answerCtx(surveys);
    const person = makePerson(7, { name: 'Greta Gren' });
    await submitAnswer(ctx, actor(person), fullAnswer(round.id));
    await submitAnswer(ctx, actor(person), fullAnswer(round.id, { choices: { '1': 'ja' } }));
    const stored = await surveys.repo.listAnswers(round.id);
    expect(stored).toHaveLength(1);
    const raw = JSON.stringify(stored[0]);
    for (const identity of [person.userId, person.aadObjectId!, person.name!, 'user-7']) expect(raw).not.toContain(identity);
    expect(stored[0]!.respondent).toBeNull();
    expect(stored[0]!.submittedAt).toBe('2025-10-01');
    expect(stored[0]!.choices['1']).toBe('ja');
    expect(await findOwnAnswer(surveys.repo, round, person)).toMatchObject({ choices: { '1': 'ja' } });
  });

  it('use a different salt per round, so keys cannot be matched across rounds', async () => {
    const surveys = makeSurveys();
    const first = await makeRound(surveys, { anonymous: true });
    const second = await makeRound(surveys, { anonymous: true });
    const ctx = answerCtx(surveys);
    await submitAnswer(ctx, actor(makePerson(1)), fullAnswer(first.id));
    await submitAnswer(ctx, actor(makePerson(1)), fullAnswer(second.id));
    const [a] = await surveys.repo.listAnswers(first.id);
    const [b] = await surveys.repo.listAnswers(second.id);
    expect(a!.respondentKey).not.toBe(b!.respondentKey);
  });

  it('can still tell who to remind without storing who answered', async () => {
    const surveys = makeSurveys();
    const members = [makePerson(1), makePerson(2), makePerson(3)];
    const round = await makeRound(surveys, { anonymous: true, audience: { kind: 'members', members } });
    await submitAnswer(answerCtx(surveys), actor(makePerson(2)), fullAnswer(round.id));
    expect((await nonResponders(surveys.repo, round, members)).map((p) => p.userId)).toEqual(['29:user-1', '29:user-3']);
  });
});
