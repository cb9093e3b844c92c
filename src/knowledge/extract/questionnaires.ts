/**
 * Questionnaires (enkät / frågeformulär / "Frågor för …"): part headings, numbered questions,
 * tick-box options in order, free-text follow-ups ("Varför? ……") and free-text questions.
 * The bodies a questionnaire is for come from the fill-in field it starts with ("Samverkansorgan
 * ……") and the sentence elsewhere in the pack that lists them ("Berörda samverkansorgan är …").
 */
import { escapeRegExp, slugify } from '../patterns.js';
import type { LogicalDocument, Question, Questionnaire, QuestionnairePart } from '../types.js';
import type { ExtractionInput } from './input.js';
import { sourceForLine } from './source.js';

const QUESTION = /^(\d{1,2})\.\s+(.+)$/;
const FILL_IN = /[.…_]{4,}/;
const TEXT_ANSWER_MAX = 2000;

export function extractQuestionnaires(input: ExtractionInput): Questionnaire[] {
  return input.documents.filter((d) => d.type === 'enkat').flatMap((d) => {
    const questionnaire = parseQuestionnaire(input, d);
    return questionnaire ? [questionnaire] : [];
  });
}

function parseQuestionnaire(input: ExtractionInput, document: LogicalDocument): Questionnaire | undefined {
  const from = document.lines[0] - 1;
  const to = document.lines[1] - 1;
  const { lines, rawLines } = input;
  const parts: QuestionnairePart[] = [];
  let fillInLabel: string | undefined;
  let question: Question | undefined;
  let pendingTitle: string | undefined;
  let collectingText = false;
  const titleWords = new Set(document.title.toLowerCase().split(/\s+/));

  for (let i = from; i <= to; i++) {
    const line = lines[i];
    if (!line) {
      collectingText = false;
      continue;
    }
    const raw = rawLines[i] ?? line;
    const numbered = QUESTION.exec(line);
    if (numbered) {
      question = { id: numbered[1], text: numbered[2].trim(), kind: 'text', options: [], required: false };
      collectingText = !/\?$/.test(question.text);
      if (!parts.length || pendingTitle) parts.push({ title: pendingTitle ?? '', questions: [] });
      pendingTitle = undefined;
      parts[parts.length - 1].questions.push(question);
      continue;
    }
    if (question && collectingText && !input.lineInfo?.[i]?.bullet) {
      question.text = `${question.text} ${line}`;
      collectingText = !/\?$/.test(line);
      continue;
    }
    if (question && input.lineInfo?.[i]?.bullet) {
      const label = line.replace(/^-\s*/, '').trim();
      question.options.push({ id: slugify(label), label });
      question.kind = 'choice';
      question.required = true;
      continue;
    }
    if (FILL_IN.test(raw)) {
      const label = line.trim();
      if (!label) continue;
      if (!question) fillInLabel ??= label;
      else if (question.options.length && /\?$/.test(label)) question.followUp = label;
      continue;
    }
    if (isTitleLine(line, titleWords)) continue;
    if (line.length <= 80 && !/[.]$/.test(line)) pendingTitle = line.trim();
  }
  if (!parts.length) return undefined;
  for (const part of parts) {
    for (const q of part.questions) if (q.kind === 'text') q.maxLength = TEXT_ANSWER_MAX;
  }
  return {
    id: slugify(document.title).slice(0, 80),
    title: document.title,
    ...(document.dnr?.[0] ? { dnr: document.dnr[0] } : {}),
    ...(document.date ? { date: document.date } : {}),
    bodies: fillInLabel ? bodiesListed(input, fillInLabel) : [],
    parts,
    source: sourceForLine(input, from, to),
  };
}

/** Lines of the document title (it may wrap over several lines) are not part headings. */
function isTitleLine(line: string, titleWords: Set<string>): boolean {
  const words = line.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => titleWords.has(w));
}

/**
 * "Berörda samverkansorgan är FoU-rådet, Lärcentrasamverkan, SocSam(sociala området), …
 * samt förvaltningschefer." → the bodies, without their parenthesised explanations.
 */
export function bodiesListed(input: ExtractionInput, label: string): string[] {
  const text = input.lines.filter(Boolean).join(' ');
  const stem = label.toLowerCase().replace(/(en|et|er|na)$/, '');
  const pattern = new RegExp(`berörda\\s+${escapeRegExp(stem)}\\p{L}*\\s+(?:är|:)\\s+(.+?)\\.(?:\\s|$)`, 'iu');
  const match = pattern.exec(text);
  if (!match) return [];
  return match[1]
    .replace(/\s*\([^)]*\)/g, '')
    .split(/\s*,\s*|\s+samt\s+|\s+och\s+/)
    .map((b) => b.trim())
    .filter(Boolean);
}

