/**
 * The questionnaire as an Adaptive Card 1.5. One builder serves every view: the card posted to a
 * channel, each member's own refreshed card (empty, or prefilled with their answers), the
 * confirmation after a submit and the read-only card once the round is closed.
 *
 * Universal Actions: submitting is an Action.Execute (verb `survey.submit`) with an Action.Submit
 * fallback for clients without them; `refresh` (verb `survey.refresh`) asks the bot for the viewer's
 * own card, which the bot returns as the invoke response and never writes to the shared message.
 */
import type { Questionnaire } from '../../knowledge/types.js';
import { textLimit, type StoredAnswer, type SurveyRound } from '../../surveys/index.js';
import type { Language } from '../turn.js';
import { SURVEY_TEXT, formatDate, formatStamp } from './survey-texts.js';

type Json = Record<string, unknown>;

export const SURVEY_VERBS = { submit: 'survey.submit', refresh: 'survey.refresh', open: 'survey.open' } as const;
/** Teams refreshes automatically for at most 60 listed users. */
export const MAX_REFRESH_USERS = 60;

export type SurveyCardState = 'open' | 'closed' | 'deadline-passed' | 'not-invited';

export interface SurveyCardView {
  round: SurveyRound;
  questionnaire: Questionnaire;
  language: Language;
  state: SurveyCardState;
  /** The viewer's stored answer: shown, and prefilled while the round is open. */
  answer?: StoredAnswer;
  /** Values to prefill instead of the stored answer (a refused submit), so nothing typed is lost. */
  draft?: { body?: string; choices: Record<string, string>; texts: Record<string, string> };
  notice?: { tone: 'good' | 'attention'; text: string };
  /** Teams user ids ("29:…") whose clients refresh the card by themselves; none means refresh on demand. */
  refreshUserIds?: string[];
  /** False for the final card that replaces posted messages when a round closes. */
  refresh?: boolean;
  /** Posted where many see it: speaks to nobody in particular. */
  shared?: boolean;
}

export function inputId(questionId: string, part: 'choice' | 'text'): string {
  return part === 'choice' ? `q.${questionId}` : `q.${questionId}.text`;
}

export function buildSurveyCard(view: SurveyCardView): Json {
  const { round, questionnaire, language } = view;
  const t = SURVEY_TEXT[language];
  const data = { roundId: round.id, lang: language };
  const body: Json[] = [
    { type: 'TextBlock', text: questionnaire.title, size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: roundLine(view), isSubtle: true, size: 'Small', wrap: true, spacing: 'None' },
  ];
  if (view.notice) {
    body.push({
      type: 'Container',
      style: view.notice.tone === 'good' ? 'good' : 'attention',
      items: [{ type: 'TextBlock', text: view.notice.text, wrap: true, weight: 'Bolder' }],
    });
  }

  const open = view.state === 'open';
  if (view.state === 'not-invited') {
    body.push({ type: 'TextBlock', text: t.notForYou, wrap: true });
  } else if (open) {
    if (!view.notice && !view.shared) {
      body.push({ type: 'TextBlock', text: view.answer ? t.answered(formatStamp(view.answer.updatedAt, language)) : t.notAnswered, wrap: true, isSubtle: true });
    }
    body.push(...answerInputs(view));
  } else {
    body.push({ type: 'TextBlock', text: view.state === 'closed' ? t.closed : t.deadlinePassed(formatDate(round.deadline ?? '', language)), wrap: true, weight: 'Bolder' });
    if (view.answer) body.push(...answerSummary(questionnaire, view.answer, language));
    else if (!view.shared) body.push({ type: 'TextBlock', text: t.noAnswer, wrap: true, isSubtle: true });
  }

  const card: Json = { type: 'AdaptiveCard', version: '1.5', body, fallbackText: `${questionnaire.title} – ${t.round} ${round.id}` };
  if (view.refresh !== false) {
    const refresh: Json = { action: { type: 'Action.Execute', verb: SURVEY_VERBS.refresh, data } };
    const userIds = view.refreshUserIds?.slice(0, MAX_REFRESH_USERS);
    if (userIds?.length) refresh.userIds = userIds;
    card.refresh = refresh;
  }
  if (open) {
    const title = view.answer ? t.update : t.submit;
    card.actions = [
      {
        type: 'Action.Execute',
        title,
        verb: SURVEY_VERBS.submit,
        data,
        style: 'positive',
        fallback: { type: 'Action.Submit', title, data: { verb: SURVEY_VERBS.submit, ...data }, style: 'positive' },
      },
    ];
  }
  return card;
}

function roundLine(view: SurveyCardView): string {
  const t = SURVEY_TEXT[view.language];
  const parts = [`${t.round} ${view.round.id}`];
  if (view.questionnaire.dnr) parts.unshift(`Dnr ${view.questionnaire.dnr}`);
  parts.push(view.round.deadline ? `${t.deadline} ${formatDate(view.round.deadline, view.language)}` : t.noDeadline);
  if (view.round.anonymous) parts.push(t.anonymous);
  return parts.join(' · ');
}

function answerInputs(view: SurveyCardView): Json[] {
  const { round, questionnaire, language } = view;
  const t = SURVEY_TEXT[language];
  const values = view.draft ?? view.answer ?? { body: undefined, choices: {}, texts: {} };
  const items: Json[] = [];
  if (round.bodies.length > 1) {
    items.push({
      type: 'Input.ChoiceSet',
      id: 'body',
      label: t.body,
      placeholder: t.bodyPlaceholder,
      style: 'compact',
      isRequired: true,
      errorMessage: t.bodyError,
      choices: round.bodies.map((name) => ({ title: name, value: name })),
      ...(values.body ? { value: values.body } : {}),
    });
  } else if (round.bodies.length === 1) {
    items.push({ type: 'TextBlock', text: `${t.body}: **${round.bodies[0]}**`, wrap: true });
  }
  for (const part of questionnaire.parts) {
    items.push({ type: 'TextBlock', text: part.title, size: 'Medium', weight: 'Bolder', wrap: true, separator: true, spacing: 'Large' });
    for (const question of part.questions) {
      const label = `${question.id}. ${question.text}`;
      const text = values.texts[question.id];
      if (question.kind === 'choice') {
        const choice = values.choices[question.id];
        items.push({
          type: 'Input.ChoiceSet',
          id: inputId(question.id, 'choice'),
          label,
          style: 'expanded',
          wrap: true,
          isRequired: question.required,
          errorMessage: t.choiceError,
          choices: question.options.map((option) => ({ title: option.label, value: option.id })),
          ...(choice ? { value: choice } : {}),
        });
      }
      if (question.kind === 'text' || question.followUp) {
        items.push({
          type: 'Input.Text',
          id: inputId(question.id, 'text'),
          label: question.kind === 'text' ? label : question.followUp,
          isMultiline: true,
          maxLength: textLimit(question),
          isRequired: question.kind === 'text' && question.required,
          errorMessage: t.textError(textLimit(question)),
          ...(text ? { value: text } : {}),
        });
      }
    }
  }
  return items;
}

function answerSummary(questionnaire: Questionnaire, answer: StoredAnswer, language: Language): Json[] {
  const t = SURVEY_TEXT[language];
  const items: Json[] = [{ type: 'TextBlock', text: t.yourAnswers, weight: 'Bolder', spacing: 'Medium' }];
  if (answer.body) items.push({ type: 'TextBlock', text: `${t.body}: ${answer.body}`, wrap: true });
  for (const question of questionnaire.parts.flatMap((part) => part.questions)) {
    const chosen = question.options.find((option) => option.id === answer.choices[question.id])?.label;
    const text = answer.texts[question.id];
    const written = text && question.followUp ? `${question.followUp} ${text}` : text;
    items.push(
      { type: 'TextBlock', text: `${question.id}. ${question.text}`, weight: 'Bolder', wrap: true, spacing: 'Medium' },
      // A TextRun is not read as markdown, so what people wrote shows exactly as written.
      { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: [chosen, written].filter(Boolean).join(' – ') || '–' }], spacing: 'None' },
    );
  }
  return items;
}
