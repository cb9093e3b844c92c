/**
 * A round's results as an Adaptive Card 1.5: answers per body, counts per option with bars, and
 * the comments. Teams renders chart elements (Chart.VerticalBar, Chart.Pie), but they are not in
 * the official 1.5 schema every card here must pass, so the bars are drawn with text in columns.
 */
import { percent, type RoundResults } from '../../surveys/index.js';
import type { Language } from '../turn.js';
import { SURVEY_TEXT, formatDate } from './survey-texts.js';

type Json = Record<string, unknown>;

const BAR_WIDTH = 12;
const MAX_COMMENTS_PER_QUESTION = 15;
const MAX_COMMENT_CHARS = 400;
/** Teams refuses cards over 28 KB; comments fill what the counts leave, the rest is in the CSV. */
const CARD_BUDGET_BYTES = 26_000;

export function buildSurveyResultsCard(results: RoundResults, language: Language): Json {
  const withoutComments = JSON.stringify(renderResults(results, language, { bytes: 0 })).length;
  return renderResults(results, language, { bytes: CARD_BUDGET_BYTES - withoutComments });
}

/** `room.bytes` is what the comments may still take; each comment shown uses up its JSON size. */
function renderResults(results: RoundResults, language: Language, room: { bytes: number }): Json {
  const t = SURVEY_TEXT[language];
  const status = results.status === 'open' ? t.statusOpen : t.statusClosed;
  const deadline = results.deadline ? `${t.deadline} ${formatDate(results.deadline, language)}` : t.noDeadline;
  const body: Json[] = [
    { type: 'TextBlock', text: `${t.resultsTitle}: ${results.title}`, size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: `${t.round} ${results.roundId} · ${status} · ${deadline}`, isSubtle: true, size: 'Small', wrap: true, spacing: 'None' },
    {
      type: 'TextBlock',
      text: t.responses(results.respondents, results.invited, percent(results.respondents, results.invited ?? 0)),
      weight: 'Bolder',
      wrap: true,
    },
  ];

  if (results.bodies.length > 0) {
    const answeredBodies = results.bodies.filter((b) => b.answers > 0).length;
    const most = Math.max(1, ...results.bodies.map((b) => b.answers));
    body.push(
      { type: 'TextBlock', text: t.perBody, size: 'Medium', weight: 'Bolder', separator: true, spacing: 'Large' },
      { type: 'TextBlock', text: t.bodiesAnswered(answeredBodies, results.bodies.length), wrap: true, isSubtle: true, spacing: 'None' },
      ...results.bodies.map((b) => barRow(b.body, b.answers, b.answers / most, `${b.answers}`)),
    );
  }

  let part = '';
  for (const question of results.questions) {
    if (question.part !== part) {
      part = question.part;
      body.push({ type: 'TextBlock', text: part, size: 'Medium', weight: 'Bolder', separator: true, spacing: 'Large', wrap: true });
    }
    body.push(
      { type: 'TextBlock', text: `${question.id}. ${question.text}`, weight: 'Bolder', wrap: true, spacing: 'Medium' },
      { type: 'TextBlock', text: t.answeredQuestion(question.answered), isSubtle: true, size: 'Small', spacing: 'None' },
    );
    for (const option of question.options) {
      body.push(barRow(option.label, option.count, question.answered ? option.count / question.answered : 0, `${option.count} (${percent(option.count, question.answered)} %)`));
    }
    if (question.comments.length > 0) {
      body.push({ type: 'TextBlock', text: question.followUp ?? t.comments, weight: 'Bolder', size: 'Small', spacing: 'Small' });
      let shown = 0;
      for (const comment of question.comments.slice(0, MAX_COMMENTS_PER_QUESTION)) {
        // TextRuns are not read as markdown, so a comment shows exactly as written.
        const element = {
          type: 'RichTextBlock',
          spacing: 'Small',
          inlines: [
            { type: 'TextRun', text: comment.body ? `${comment.body}: ` : '', weight: 'Bolder', size: 'Small' },
            { type: 'TextRun', text: truncate(comment.text, MAX_COMMENT_CHARS), size: 'Small' },
          ],
        };
        const size = JSON.stringify(element).length + 1;
        if (size > room.bytes) break;
        room.bytes -= size;
        body.push(element);
        shown += 1;
      }
      const hidden = question.comments.length - shown;
      if (hidden > 0) body.push({ type: 'TextBlock', text: t.moreComments(hidden), isSubtle: true, size: 'Small', wrap: true });
    }
  }
  body.push({ type: 'TextBlock', text: t.exportHint(results.roundId), isSubtle: true, size: 'Small', wrap: true, separator: true, spacing: 'Large' });

  return { type: 'AdaptiveCard', version: '1.5', body, fallbackText: `${t.resultsTitle}: ${results.title} (${results.roundId})` };
}

/** Label | bar | count, the bar's length proportional to `share` (0..1). */
function barRow(label: string, count: number, share: number, countText: string): Json {
  const blocks = count > 0 ? Math.max(1, Math.round(share * BAR_WIDTH)) : 0;
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: 4, items: [{ type: 'TextBlock', text: label, wrap: true, size: 'Small' }] },
      { type: 'Column', width: 4, items: [{ type: 'TextBlock', text: '█'.repeat(blocks) || '·', color: 'Accent', size: 'Small' }] },
      { type: 'Column', width: 2, items: [{ type: 'TextBlock', text: countText, size: 'Small', horizontalAlignment: 'Right' }] },
    ],
  };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
