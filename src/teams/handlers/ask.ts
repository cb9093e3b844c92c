/** Any other message is a question: answer it from the documents with sources. */
import type { Application } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { answerCitationEntities, buildAnswerCard } from '../cards/answer-card.js';
import type { BotDeps } from '../deps.js';
import { answerFeedbackSchema } from '../inbound/ask.js';
import { readTurn, replyLanguage } from '../turn.js';

export function registerAsk(app: Application, deps: BotDeps): void {
  app.adaptiveCards.actionExecute('answer.feedback', async (context, _state, data) => {
    const parsed = answerFeedbackSchema.safeParse(data);
    const turn = readTurn(context);
    const english = replyLanguage({ text: '', locale: turn.locale }) === 'en';
    if (!parsed.success) {
      deps.log.warn({ activityId: context.activity.id, problems: parsed.error.issues.length }, 'rejected malformed answer feedback');
      return english ? 'That feedback could not be read.' : 'Återkopplingen kunde inte läsas.';
    }
    const feedback = parsed.data;
    await deps.store.collection('feedback').put(randomUUID(), {
      reaction: feedback.reaction,
      question: feedback.question,
      answer: feedback.answer,
      strategy: feedback.strategy ?? null,
      sources: feedback.sources,
      conversationKind: turn.conversationKind,
      userAadId: turn.userAadId ?? null,
      at: deps.clock().toISOString(),
    });
    return english ? 'Thank you for your feedback!' : 'Tack för din återkoppling!';
  });

  app.activity('message', async (context) => {
    const turn = readTurn(context);
    if (!turn.text) {
      const value = context.activity.value;
      if (value !== undefined) {
        // A card submit that no route claimed: a stale or forged card.
        deps.log.warn({ activityId: context.activity.id }, 'unhandled card submit');
        await context.sendActivity(replyLanguage(turn) === 'en' ? 'That card action is not available any more.' : 'Den kortåtgärden är inte längre tillgänglig.');
      }
      return;
    }
    const answer = await deps.answerer.answer(turn.text, { now: deps.clock() });
    const reply = MessageFactory.attachment(CardFactory.adaptiveCard(buildAnswerCard(turn.text, answer)));
    reply.entities = answerCitationEntities(answer) as never;
    await context.sendActivity(reply);
    deps.log.info({ activityId: context.activity.id, conversationKind: turn.conversationKind, answered: answer.answered, strategy: answer.strategy }, 'answered question');
  });
}
