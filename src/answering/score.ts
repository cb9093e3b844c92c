/**
 * The evaluation's scoring rule, exactly as ../shared/eval/README.md states it: positive questions need
 * "answered" and every expect_all phrase plus one expect_any phrase in the first 600 characters;
 * negative questions need "answered": false.
 */
import { z } from 'zod';
import { escapeRegExp } from '../knowledge/patterns.js';

export const evalQuestionSchema = z.object({
  id: z.string(),
  lang: z.enum(['sv', 'en']),
  question: z.string(),
  expect_all: z.array(z.string()),
  expect_any: z.array(z.string()),
  source: z.string().optional(),
  lines: z.string().optional(),
  kind: z.string(),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export interface ScoredOutput {
  answered: boolean;
  answer: string;
}

export const SCORED_PREFIX_LENGTH = 600;

export function normalizeForScoring(text: string): string {
  return String(text ?? '')
    .replace(/[\s\u00a0\u202f\u2028\u2029]+/g, ' ')
    .toLowerCase();
}

/** Whether a normalised answer contains the phrase; digit-only phrases must stand as whole numbers. */
export function containsPhrase(normalizedText: string, phrase: string): boolean {
  const p = normalizeForScoring(phrase).trim();
  if (/^[\d ,.]+$/.test(p)) {
    const escaped = escapeRegExp(p);
    return new RegExp(`(^|[^\\d,.])${escaped}($|[^\\d,.]|[,.](?!\\d))`).test(normalizedText);
  }
  return normalizedText.includes(p);
}

export function isCorrect(question: EvalQuestion, output: ScoredOutput): boolean {
  if (question.kind === 'negative') return output.answered === false;
  const text = normalizeForScoring(output.answer).slice(0, SCORED_PREFIX_LENGTH);
  return (
    output.answered !== false &&
    question.expect_all.every((p) => containsPhrase(text, p)) &&
    (question.expect_any.length === 0 || question.expect_any.some((p) => containsPhrase(text, p)))
  );
}

/** Phrases the answer is missing, for failure reports. */
export function missingPhrases(question: EvalQuestion, output: ScoredOutput): string[] {
  if (question.kind === 'negative') return output.answered ? ['(should not answer)'] : [];
  const text = normalizeForScoring(output.answer).slice(0, SCORED_PREFIX_LENGTH);
  const missing = question.expect_all.filter((p) => !containsPhrase(text, p));
  if (question.expect_any.length > 0 && !question.expect_any.some((p) => containsPhrase(text, p))) {
    missing.push(`one of: ${question.expect_any.join(' | ')}`);
  }
  if (output.answered === false) missing.unshift('(not answered)');
  return missing;
}

export interface Tally {
  correct: number;
  total: number;
}

export interface EvalSummary {
  overall: Tally;
  byKind: Record<string, Tally>;
  byLanguage: Record<string, Tally>;
}

export function summarize(results: Array<{ question: EvalQuestion; correct: boolean }>): EvalSummary {
  const summary: EvalSummary = { overall: { correct: 0, total: 0 }, byKind: {}, byLanguage: {} };
  const add = (tally: Tally, ok: boolean) => {
    tally.total += 1;
    if (ok) tally.correct += 1;
  };
  for (const { question, correct } of results) {
    add(summary.overall, correct);
    add((summary.byKind[question.kind] ??= { correct: 0, total: 0 }), correct);
    add((summary.byLanguage[question.lang] ??= { correct: 0, total: 0 }), correct);
  }
  return summary;
}

export function parseQuestionSet(text: string, fileName: string): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new Error(`${fileName}:${index + 1}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = evalQuestionSchema.safeParse(json);
    if (!parsed.success) {
      throw new Error(`${fileName}:${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    questions.push(parsed.data);
  });
  return questions;
}
