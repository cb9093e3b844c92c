/**
 * What the Teams edge asks a question of: answering on this thread, or on worker threads
 * (answer-threads.ts) so that a question's CPU stays off the event loop that serves every turn.
 */
import type { KnowledgeBase } from '../knowledge/index.js';
import { answerQuestion, type Answer } from './index.js';

export interface Answerer {
  answer(question: string, options?: { now?: Date }): Promise<Answer>;
}

export function inProcessAnswerer(current: () => KnowledgeBase): Answerer {
  return {
    answer: async (question, options = {}) => answerQuestion(current(), question, options),
  };
}
