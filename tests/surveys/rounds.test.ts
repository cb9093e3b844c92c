import { describe, expect, it } from 'vitest';
import {
  closeRound,
  ensureDemoRound,
  extendDeadline,
  recordPublications,
  resolveBodies,
  resolveQuestionnaire,
  roundsOpenTo,
  startRound,
  createQuestionnaireCatalog,
} from '../../src/surveys/index.js';
import { ORGANIZER, makePerson, makeRound, makeSurveys, seedQuestionnaire } from './builders.js';

describe('survey rounds', () => {
  it('get short sequential ids people can type, unique even when started at the same moment', async () => {
    const surveys = makeSurveys();
    const rounds = await Promise.all(Array.from({ length: 8 }, () => makeRound(surveys)));
    expect(rounds.map((r) => r.id).sort()).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8']);
  });

  it('ask all of the questionnaire\'s bodies unless told which', async () => {
    const surveys = makeSurveys();
    expect((await makeRound(surveys)).bodies).toEqual(seedQuestionnaire().bodies);
    expect((await makeRound(surveys, { bodies: ['SocSam', 'BUZ'] })).bodies).toEqual(['SocSam', 'BUZ']);
  });

  it('refuse a deadline in the past or an impossible date', async () => {
    const surveys = makeSurveys('2025-10-01T10:00:00+02:00');
    const base = { questionnaire: seedQuestionnaire(), bodies: [], anonymous: false, audience: { kind: 'everyone' as const }, createdBy: ORGANIZER };
    expect(await startRound(surveys, { ...base, deadline: '2025-09-30' })).toEqual({ ok: false, reason: 'deadline-in-past' });
    expect(await startRound(surveys, { ...base, deadline: '2025-02-30' })).toEqual({ ok: false, reason: 'invalid-deadline' });
    expect(await startRound(surveys, { ...base, deadline: '2025-10-01' })).toMatchObject({ ok: true });
  });

  it('close once; closing again or extending a closed round says it is closed', async () => {
    const surveys = makeSurveys();
    const round = await makeRound(surveys);
    expect(await closeRound(surveys, round.id)).toMatchObject({ ok: true, round: { status: 'closed', closedAt: surveys.clock().toISOString() } });
    expect(await closeRound(surveys, round.id)).toEqual({ ok: false, reason: 'round-closed' });
    expect(await extendDeadline(surveys, round.id, '2030-01-01')).toEqual({ ok: false, reason: 'round-closed' });
    expect(await closeRound(surveys, 'e404')).toEqual({ ok: false, reason: 'unknown-round' });
  });

  it('extend the deadline of an open round, which reopens answering after the old deadline', async () => {
    const surveys = makeSurveys('2025-10-01T10:00:00+02:00');
    const round = await makeRound(surveys, { deadline: '2025-10-10' });
    surveys.setNow('2025-10-15T10:00:00+02:00');
    const member = { person: makePerson(1), conversationId: 'x' };
    expect(await roundsOpenTo(surveys, member)).toEqual([]);
    expect(await extendDeadline(surveys, round.id, '2025-10-14')).toEqual({ ok: false, reason: 'deadline-in-past' });
    expect(await extendDeadline(surveys, round.id, '2025-10-20')).toMatchObject({ ok: true, round: { deadline: '2025-10-20', revision: 2 } });
    expect((await roundsOpenTo(surveys, member)).map((r) => r.id)).toEqual([round.id]);
  });

  it('do not lose a publication when two are recorded at the same moment', async () => {
    const surveys = makeSurveys();
    const round = await makeRound(surveys);
    const conversation = { serviceUrl: 'https://smba.example', conversationId: 'c' };
    await Promise.all([1, 2, 3].map((n) => recordPublications(surveys, round.id, [{ conversation, activityId: `a${n}` }])));
    const stored = await surveys.repo.findRound(round.id);
    expect(stored!.publications.map((p) => p.activityId).sort()).toEqual(['a1', 'a2', 'a3']);
  });

  it('list only the open rounds a person may answer', async () => {
    const surveys = makeSurveys();
    const everyone = await makeRound(surveys);
    const mine = await makeRound(surveys, { audience: { kind: 'members', members: [makePerson(1)] } });
    await makeRound(surveys, { audience: { kind: 'members', members: [makePerson(2)] } });
    const closed = await makeRound(surveys);
    await closeRound(surveys, closed.id);
    const open = await roundsOpenTo(surveys, { person: makePerson(1), conversationId: 'personal' });
    expect(open.map((r) => r.id).sort()).toEqual([everyone.id, mine.id].sort());
  });
});

describe('ensureDemoRound', () => {
  it('creates one open demo round in local mode, however often it is called', async () => {
    const surveys = makeSurveys();
    expect(await ensureDemoRound(surveys, { localMode: true })).toBe('created');
    expect(await ensureDemoRound(surveys, { localMode: true })).toBe('exists');
    const rounds = await surveys.repo.listRounds();
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ id: 'demo', questionnaireId: 'uppfoljning-samverkan-2015', status: 'open', audience: { kind: 'everyone' }, anonymous: false });
  });

  it('creates nothing in production', async () => {
    const surveys = makeSurveys();
    expect(await ensureDemoRound(surveys, { localMode: false })).toBe('not-local');
    expect(await surveys.repo.listRounds()).toEqual([]);
  });
});

describe('resolving what the organizer typed', () => {
  it('matches body names by case and by a unique prefix', () => {
    const questionnaire = seedQuestionnaire();
    expect(resolveBodies(questionnaire, ['socsam', 'fou', 'IFO-chefer', 'lärcentra'])).toEqual({ ok: true, bodies: ['SocSam', 'FoU-rådet', 'IFO-chefer', 'Lärcentrasamverkan'] });
    expect(resolveBodies(questionnaire, ['socsam', 'kommunfullmäktige'])).toEqual({ ok: false, unknown: ['kommunfullmäktige'] });
  });

  it('picks the questionnaire by id or prefix, or the only one when none is named', () => {
    const one = createQuestionnaireCatalog([seedQuestionnaire()]);
    expect(resolveQuestionnaire(one, undefined)).toMatchObject({ ok: true, questionnaire: { id: 'uppfoljning-samverkan-2015' } });
    expect(resolveQuestionnaire(one, 'uppfoljning')).toMatchObject({ ok: true });
    expect(resolveQuestionnaire(one, 'budget')).toEqual({ ok: false, reason: 'unknown-questionnaire' });
    const two = createQuestionnaireCatalog([seedQuestionnaire(), { ...seedQuestionnaire(), id: 'uppfoljning-samverkan-2016' }]);
    expect(resolveQuestionnaire(two, undefined)).toEqual({ ok: false, reason: 'ambiguous-questionnaire' });
    expect(resolveQuestionnaire(two, 'uppfoljning')).toEqual({ ok: false, reason: 'ambiguous-questionnaire' });
  });
});
