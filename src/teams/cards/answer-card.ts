/**
 * The answer as an Adaptive Card 1.5: the direct answer, the sources, a "show source" toggle that
 * reveals the quoted passages, 👍/👎 feedback and suggested follow-up questions. The same message
 * carries Teams citation entities (see answerCitationEntities) so clients that support AI citations
 * can link each [n] to its passage.
 */
import type { Answer, Citation } from '../../answering/index.js';
import type { Language } from '../turn.js';

type Json = Record<string, unknown>;

const TEXT = {
  sv: { sources: 'Källor', show: 'Visa källa', hide: 'Dölj källa', page: 's.', lines: 'rad', like: '👍 Bra svar', dislike: '👎 Dåligt svar', followUp: 'Du kan också fråga' },
  en: { sources: 'Sources', show: 'Show source', hide: 'Hide source', page: 'p.', lines: 'lines', like: '👍 Helpful', dislike: '👎 Not helpful', followUp: 'You can also ask' },
} as const;

const MAX_QUOTE = 500;
const MAX_FEEDBACK_ANSWER = 1500;

export function citationLabel(citation: Citation, language: Language): string {
  const t = TEXT[language];
  const parts = [citation.title];
  if (citation.section) parts.push(citation.section);
  if (citation.page) parts.push(`${t.page} ${citation.page}`);
  parts.push(`${t.lines} ${citation.lines}`);
  return parts.join(', ');
}

export function buildAnswerCard(question: string, answer: Answer): Json {
  const language = answer.language;
  const t = TEXT[language];
  const body: Json[] = [{ type: 'TextBlock', text: answer.text, wrap: true }];

  if (answer.citations.length > 0) {
    body.push({
      type: 'TextBlock',
      text: `**${t.sources}**\n\n${answer.citations.map((c, i) => `[${i + 1}] ${citationLabel(c, language)}`).join('\n\n')}`,
      wrap: true,
      size: 'Small',
      isSubtle: true,
      spacing: 'Medium',
    });
    body.push({
      type: 'Container',
      id: 'source-quotes',
      isVisible: false,
      style: 'emphasis',
      items: answer.citations.map((c, i) => ({
        type: 'TextBlock',
        text: `[${i + 1}] "${truncate(c.quote, MAX_QUOTE)}"`,
        wrap: true,
        size: 'Small',
      })),
    });
  }

  if (answer.followUps.length > 0) {
    // Containers with a selectAction wrap long questions; buttons in an ActionSet would cut them off.
    body.push({ type: 'TextBlock', text: `**${t.followUp}**`, wrap: true, size: 'Small', spacing: 'Medium' });
    for (const followUp of answer.followUps.slice(0, 3)) {
      body.push({
        type: 'Container',
        spacing: 'Small',
        selectAction: { type: 'Action.Submit', title: truncate(followUp, 60), data: { msteams: { type: 'imBack', value: followUp } } },
        items: [{ type: 'TextBlock', text: `→ ${followUp}`, wrap: true, color: 'Accent', size: 'Small' }],
      });
    }
  }

  const feedbackData = (reaction: 'like' | 'dislike') => ({
    reaction,
    question: truncate(question, 2000),
    answer: truncate(answer.text, MAX_FEEDBACK_ANSWER),
    strategy: answer.strategy,
    sources: answer.citations.map((c) => `${c.document}:${c.lines}`).slice(0, 10),
  });

  const actions: Json[] = [];
  if (answer.citations.length > 0) {
    actions.push({ type: 'Action.ToggleVisibility', title: t.show, targetElements: ['source-quotes'] });
  }
  actions.push(
    { type: 'Action.Execute', title: t.like, verb: 'answer.feedback', data: feedbackData('like') },
    { type: 'Action.Execute', title: t.dislike, verb: 'answer.feedback', data: feedbackData('dislike') },
  );

  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions,
  };
}

/** Teams AI citation entities: each claim points at the quoted passage of one source. */
export function answerCitationEntities(answer: Answer): Json[] {
  if (answer.citations.length === 0) return [];
  return [
    {
      type: 'https://schema.org/Message',
      '@type': 'Message',
      '@context': 'https://schema.org',
      '@id': '',
      additionalType: ['AIGeneratedContent'],
      citation: answer.citations.map((c, i) => ({
        '@type': 'Claim',
        position: i + 1,
        appearance: {
          '@type': 'DigitalDocument',
          name: truncate(c.title, 80),
          abstract: truncate(c.quote, 160),
          text: citationLabel(c, answer.language),
          keywords: [c.document, c.section].filter(Boolean).slice(0, 3).map((k) => truncate(k, 28)),
        },
      })),
    },
  ];
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
