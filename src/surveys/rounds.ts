/** Starting, changing and listing survey rounds. Expected refusals are values with a `reason`. */
import { randomBytes } from 'node:crypto';
import type { Questionnaire } from '../knowledge/types.js';
import type { QuestionnaireCatalog } from './questionnaire.js';
import type { SurveyRepository } from './repository.js';
import {
  DEMO_ROUND_ID,
  answerState,
  isValidDate,
  mayAnswer,
  todayIn,
  type Actor,
  type Audience,
  type Person,
  type Publication,
  type SurveyRound,
} from './round.js';

/** The questionnaire the local-mode demo round uses. */
export const DEMO_QUESTIONNAIRE_ID = 'uppfoljning-samverkan-2015';

export interface SurveyContext {
  repo: SurveyRepository;
  catalog: QuestionnaireCatalog;
  clock: () => Date;
}

export interface StartRoundRequest {
  questionnaire: Questionnaire;
  /** Bodies already resolved against the questionnaire (resolveBodies); empty means all of them. */
  bodies: string[];
  deadline: string | null;
  anonymous: boolean;
  audience: Audience;
  createdBy: Person;
}

export type DeadlineRefusal = 'invalid-deadline' | 'deadline-in-past';
export type RoundChangeRefusal = 'unknown-round' | 'round-closed';

export async function startRound(ctx: SurveyContext, request: StartRoundRequest): Promise<{ ok: true; round: SurveyRound } | { ok: false; reason: DeadlineRefusal }> {
  if (request.deadline !== null) {
    const problem = checkDeadline(request.deadline, ctx.clock());
    if (problem) return { ok: false, reason: problem };
  }
  const round: SurveyRound = {
    id: await ctx.repo.nextRoundId(),
    questionnaireId: request.questionnaire.id,
    bodies: request.bodies.length ? request.bodies : [...request.questionnaire.bodies],
    deadline: request.deadline,
    anonymous: request.anonymous,
    audience: request.audience,
    status: 'open',
    createdBy: request.createdBy,
    createdAt: ctx.clock().toISOString(),
    closedAt: null,
    salt: randomBytes(16).toString('hex'),
    revision: 1,
    publications: [],
  };
  if (!(await ctx.repo.insertRound(round))) throw new Error(`Round id ${round.id} was already taken: the survey-counters collection is behind the rounds.`);
  return { ok: true, round };
}

export async function closeRound(ctx: SurveyContext, roundId: string): Promise<{ ok: true; round: SurveyRound } | { ok: false; reason: RoundChangeRefusal }> {
  return changeRound(ctx, roundId, (round) => (round.status === 'closed' ? 'round-closed' : { ...round, status: 'closed', closedAt: ctx.clock().toISOString() }));
}

export async function extendDeadline(
  ctx: SurveyContext,
  roundId: string,
  deadline: string,
): Promise<{ ok: true; round: SurveyRound } | { ok: false; reason: RoundChangeRefusal | DeadlineRefusal }> {
  const problem = checkDeadline(deadline, ctx.clock());
  if (problem) return { ok: false, reason: problem };
  return changeRound(ctx, roundId, (round) => (round.status === 'closed' ? 'round-closed' : { ...round, deadline }));
}

/** Remembers where the round's card was posted, so closing can update those messages. */
export async function recordPublications(ctx: SurveyContext, roundId: string, publications: Publication[]): Promise<void> {
  if (publications.length === 0) return;
  await changeRound(ctx, roundId, (round) => ({ ...round, publications: [...round.publications, ...publications] }));
}

/** Rounds this person may answer now, newest first. */
export async function roundsOpenTo(ctx: SurveyContext, actor: Actor): Promise<SurveyRound[]> {
  const now = ctx.clock();
  const rounds = await ctx.repo.listRounds();
  return rounds
    .filter((round) => answerState(round, now) === 'accepting' && mayAnswer(round, actor) && ctx.catalog.find(round.questionnaireId))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Local mode starts with one open demo round of the 2015 questionnaire, open to everyone. Safe to call at every start. */
export async function ensureDemoRound(ctx: SurveyContext, options: { localMode: boolean }): Promise<'created' | 'exists' | 'not-local' | 'no-questionnaire'> {
  if (!options.localMode) return 'not-local';
  const questionnaire = ctx.catalog.find(DEMO_QUESTIONNAIRE_ID);
  if (!questionnaire) return 'no-questionnaire';
  const round: SurveyRound = {
    id: DEMO_ROUND_ID,
    questionnaireId: questionnaire.id,
    bodies: [...questionnaire.bodies],
    deadline: null,
    anonymous: false,
    audience: { kind: 'everyone' },
    status: 'open',
    createdBy: { userId: 'system', aadObjectId: null, name: 'Demo' },
    createdAt: ctx.clock().toISOString(),
    closedAt: null,
    salt: randomBytes(16).toString('hex'),
    revision: 1,
    publications: [],
  };
  return (await ctx.repo.insertRound(round)) ? 'created' : 'exists';
}

export function resolveQuestionnaire(catalog: QuestionnaireCatalog, wanted: string | undefined): { ok: true; questionnaire: Questionnaire } | { ok: false; reason: 'unknown-questionnaire' | 'ambiguous-questionnaire' } {
  const all = catalog.all();
  if (!wanted) return all.length === 1 ? { ok: true, questionnaire: all[0]! } : { ok: false, reason: all.length ? 'ambiguous-questionnaire' : 'unknown-questionnaire' };
  const exact = catalog.find(wanted);
  if (exact) return { ok: true, questionnaire: exact };
  const prefixed = all.filter((q) => q.id.toLowerCase().startsWith(wanted.toLowerCase()));
  if (prefixed.length === 1) return { ok: true, questionnaire: prefixed[0]! };
  return { ok: false, reason: prefixed.length ? 'ambiguous-questionnaire' : 'unknown-questionnaire' };
}

/**
 * Matches body names as typed ("socsam", "fou", "IFO-chefer") to the questionnaire's spelling:
 * exact (any case), then a unique prefix ignoring case and punctuation.
 */
export function resolveBodies(questionnaire: Questionnaire, typed: string[]): { ok: true; bodies: string[] } | { ok: false; unknown: string[] } {
  const bodies: string[] = [];
  const unknown: string[] = [];
  for (const name of typed) {
    const wanted = plain(name);
    const exact = questionnaire.bodies.find((body) => plain(body) === wanted);
    const prefixed = questionnaire.bodies.filter((body) => plain(body).startsWith(wanted));
    const match = exact ?? (prefixed.length === 1 ? prefixed[0] : undefined);
    if (!wanted || !match) unknown.push(name);
    else if (!bodies.includes(match)) bodies.push(match);
  }
  return unknown.length ? { ok: false, unknown } : { ok: true, bodies };
}

function plain(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function checkDeadline(deadline: string, now: Date): DeadlineRefusal | undefined {
  if (!isValidDate(deadline)) return 'invalid-deadline';
  if (deadline < todayIn(now)) return 'deadline-in-past';
  return undefined;
}

async function changeRound(
  ctx: SurveyContext,
  roundId: string,
  change: (round: SurveyRound) => SurveyRound | 'round-closed',
): Promise<{ ok: true; round: SurveyRound } | { ok: false; reason: RoundChangeRefusal }> {
  for (;;) {
    const current = await ctx.repo.findRound(roundId);
    if (!current) return { ok: false, reason: 'unknown-round' };
    const changed = change(current);
    if (changed === 'round-closed') return { ok: false, reason: 'round-closed' };
    const next = { ...changed, revision: current.revision + 1 };
    if (await ctx.repo.replaceRound(current, next)) return { ok: true, round: next };
  }
}
