/** Taking answers: check them against the questionnaire and the round, then store one per person. */
import type { Questionnaire } from '../knowledge/types.js';
import { questionsOf, takesText, textLimit } from './questionnaire.js';
import type { StoredAnswer, SurveyRepository } from './repository.js';
import { answerState, mayAnswer, respondentKey, type Actor, type Person, type SurveyRound } from './round.js';

/** What a person sent, already read off the card: raw strings, not yet checked against anything. */
export interface Submission {
  roundId: string;
  body?: string;
  /** Question id → option id. */
  choices: Record<string, string>;
  /** Question id → free text. */
  texts: Record<string, string>;
}

export type SubmitRefusal =
  | 'unknown-round'
  | 'round-closed'
  | 'deadline-passed'
  | 'not-invited'
  | 'missing-body'
  | 'invalid-body'
  | 'missing-answer'
  | 'invalid-option'
  | 'unknown-question'
  | 'text-too-long';

export type SubmitOutcome =
  | { ok: true; answer: StoredAnswer; firstTime: boolean }
  | { ok: false; reason: SubmitRefusal; questionId?: string; limit?: number };

export type CheckedAnswer = Pick<StoredAnswer, 'body' | 'choices' | 'texts'>;

/** Business rules on the content only; the round's state and audience are checked by submitAnswer. */
export function checkSubmission(
  questionnaire: Questionnaire,
  round: Pick<SurveyRound, 'bodies'>,
  submission: Submission,
): { ok: true; value: CheckedAnswer } | { ok: false; reason: SubmitRefusal; questionId?: string; limit?: number } {
  const body = pickBody(round.bodies, submission.body);
  if (!body.ok) return body;

  const questions = questionsOf(questionnaire);
  for (const id of Object.keys(submission.choices)) {
    if (!questions.some((q) => q.id === id && q.kind === 'choice')) return { ok: false, reason: 'unknown-question', questionId: id };
  }
  for (const id of Object.keys(submission.texts)) {
    if (!questions.some((q) => q.id === id && takesText(q))) return { ok: false, reason: 'unknown-question', questionId: id };
  }

  const choices: Record<string, string> = {};
  const texts: Record<string, string> = {};
  for (const question of questions) {
    const choice = submission.choices[question.id]?.trim() ?? '';
    const text = submission.texts[question.id]?.trim() ?? '';
    if (question.kind === 'choice') {
      if (!choice) {
        if (question.required) return { ok: false, reason: 'missing-answer', questionId: question.id };
      } else if (!question.options.some((option) => option.id === choice)) {
        return { ok: false, reason: 'invalid-option', questionId: question.id };
      } else {
        choices[question.id] = choice;
      }
    } else if (!text && question.required) {
      return { ok: false, reason: 'missing-answer', questionId: question.id };
    }
    if (text.length > textLimit(question)) return { ok: false, reason: 'text-too-long', questionId: question.id, limit: textLimit(question) };
    if (text) texts[question.id] = text;
  }
  return { ok: true, value: { body: body.value, choices, texts } };
}

function pickBody(bodies: string[], given: string | undefined): { ok: true; value: string } | { ok: false; reason: SubmitRefusal } {
  const wanted = given?.trim();
  if (bodies.length === 0) return { ok: true, value: '' }; // a questionnaire not addressed to particular bodies
  if (!wanted) return bodies.length === 1 ? { ok: true, value: bodies[0]! } : { ok: false, reason: 'missing-body' };
  const match = bodies.find((body) => body.toLowerCase() === wanted.toLowerCase());
  return match ? { ok: true, value: match } : { ok: false, reason: 'invalid-body' };
}

export interface AnswerContext {
  repo: SurveyRepository;
  questionnaireOf(round: SurveyRound): Questionnaire | undefined;
  clock: () => Date;
}

/**
 * Stores or updates the person's answer. Keyed by round and person, so a re-delivered or
 * double-clicked submit leaves one answer; updates compare-and-set on the answer's revision.
 */
export async function submitAnswer(ctx: AnswerContext, actor: Actor, submission: Submission): Promise<SubmitOutcome> {
  const round = await ctx.repo.findRound(submission.roundId);
  const questionnaire = round && ctx.questionnaireOf(round);
  if (!round || !questionnaire) return { ok: false, reason: 'unknown-round' };
  const state = answerState(round, ctx.clock());
  if (state !== 'accepting') return { ok: false, reason: state === 'closed' ? 'round-closed' : 'deadline-passed' };
  if (!mayAnswer(round, actor)) return { ok: false, reason: 'not-invited' };
  const checked = checkSubmission(questionnaire, round, submission);
  if (!checked.ok) return checked;

  const key = respondentKey(round, actor.person);
  const now = stamp(round, ctx.clock());
  const fresh: StoredAnswer = {
    roundId: round.id,
    respondentKey: key,
    respondent: round.anonymous ? null : personRecord(actor.person),
    ...checked.value,
    submittedAt: now,
    updatedAt: now,
    revision: 1,
  };
  for (;;) {
    const current = await ctx.repo.findAnswer(round.id, key);
    if (!current) {
      if (await ctx.repo.insertAnswer(fresh)) return { ok: true, answer: fresh, firstTime: true };
      continue; // the same person's other click won the insert: update it instead
    }
    const next: StoredAnswer = { ...fresh, submittedAt: current.submittedAt, revision: current.revision + 1 };
    if (await ctx.repo.replaceAnswer(current, next)) return { ok: true, answer: next, firstTime: false };
  }
}

export async function findOwnAnswer(repo: SurveyRepository, round: SurveyRound, person: Person): Promise<StoredAnswer | undefined> {
  return repo.findAnswer(round.id, respondentKey(round, person));
}

/** Known members who have not answered; works for anonymous rounds too, since their keys can be recomputed. */
export async function nonResponders(repo: SurveyRepository, round: SurveyRound, members: Person[]): Promise<Person[]> {
  const answered = new Set((await repo.listAnswers(round.id)).map((answer) => answer.respondentKey));
  return members.filter((member) => !answered.has(respondentKey(round, member)));
}

function personRecord(person: Person): StoredAnswer['respondent'] {
  return { userId: person.userId, aadObjectId: person.aadObjectId, name: person.name };
}

function stamp(round: SurveyRound, now: Date): string {
  const iso = now.toISOString();
  return round.anonymous ? iso.slice(0, 10) : iso;
}
