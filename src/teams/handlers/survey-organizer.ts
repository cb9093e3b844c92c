/** Organizer commands: start, remind, extend, close, results, export. Callers have checked the organizer. */
import type { Attachment, TurnContext } from 'botbuilder';
import { CardFactory, MessageFactory } from 'botbuilder';
import {
  answersToCsv,
  closeRound,
  computeResults,
  csvFileName,
  extendDeadline,
  knownMembers,
  nonResponders,
  recordPublications,
  resolveBodies,
  resolveQuestionnaire,
  startRound,
  type Audience,
  type SurveyCommand,
  type SurveyContext,
  type SurveyRound,
} from '../../surveys/index.js';
import { buildSurveyResultsCard } from '../cards/survey-results-card.js';
import type { BotDeps } from '../deps.js';
import { mentionedUsers } from '../inbound/survey.js';
import { refFromActivity } from '../proactive.js';
import { readTurn, type Language } from '../turn.js';
import { SURVEY_REPLY } from './survey-messages.js';
import { cardMessage, conversationRoster, names, sendOneToOne } from './survey-publish.js';
import { invitationCard, sharedCard } from './survey-views.js';

/** A CSV larger than this goes through the admin API: a data: URL this big would break Teams' 100 KB message limit. */
const MAX_INLINE_CSV_BYTES = 60_000;

type Start = Extract<SurveyCommand, { kind: 'start' }>;

export async function startFromChat(context: TurnContext, surveys: SurveyContext, deps: BotDeps, command: Start): Promise<void> {
  const language = command.language;
  const r = SURVEY_REPLY[language];
  const ids = surveys.catalog.all().map((q) => q.id).join(', ');
  const chosen = resolveQuestionnaire(surveys.catalog, command.questionnaire);
  if (!chosen.ok) return void (await context.sendActivity(chosen.reason === 'ambiguous-questionnaire' ? r.ambiguousQuestionnaire(ids) : r.unknownQuestionnaire(ids)));
  const questionnaire = chosen.questionnaire;
  const bodies = resolveBodies(questionnaire, command.bodies);
  if (!bodies.ok) return void (await context.sendActivity(r.unknownBodies(bodies.unknown.join(', '), questionnaire.bodies.join(', '))));

  const turn = readTurn(context);
  const mentioned = mentionedUsers(context.activity.entities, context.activity.recipient?.id);
  const audience: Audience = mentioned.length
    ? { kind: 'members', members: mentioned.map((m) => ({ ...m, aadObjectId: null })) }
    : { kind: 'conversation', conversation: refFromActivity(context.activity), members: await conversationRoster(context, deps) };
  const started = await startRound(surveys, {
    questionnaire,
    bodies: bodies.bodies,
    deadline: command.deadline,
    anonymous: command.anonymous,
    audience,
    createdBy: { userId: turn.userId, aadObjectId: turn.userAadId ?? null, name: turn.userName ?? null },
  });
  if (!started.ok) return void (await context.sendActivity(started.reason === 'deadline-in-past' ? r.deadlineInPast : r.invalidDeadline));
  const round = started.round;
  deps.log.info({ activityId: context.activity.id, roundId: round.id, audience: audience.kind, members: knownMembers(round).length, anonymous: round.anonymous }, 'survey round started');
  const summary = r.started(round.id, questionnaire.title, round.bodies.join(', '), round.deadline, round.anonymous);

  if (audience.kind === 'members') {
    const from = turn.userName ?? (language === 'en' ? 'An organizer' : 'En enkätansvarig');
    const result = await sendOneToOne(context, deps, audience.members, (person) => cardMessage(r.invitation(questionnaire.title, from), invitationCard(surveys, round, language, person.userId)!));
    await recordPublications(surveys, round.id, result.publications);
    await context.sendActivity(`${summary} ${r.sentToMembers(result.publications.length, audience.members.length, names(result.failed))}`);
    return;
  }
  const sent = await context.sendActivity(cardMessage(`${summary} ${r.postedHere}`, sharedCard(surveys, round, language)!));
  if (sent?.id) await recordPublications(surveys, round.id, [{ conversation: refFromActivity(context.activity), activityId: sent.id }]);
}

export async function remindFromChat(context: TurnContext, surveys: SurveyContext, deps: BotDeps, round: SurveyRound, language: Language): Promise<void> {
  const r = SURVEY_REPLY[language];
  const questionnaire = surveys.catalog.find(round.questionnaireId);
  if (round.status === 'closed') return void (await context.sendActivity(r.alreadyClosed(round.id)));
  if (!questionnaire) return void (await context.sendActivity(r.questionnaireGone(round.id)));
  if (round.audience.kind === 'everyone') return void (await context.sendActivity(r.noMemberList(round.id)));
  const reminder = r.reminder(questionnaire.title, round.deadline);
  const members = knownMembers(round);
  if (members.length === 0 && round.audience.kind === 'conversation') {
    await deps.sender.send(round.audience.conversation, cardMessage(reminder, sharedCard(surveys, round, language)!));
    return void (await context.sendActivity(r.remindedChannel));
  }
  const missing = await nonResponders(surveys.repo, round, members);
  if (missing.length === 0) return void (await context.sendActivity(r.everyoneAnswered(round.id)));
  const result = await sendOneToOne(context, deps, missing, (person) => cardMessage(reminder, invitationCard(surveys, round, language, person.userId)!));
  await recordPublications(surveys, round.id, result.publications);
  deps.log.info({ activityId: context.activity.id, roundId: round.id, reminded: result.publications.length, failed: result.failed.length }, 'survey reminders sent');
  // In an anonymous round, naming who could not be reached would say who has not answered.
  const unreached = round.anonymous ? (result.failed.length ? String(result.failed.length) : '') : names(result.failed);
  await context.sendActivity(r.reminded(result.publications.length, missing.length, unreached));
}

export async function extendFromChat(context: TurnContext, surveys: SurveyContext, round: SurveyRound, deadline: string, language: Language): Promise<void> {
  const r = SURVEY_REPLY[language];
  const outcome = await extendDeadline(surveys, round.id, deadline);
  if (outcome.ok) return void (await context.sendActivity(r.extended(round.id, deadline)));
  const reply = { 'round-closed': r.alreadyClosed(round.id), 'unknown-round': r.unknownRound(round.id), 'deadline-in-past': r.deadlineInPast, 'invalid-deadline': r.invalidDeadline }[outcome.reason];
  await context.sendActivity(reply);
}

/** Closes the round and swaps every posted card for a closed one, so nobody is offered a form that will refuse them. */
export async function closeFromChat(context: TurnContext, surveys: SurveyContext, deps: BotDeps, round: SurveyRound, language: Language): Promise<void> {
  const r = SURVEY_REPLY[language];
  const outcome = await closeRound(surveys, round.id);
  if (!outcome.ok) return void (await context.sendActivity(outcome.reason === 'round-closed' ? r.alreadyClosed(round.id) : r.unknownRound(round.id)));
  const closedCard = sharedCard(surveys, outcome.round, language, { closed: true });
  if (closedCard) {
    for (const publication of outcome.round.publications) {
      await deps.sender
        .update(publication.conversation, publication.activityId, MessageFactory.attachment(CardFactory.adaptiveCard(closedCard)))
        .catch((error: unknown) => deps.log.warn({ err: error, roundId: round.id }, 'could not replace a posted survey card with the closed one'));
    }
  }
  const answers = await surveys.repo.listAnswers(round.id);
  deps.log.info({ activityId: context.activity.id, roundId: round.id, answers: answers.length }, 'survey round closed');
  await context.sendActivity(r.closed(round.id, answers.length));
}

export async function resultsFromChat(context: TurnContext, surveys: SurveyContext, round: SurveyRound, language: Language): Promise<void> {
  const questionnaire = surveys.catalog.find(round.questionnaireId);
  if (!questionnaire) return void (await context.sendActivity(SURVEY_REPLY[language].questionnaireGone(round.id)));
  const results = computeResults(round, questionnaire, await surveys.repo.listAnswers(round.id));
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(buildSurveyResultsCard(results, language))));
}

/**
 * The CSV as a file attachment with a data: URL. The Agents Playground (Web Chat) shows it as a
 * downloadable file; Teams itself does not let bots attach arbitrary files in chats, so the reply
 * also names the admin endpoint, which serves the same file to a script or browser with the key.
 */
export async function exportFromChat(context: TurnContext, surveys: SurveyContext, round: SurveyRound, language: Language): Promise<void> {
  const r = SURVEY_REPLY[language];
  const questionnaire = surveys.catalog.find(round.questionnaireId);
  if (!questionnaire) return void (await context.sendActivity(r.questionnaireGone(round.id)));
  const answers = await surveys.repo.listAnswers(round.id);
  const csv = Buffer.from(answersToCsv(round, questionnaire, answers), 'utf8');
  if (csv.length > MAX_INLINE_CSV_BYTES) return void (await context.sendActivity(r.exportTooLarge(round.id)));
  const attachment: Attachment = { contentType: 'text/csv', contentUrl: `data:text/csv;charset=utf-8;base64,${csv.toString('base64')}`, name: csvFileName(round) };
  const reply = MessageFactory.attachment(attachment);
  reply.text = `${r.exported(round.id, answers.length)} (GET /api/surveys/${round.id}/results.csv)`;
  await context.sendActivity(reply);
}
