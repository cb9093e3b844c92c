/**
 * Answers from a fixture corpus written for a test file, built once before its tests: `answered` returns the
 * answer, `shown` asserts that one was given and returns what the scoring rule reads (its first 600 characters), `declined`
 * asserts that none was.
 */
import { beforeAll, expect } from 'vitest';
import { answerIndexFor, type AnswerIndex } from '../../src/answering/answer-index.js';
import { answerQuestion, type Answer } from '../../src/answering/index.js';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/index.js';

export function answersFrom(corpusDir: string, now = new Date('2026-04-01T10:00:00Z')) {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await buildKnowledgeBase({ corpusDirs: [corpusDir], seedsDir: 'seeds' });
  });
  const answered = (question: string): Answer => answerQuestion(kb, question, { now });
  const shown = (question: string): string => {
    const answer = answered(question);
    expect(answer.answered, answer.text).toBe(true);
    return answer.text.slice(0, 600);
  };
  /** Asserts that the question is declined (a near miss answered would be a confident wrong answer). */
  const declined = (question: string): void => {
    const answer = answered(question);
    expect(answer.answered, answer.text).toBe(false);
  };
  const index = (): AnswerIndex => answerIndexFor(kb);
  return { answered, shown, declined, index };
}
