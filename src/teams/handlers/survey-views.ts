/** Plain values the survey handlers share: who is acting, and the card that person should see. */
import type { TurnContext } from 'botbuilder';
import {
  answerState,
  findOwnAnswer,
  knownMembers,
  mayAnswer,
  type Actor,
  type StoredAnswer,
  type SurveyContext,
  type SurveyRound,
} from '../../surveys/index.js';
import { MAX_REFRESH_USERS, buildSurveyCard, type SurveyCardView } from '../cards/survey-card.js';
import { readTurn, type Language } from '../turn.js';

export type Json = Record<string, unknown>;

export function actorOf(context: TurnContext): Actor {
  const turn = readTurn(context);
  return { person: { userId: turn.userId, aadObjectId: turn.userAadId ?? null, name: turn.userName ?? null }, conversationId: turn.conversationId };
}

/** The viewer's own card: their state, their answers, refreshing for them alone. */
export async function ownCard(
  surveys: SurveyContext,
  round: SurveyRound,
  actor: Actor,
  language: Language,
  extra: Pick<SurveyCardView, 'notice' | 'draft'> & { answer?: StoredAnswer } = {},
): Promise<Json | undefined> {
  const questionnaire = surveys.catalog.find(round.questionnaireId);
  if (!questionnaire) return undefined;
  const invited = mayAnswer(round, actor);
  const answerable = answerState(round, surveys.clock());
  const state = !invited ? 'not-invited' : answerable === 'accepting' ? 'open' : answerable;
  const answer = invited ? (extra.answer ?? (await findOwnAnswer(surveys.repo, round, actor.person))) : undefined;
  return buildSurveyCard({
    round,
    questionnaire,
    language,
    state,
    answer,
    draft: state === 'open' ? extra.draft : undefined,
    notice: extra.notice,
    refreshUserIds: [actor.person.userId],
  });
}

/** The card posted where several people see it: no answers, refreshing by itself for a small known audience. */
export function sharedCard(surveys: SurveyContext, round: SurveyRound, language: Language, options: { closed?: boolean } = {}): Json | undefined {
  const questionnaire = surveys.catalog.find(round.questionnaireId);
  if (!questionnaire) return undefined;
  const members = knownMembers(round);
  return buildSurveyCard({
    round,
    questionnaire,
    language,
    state: options.closed ? 'closed' : 'open',
    shared: true,
    refresh: !options.closed,
    refreshUserIds: members.length > 0 && members.length <= MAX_REFRESH_USERS ? members.map((m) => m.userId) : undefined,
  });
}

/** A fresh card for one invited person, refreshing for them alone. */
export function invitationCard(surveys: SurveyContext, round: SurveyRound, language: Language, userId: string): Json | undefined {
  const questionnaire = surveys.catalog.find(round.questionnaireId);
  if (!questionnaire) return undefined;
  return buildSurveyCard({ round, questionnaire, language, state: 'open', refreshUserIds: [userId] });
}
