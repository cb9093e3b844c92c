import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answering/index.js';
import type { KnowledgeBase } from '../../src/knowledge/index.js';
import { answerCitationEntities, buildAnswerCard } from '../../src/teams/cards/answer-card.js';
import { loadTestKnowledge } from '../helpers/knowledge.js';
import { schemaSkipReason, schemasAvailable, validateAdaptiveCard } from '../helpers/schemas.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadTestKnowledge();
});

const QUESTIONS = [
  'who chairs kommunchefsgruppen',
  'Vad uppnådde Lärcentrum under 2020?',
  'vem föredrar punkt 5 den 7 februari 2022?',
  'Hur många invånare hade Ragunda kommun 1850?',
];

describe('the answer card', () => {
  it.skipIf(!schemasAvailable).each(QUESTIONS)('validates against the official Adaptive Card 1.5 schema: %s', (question) => {
    const card = buildAnswerCard(question, answerQuestion(kb, question));
    expect(validateAdaptiveCard(card)).toEqual([]);
  });
  if (!schemasAvailable) it.skip(schemaSkipReason, () => {});

  it('reveals the quoted passages only through the "show source" toggle', () => {
    const answer = answerQuestion(kb, 'who chairs kommunchefsgruppen');
    const card = buildAnswerCard('who chairs kommunchefsgruppen', answer) as { body: Array<Record<string, any>>; actions: Array<Record<string, any>> };
    const quotes = card.body.find((element) => element.id === 'source-quotes');
    expect(quotes).toMatchObject({ isVisible: false });
    expect(JSON.stringify(quotes)).toContain(answer.citations[0]!.quote.slice(0, 40));
    expect(card.actions[0]).toMatchObject({ type: 'Action.ToggleVisibility', title: 'Show source', targetElements: ['source-quotes'] });
  });

  it('carries 👍/👎 feedback with the question and the answer, and one citation claim per source', () => {
    const answer = answerQuestion(kb, 'Vad uppnådde Lärcentrum under 2020?');
    const card = buildAnswerCard('Vad uppnådde Lärcentrum under 2020?', answer) as { actions: Array<Record<string, any>> };
    const feedback = card.actions.filter((action) => action.verb === 'answer.feedback');
    expect(feedback.map((action) => action.data.reaction)).toEqual(['like', 'dislike']);
    expect(feedback[0]!.data.question).toBe('Vad uppnådde Lärcentrum under 2020?');
    const [entity] = answerCitationEntities(answer) as Array<{ citation: unknown[] }>;
    expect(entity!.citation).toHaveLength(answer.citations.length);
  });

  it('has no sources and no citation entity when the documents do not answer', () => {
    const answer = answerQuestion(kb, 'Hur många invånare hade Ragunda kommun 1850?');
    expect(answer.answered).toBe(false);
    expect(answerCitationEntities(answer)).toEqual([]);
    expect(JSON.stringify(buildAnswerCard('q', answer))).not.toContain('source-quotes');
  });

  it('stays well under Teams\' 28 KB card limit', () => {
    for (const question of QUESTIONS) expect(JSON.stringify(buildAnswerCard(question, answerQuestion(kb, question))).length).toBeLessThan(28_000);
  });
});
