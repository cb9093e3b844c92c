/**
 * Card actions on the questionnaire card. Action.Execute arrives as an `adaptiveCard/action`
 * invoke; the answer is the viewer's own card returned AS THE INVOKE RESPONSE. We do not use
 * teams-ai's `adaptiveCards.actionExecute`: for a card that has `refresh` it also updates the
 * shared message for everyone, which makes every client refresh again — a loop.
 * Clients without Universal Actions send the Action.Submit fallback as a message instead.
 */
import { ActivityTypes, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { submitAnswer, type SubmitRefusal, type SurveyContext } from '../../surveys/index.js';
import { SURVEY_TEXT, formatStamp, refusalText } from '../cards/survey-texts.js';
import type { BotDeps } from '../deps.js';
import { parseSurveyCardData, surveyInvokeSchema, type SurveyCardData } from '../inbound/survey.js';
import type { Language } from '../turn.js';
import { actorOf, ownCard, type Json } from './survey-views.js';

const CARD_RESPONSE = 'application/vnd.microsoft.card.adaptive';
const MESSAGE_RESPONSE = 'application/vnd.microsoft.activity.message';
/** Refusals an honest card cannot produce: worth a warning in the log. */
const SUSPICIOUS: ReadonlySet<SubmitRefusal> = new Set(['invalid-option', 'unknown-question', 'invalid-body', 'not-invited']);

export function isSurveyCardInvoke(context: TurnContext): Promise<boolean> {
  const activity = context.activity;
  const verb = (activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
  return Promise.resolve(activity.type === ActivityTypes.Invoke && activity.name === 'adaptiveCard/action' && typeof verb === 'string' && verb.startsWith('survey.'));
}

export async function answerSurveyInvoke(context: TurnContext, surveys: SurveyContext, deps: BotDeps): Promise<void> {
  const invoke = surveyInvokeSchema.safeParse(context.activity.value);
  const data = invoke.success ? parseSurveyCardData(invoke.data.action.data) : undefined;
  if (!invoke.success || !data?.ok) {
    deps.log.warn({ activityId: context.activity.id, problem: data && !data.ok ? data.problem : 'not a survey Action.Execute' }, 'refused survey card action');
    await respond(context, MESSAGE_RESPONSE, SURVEY_TEXT.sv.unreadable);
    return;
  }
  // Errors go to app.error, which answers the invoke too (and says so when the store is down).
  const card = invoke.data.action.verb === 'survey.submit' ? await submitFromCard(context, surveys, deps, data.value) : await currentCard(context, surveys, data.value);
  if (card) await respond(context, CARD_RESPONSE, card);
  else await respond(context, MESSAGE_RESPONSE, refusalText(data.value.language, { reason: 'unknown-round' }, null));
}

/** Action.Submit fallback: same work, answered with a message since there is no per-user card to return. */
export async function answerSurveySubmit(context: TurnContext, surveys: SurveyContext, deps: BotDeps, raw: unknown): Promise<void> {
  const data = parseSurveyCardData(raw);
  if (!data.ok) {
    deps.log.warn({ activityId: context.activity.id, problem: data.problem }, 'refused survey card submit');
    await context.sendActivity(SURVEY_TEXT.sv.unreadable);
    return;
  }
  const card = data.value.verb === 'survey.open' ? await currentCard(context, surveys, data.value) : await submitFromCard(context, surveys, deps, data.value);
  if (card) await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  else await context.sendActivity(refusalText(data.value.language, { reason: 'unknown-round' }, null));
}

async function currentCard(context: TurnContext, surveys: SurveyContext, data: SurveyCardData): Promise<Json | undefined> {
  const round = await surveys.repo.findRound(data.roundId);
  return round && ownCard(surveys, round, actorOf(context), data.language);
}

async function submitFromCard(context: TurnContext, surveys: SurveyContext, deps: BotDeps, data: SurveyCardData): Promise<Json | undefined> {
  const actor = actorOf(context);
  const language: Language = data.language;
  if (data.ignoredKeys.length) deps.log.warn({ activityId: context.activity.id, roundId: data.roundId, keys: data.ignoredKeys }, 'survey submit carried unexpected fields; ignored');
  const outcome = await submitAnswer(
    { repo: surveys.repo, clock: surveys.clock, questionnaireOf: (round) => surveys.catalog.find(round.questionnaireId) },
    actor,
    data.submission,
  );
  const round = await surveys.repo.findRound(data.roundId);
  if (!round) return undefined;
  if (outcome.ok) {
    deps.log.info({ activityId: context.activity.id, roundId: round.id, firstTime: outcome.firstTime }, 'survey answer stored');
    const notice = { tone: 'good' as const, text: SURVEY_TEXT[language].confirmation(formatStamp(outcome.answer.updatedAt, language)) };
    return ownCard(surveys, round, actor, language, { answer: outcome.answer, notice });
  }
  const logged = { activityId: context.activity.id, roundId: round.id, reason: outcome.reason, questionId: outcome.questionId };
  if (SUSPICIOUS.has(outcome.reason)) deps.log.warn(logged, 'refused survey answer');
  else deps.log.info(logged, 'refused survey answer');
  const { body, choices, texts } = data.submission;
  return ownCard(surveys, round, actor, language, {
    notice: { tone: 'attention', text: refusalText(language, outcome, round.deadline) },
    draft: { body, choices, texts },
  });
}

/** The invoke response Teams shows to the person who acted; nothing is written to the shared message. */
async function respond(context: TurnContext, type: string, value: unknown): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type, value } } });
}
