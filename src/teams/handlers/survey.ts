/**
 * Survey routes: the questionnaire card's actions and the chat commands (grammar in
 * src/surveys/README.md). Register before the catch-all question handler.
 */
import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { findOwnAnswer, openSurveys, parseSurveyCommand, roundsOpenTo, type SurveyContext, type SurveyRound } from '../../surveys/index.js';
import { buildSurveyListCard } from '../cards/survey-list-card.js';
import { SURVEY_TEXT } from '../cards/survey-texts.js';
import type { BotDeps } from '../deps.js';
import { readTurn, type Language } from '../turn.js';
import { answerSurveyInvoke, answerSurveySubmit, isSurveyCardInvoke } from './survey-actions.js';
import { SURVEY_REPLY, notOrganizerText, usageText } from './survey-messages.js';
import { closeFromChat, exportFromChat, extendFromChat, remindFromChat, resultsFromChat, startFromChat } from './survey-organizer.js';
import { actorOf, ownCard } from './survey-views.js';

export function registerSurveyHandlers(app: Application, deps: BotDeps, surveys: SurveyContext = loadSurveys(deps)): void {
  // An invoke route, so the reply is the invoke response (see survey-actions.ts for why not actionExecute).
  app.addRoute(isSurveyCardInvoke, (context) => answerSurveyInvoke(context, surveys, deps), true);
  app.adaptiveCards.actionSubmit(['survey.submit', 'survey.open'], (context, _state, data) => answerSurveySubmit(context, surveys, deps, data));
  app.message(isSurveyCommand, (context) => runSurveyCommand(context, surveys, deps));
}

function loadSurveys(deps: BotDeps): SurveyContext {
  const { surveys, problems } = openSurveys({ store: deps.store, seedsDir: deps.config.seedsDir, clock: deps.clock });
  for (const problem of problems) deps.log.warn(problem, 'questionnaire not loaded');
  return surveys;
}

function isSurveyCommand(context: TurnContext): Promise<boolean> {
  return Promise.resolve(context.activity.type === ActivityTypes.Message && parseSurveyCommand(readTurn(context).text) !== undefined);
}

async function runSurveyCommand(context: TurnContext, surveys: SurveyContext, deps: BotDeps): Promise<void> {
  const turn = readTurn(context);
  const command = parseSurveyCommand(turn.text);
  if (!command) return;
  const language = command.language;
  if (command.kind === 'list') return listRounds(context, surveys, language, command.roundId);
  if (!deps.isOrganizer(turn.userAadId)) {
    deps.log.info({ activityId: context.activity.id, command: command.kind }, 'refused survey command from a non-organizer');
    await context.sendActivity(notOrganizerText(language, { configured: deps.config.adminUsers.length > 0, localMode: deps.config.localMode, aadObjectId: turn.userAadId }));
    return;
  }
  if (command.kind === 'usage') return void (await context.sendActivity(usageText(language, command.topic, command.problem)));
  if (command.kind === 'start') return startFromChat(context, surveys, deps, command);

  const round = await pickRound(context, surveys, command.roundId, language, { openOnly: command.kind !== 'results' && command.kind !== 'export' });
  if (!round) return;
  switch (command.kind) {
    case 'remind':
      return remindFromChat(context, surveys, deps, round, language);
    case 'extend':
      return extendFromChat(context, surveys, round, command.deadline, language);
    case 'close':
      return closeFromChat(context, surveys, deps, round, language);
    case 'results':
      return resultsFromChat(context, surveys, round, language);
    case 'export':
      return exportFromChat(context, surveys, round, language);
  }
}

/** `enkät`: the one open round's card at once, or a list to choose from. */
async function listRounds(context: TurnContext, surveys: SurveyContext, language: Language, roundId: string | undefined): Promise<void> {
  const actor = actorOf(context);
  if (roundId) {
    const round = await surveys.repo.findRound(roundId);
    const card = round && (await ownCard(surveys, round, actor, language));
    await context.sendActivity(card ? MessageFactory.attachment(CardFactory.adaptiveCard(card)) : SURVEY_REPLY[language].unknownRound(roundId));
    return;
  }
  const rounds = await roundsOpenTo(surveys, actor);
  if (rounds.length === 0) return void (await context.sendActivity(SURVEY_TEXT[language].none));
  if (rounds.length === 1) {
    const card = await ownCard(surveys, rounds[0]!, actor, language);
    return void (await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card!))));
  }
  const listed = await Promise.all(
    rounds.map(async (round) => ({ round, questionnaire: surveys.catalog.find(round.questionnaireId)!, answered: (await findOwnAnswer(surveys.repo, round, actor.person)) !== undefined })),
  );
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(buildSurveyListCard(listed, language))));
}

/** The named round, or the only candidate when none is named; otherwise says which ids exist. */
async function pickRound(context: TurnContext, surveys: SurveyContext, roundId: string | undefined, language: Language, options: { openOnly: boolean }): Promise<SurveyRound | undefined> {
  const r = SURVEY_REPLY[language];
  if (roundId) {
    const round = await surveys.repo.findRound(roundId);
    if (!round) await context.sendActivity(r.unknownRound(roundId));
    return round;
  }
  const candidates = (await surveys.repo.listRounds()).filter((round) => !options.openOnly || round.status === 'open');
  if (candidates.length === 1) return candidates[0];
  await context.sendActivity(r.whichRound(candidates.map((round) => `${round.id} (${round.status === 'open' ? SURVEY_TEXT[language].statusOpen : SURVEY_TEXT[language].statusClosed})`).join(', ')));
  return undefined;
}
