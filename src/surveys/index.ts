/** The survey domain: questionnaires as data, rounds, answers, results and CSV. SDK-free. */
import path from 'node:path';
import type { DocumentStore } from '../storage/document-store.js';
import { loadQuestionnaires, type QuestionnaireProblem } from './questionnaire.js';
import { createSurveyRepository } from './repository.js';
import type { SurveyContext } from './rounds.js';

export { parseSurveyCommand, type SurveyCommand, type UsageProblem, type UsageTopic } from './commands.js';
export { answersToCsv, csvFileName } from './csv.js';
export { checkSubmission, findOwnAnswer, nonResponders, submitAnswer, type Submission, type SubmitOutcome, type SubmitRefusal } from './answers.js';
export {
  DEFAULT_TEXT_LIMIT,
  createQuestionnaireCatalog,
  loadQuestionnaires,
  parseQuestionnaire,
  questionsOf,
  takesText,
  textLimit,
  type QuestionnaireCatalog,
  type QuestionnaireProblem,
} from './questionnaire.js';
export { createSurveyRepository, type StoredAnswer, type SurveyRepository } from './repository.js';
export { computeResults, percent, type RoundResults } from './results.js';
export {
  DEMO_ROUND_ID,
  ROUND_ID,
  answerState,
  baseConversationId,
  knownMembers,
  mayAnswer,
  type Actor,
  type Audience,
  type ConversationAddress,
  type Person,
  type Publication,
  type SurveyRound,
} from './round.js';
export {
  DEMO_QUESTIONNAIRE_ID,
  closeRound,
  ensureDemoRound,
  extendDeadline,
  recordPublications,
  resolveBodies,
  resolveQuestionnaire,
  roundsOpenTo,
  startRound,
  type SurveyContext,
} from './rounds.js';

/** Loads `<seedsDir>/questionnaires/*.json` and binds the domain to the store and clock. */
export function openSurveys(options: { store: DocumentStore; seedsDir: string; clock: () => Date }): { surveys: SurveyContext; problems: QuestionnaireProblem[] } {
  const { catalog, problems } = loadQuestionnaires(path.join(options.seedsDir, 'questionnaires'));
  return { surveys: { repo: createSurveyRepository(options.store), catalog, clock: options.clock }, problems };
}
