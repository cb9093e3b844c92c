/**
 * Answering questions from the knowledge base: understand the question, try the strategies that
 * fit what it asks (records first, passages to confirm and fill gaps), and say "I don't know" when
 * the documents do not carry the answer. Synchronous, local, no network.
 */
import type { KnowledgeBase } from '../knowledge/index.js';
import { answerIndexFor } from './answer-index.js';
import { notAnswered, type Answer, type Citation } from './compose.js';
import { suggestFollowUps, unansweredHint } from './follow-ups.js';
import { answerFromPassages } from './strategies/passages.js';
import { analyzeQuestion } from './understand.js';

export type { Answer, Citation };

export function answerQuestion(kb: KnowledgeBase, question: string, options: { now?: Date } = {}): Answer {
  const index = answerIndexFor(kb);
  const analysis = analyzeQuestion(index, question.trim(), options);
  const { answer } = answerFromPassages(index, analysis);
  if (answer) return { ...answer, followUps: suggestFollowUps(index, analysis, answer) };
  return notAnswered(analysis.language, unansweredHint(index, analysis));
}
