/**
 * Questionnaire definitions are data: `seeds/questionnaires/*.json`, checked here when loaded so a
 * broken file is reported by name and skipped instead of breaking a round later.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Question, Questionnaire, SourceRef } from '../knowledge/types.js';

/** Free text longer than this is refused even when a question sets no limit. */
export const DEFAULT_TEXT_LIMIT = 2000;
/** Card input ids are built from question ids, so they stay short and plain. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const sourceRefSchema = z
  .object({
    file: z.string(),
    documentId: z.string(),
    title: z.string(),
    section: z.array(z.string()),
    page: z.number().int().positive().optional(),
    lines: z.tuple([z.number().int(), z.number().int()]),
  })
  .strict();

/** Seeds may cite just file and lines (the knowledge build resolves them); surveys keep only a full SourceRef. */
const sourceSchema = z.union([
  sourceRefSchema,
  z.object({ file: z.string(), lines: z.tuple([z.number().int(), z.number().int()]) }).strict().transform(() => undefined),
]);

const optionSchema = z
  .object({
    id: z.string().regex(ID, 'option ids are letters, digits, "-" or "_"'),
    label: z.string().trim().min(1).max(300),
  })
  .strict();

const questionSchema = z
  .object({
    id: z.string().regex(ID, 'question ids are letters, digits, "-" or "_"'),
    text: z.string().trim().min(1).max(1000),
    kind: z.enum(['choice', 'text']),
    options: z.array(optionSchema).default([]),
    followUp: z.string().trim().min(1).max(300).optional(),
    required: z.boolean(),
    maxLength: z.number().int().min(1).max(10_000).optional(),
  })
  .strict()
  .superRefine((question, ctx) => {
    if (question.kind === 'choice' && question.options.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `choice question ${question.id} needs at least two options` });
    }
    if (question.kind === 'text' && (question.options.length > 0 || question.followUp)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `text question ${question.id} takes no options or follow-up` });
    }
    const duplicate = firstDuplicate(question.options.map((option) => option.id));
    if (duplicate) ctx.addIssue({ code: 'custom', path: ['options'], message: `option id "${duplicate}" appears twice in question ${question.id}` });
  });

export const questionnaireSchema = z
  .object({
    id: z.string().regex(ID, 'questionnaire ids are letters, digits, "-" or "_"'),
    title: z.string().trim().min(1).max(500),
    dnr: z.string().optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').optional(),
    bodies: z.array(z.string().trim().min(1).max(100)),
    parts: z.array(z.object({ title: z.string().trim().min(1).max(300), questions: z.array(questionSchema).min(1) }).strict()).min(1),
    source: sourceSchema.optional(),
  })
  .strict()
  .superRefine((questionnaire, ctx) => {
    const duplicate = firstDuplicate(questionnaire.parts.flatMap((part) => part.questions.map((question) => question.id)));
    if (duplicate) ctx.addIssue({ code: 'custom', path: ['parts'], message: `question id "${duplicate}" appears twice` });
    const body = firstDuplicate(questionnaire.bodies.map((name) => name.toLowerCase()));
    if (body) ctx.addIssue({ code: 'custom', path: ['bodies'], message: `body "${body}" appears twice` });
  });

// The schema must produce exactly the shared knowledge type; this line fails the build if they drift.
const _sameShape: (value: z.infer<typeof questionnaireSchema> & { source?: SourceRef }) => Questionnaire = (value) => value;
void _sameShape;

export interface QuestionnaireProblem {
  file: string;
  reason: string;
}

export interface QuestionnaireCatalog {
  all(): Questionnaire[];
  find(id: string): Questionnaire | undefined;
}

export function parseQuestionnaire(json: unknown): { ok: true; questionnaire: Questionnaire } | { ok: false; reason: string } {
  const parsed = questionnaireSchema.safeParse(json);
  if (parsed.success) {
    const { source, ...questionnaire } = parsed.data;
    return { ok: true, questionnaire: source ? { ...questionnaire, source } : questionnaire };
  }
  return { ok: false, reason: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).join('; ') };
}

/** Reads every `*.json` in `dir`; files that do not parse are reported and left out. A missing dir is no questionnaires. */
export function loadQuestionnaires(dir: string): { catalog: QuestionnaireCatalog; problems: QuestionnaireProblem[] } {
  const problems: QuestionnaireProblem[] = [];
  const found: Questionnaire[] = [];
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  for (const name of files) {
    const file = path.join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push({ file, reason: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = parseQuestionnaire(json);
    if (!parsed.ok) problems.push({ file, reason: parsed.reason });
    else if (found.some((q) => q.id === parsed.questionnaire.id)) problems.push({ file, reason: `questionnaire id "${parsed.questionnaire.id}" is already used by another file` });
    else found.push(parsed.questionnaire);
  }
  return { catalog: createQuestionnaireCatalog(found), problems };
}

export function createQuestionnaireCatalog(questionnaires: Questionnaire[]): QuestionnaireCatalog {
  const byId = new Map(questionnaires.map((q) => [q.id.toLowerCase(), q]));
  return {
    all: () => [...questionnaires],
    find: (id) => byId.get(id.toLowerCase()),
  };
}

export function questionsOf(questionnaire: Questionnaire): Question[] {
  return questionnaire.parts.flatMap((part) => part.questions);
}

export function textLimit(question: Question): number {
  return question.maxLength ?? DEFAULT_TEXT_LIMIT;
}

/** A choice question with a follow-up, or a text question, takes free text. */
export function takesText(question: Question): boolean {
  return question.kind === 'text' || question.followUp !== undefined;
}

function firstDuplicate(values: string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}
