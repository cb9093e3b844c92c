/**
 * Curated records from seeds/: organs.json, people.json and questionnaires/*.json, validated
 * with zod when loaded. Each curated record cites the document lines it rests on. Curated data
 * complements what was extracted from the text and never replaces it: where both say
 * something different, the text wins and the difference is reported as a problem.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { looseText, slugify } from './patterns.js';
import type { IngestProblem, LogicalDocument, Organ, Person, Questionnaire, Records, SourceRef } from './types.js';

const citationSchema = z.object({
  file: z.string().min(1),
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});
export type Citation = z.infer<typeof citationSchema>;

export const curatedOrganSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case slugs'),
  name: z.string().min(1),
  abbreviations: z.array(z.string()).default([]),
  aliases: z.array(z.string()).default([]),
  description: z.string().optional(),
  composition: z.string().optional(),
  memberCount: z.number().int().positive().optional(),
  sources: z.array(citationSchema).min(1, 'a curated organ must cite where the text says so'),
});

export const curatedPersonSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  titles: z.array(z.string()).default([]),
  units: z.array(z.string()).default([]),
  phone: z.string().optional(),
  email: z.string().email().optional(),
  sources: z.array(citationSchema).min(1),
});

const optionSchema = z.object({ id: z.string().min(1), label: z.string().min(1) });
const questionSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  kind: z.enum(['choice', 'text']),
  options: z.array(optionSchema),
  followUp: z.string().optional(),
  required: z.boolean(),
  maxLength: z.number().int().positive().optional(),
});
export const curatedQuestionnaireSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  dnr: z.string().optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  bodies: z.array(z.string().min(1)),
  parts: z.array(z.object({ title: z.string().min(1), questions: z.array(questionSchema).min(1) })).min(1),
  source: citationSchema.optional(),
});

export type CuratedOrgan = z.infer<typeof curatedOrganSchema>;
export type CuratedPerson = z.infer<typeof curatedPersonSchema>;
export type CuratedQuestionnaire = z.infer<typeof curatedQuestionnaireSchema>;

export interface CuratedRecords {
  organs: CuratedOrgan[];
  people: CuratedPerson[];
  questionnaires: CuratedQuestionnaire[];
}

export async function loadCurated(seedsDir: string): Promise<{ records: CuratedRecords; problems: IngestProblem[] }> {
  const problems: IngestProblem[] = [];
  const records: CuratedRecords = { organs: [], people: [], questionnaires: [] };
  records.organs = await readList(path.join(seedsDir, 'organs.json'), curatedOrganSchema, problems);
  records.people = await readList(path.join(seedsDir, 'people.json'), curatedPersonSchema, problems);
  records.questionnaires = await loadQuestionnaireFiles(path.join(seedsDir, 'questionnaires'), problems);
  return { records, problems };
}

/** Questionnaires in seeds/questionnaires/*.json, one per file, validated. */
export async function loadQuestionnaireFiles(dir: string, problems: IngestProblem[]): Promise<CuratedQuestionnaire[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    // No curated questionnaires: the folder is optional.
    return [];
  }
  const result: CuratedQuestionnaire[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const parsed = await readJson(file, problems);
    if (parsed === undefined) continue;
    const checked = curatedQuestionnaireSchema.safeParse(parsed);
    if (checked.success) result.push(checked.data);
    else problems.push({ file, reason: `invalid questionnaire: ${formatIssues(checked.error)}` });
  }
  return result;
}

async function readList<T extends z.ZodTypeAny>(file: string, schema: T, problems: IngestProblem[]): Promise<z.infer<T>[]> {
  const parsed = await readJson(file, problems, { optional: true });
  if (parsed === undefined) return [];
  const checked = z.array(schema).safeParse(parsed);
  if (checked.success) return checked.data;
  problems.push({ file, reason: `invalid curated records: ${formatIssues(checked.error)}` });
  return [];
}

async function readJson(file: string, problems: IngestProblem[], options: { optional?: boolean } = {}): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!options.optional || (error as NodeJS.ErrnoException).code !== 'ENOENT') {
      problems.push({ file, reason: `cannot be read: ${(error as Error).message}` });
    }
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push({ file, reason: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Resolves a curated citation to a full SourceRef against the built documents. */
export function citeSource(citation: Citation, documents: readonly LogicalDocument[]): SourceRef {
  const document = documents.find(
    (d) => d.file === citation.file && d.lines[0] <= citation.lines[0] && d.lines[1] >= citation.lines[0],
  );
  return {
    file: citation.file,
    documentId: document?.id ?? `${citation.file}#0`,
    title: document?.title ?? citation.file,
    section: [],
    lines: citation.lines,
  };
}

export function mergeCurated(
  extracted: Records,
  curated: CuratedRecords,
  documents: readonly LogicalDocument[],
): { records: Records; problems: IngestProblem[] } {
  const problems: IngestProblem[] = [];
  const records: Records = { ...extracted };
  records.organs = mergeOrgans(extracted.organs, curated.organs, documents, problems);
  records.people = mergePeople(extracted.people, curated.people, documents, problems);
  records.questionnaires = mergeQuestionnaires(extracted.questionnaires, curated.questionnaires, documents, problems);
  return { records, problems };
}

function mergeOrgans(extracted: Organ[], curated: CuratedOrgan[], documents: readonly LogicalDocument[], problems: IngestProblem[]): Organ[] {
  const result = extracted.map((o) => ({ ...o, abbreviations: [...o.abbreviations], aliases: [...o.aliases], sources: [...o.sources] }));
  for (const entry of curated) {
    const names = new Set([entry.name, ...entry.abbreviations, ...entry.aliases].map((n) => n.toLowerCase()));
    const match = result.find(
      (o) => o.id === entry.id || [o.name, ...o.abbreviations].some((n) => names.has(n.toLowerCase())),
    );
    const sources = entry.sources.map((c) => citeSource(c, documents));
    if (!match) {
      result.push({ ...entry, sources });
      continue;
    }
    if (entry.memberCount && match.memberCount && entry.memberCount !== match.memberCount) {
      problems.push({ file: 'seeds/organs.json', reason: `conflict for ${entry.id}: curated memberCount ${entry.memberCount}, ${match.id} already has ${match.memberCount}` });
    }
    match.id = entry.id;
    match.abbreviations = union(match.abbreviations, entry.abbreviations);
    const taken = new Set([match.name, ...match.abbreviations].map((n) => n.toLowerCase()));
    match.aliases = union(match.aliases, [entry.name, ...entry.aliases]).filter((a) => !taken.has(a.toLowerCase()));
    match.description ??= entry.description;
    match.composition ??= entry.composition;
    match.memberCount ??= entry.memberCount;
    match.sources.push(...sources);
  }
  return result;
}

function mergePeople(extracted: Person[], curated: CuratedPerson[], documents: readonly LogicalDocument[], problems: IngestProblem[]): Person[] {
  const result = extracted.map((p) => ({ ...p, titles: [...p.titles], units: [...p.units], sources: [...p.sources] }));
  for (const entry of curated) {
    const sources = entry.sources.map((c) => citeSource(c, documents));
    const match = result.find((p) => p.id === entry.id || looseText(p.name) === looseText(entry.name));
    if (!match) {
      result.push({ ...entry, sources });
      continue;
    }
    for (const field of ['phone', 'email'] as const) {
      const curatedValue = entry[field];
      if (curatedValue && match[field] && looseText(curatedValue) !== looseText(match[field]!)) {
        problems.push({ file: 'seeds/people.json', reason: `conflict for ${entry.id}: curated ${field} "${curatedValue}", text says "${match[field]}"` });
      }
      if (curatedValue) match[field] ??= curatedValue;
    }
    match.titles = union(match.titles, entry.titles);
    match.units = union(match.units, entry.units);
    match.sources.push(...sources);
  }
  return result;
}

function mergeQuestionnaires(
  extracted: Questionnaire[],
  curated: CuratedQuestionnaire[],
  documents: readonly LogicalDocument[],
  problems: IngestProblem[],
): Questionnaire[] {
  const result = [...extracted];
  for (const entry of curated) {
    const at = result.findIndex((q) => looseText(q.title) === looseText(entry.title) || q.id === entry.id);
    const source = entry.source ? citeSource(entry.source, documents) : undefined;
    if (at < 0) {
      const { source: _citation, ...rest } = entry;
      result.push({ ...rest, ...(source ? { source } : {}) });
      continue;
    }
    const fromText = result[at];
    const differences = questionnaireDifferences(entry, fromText);
    for (const difference of differences) {
      problems.push({ file: `seeds/questionnaires/${entry.id}.json`, reason: `conflict with ${fromText.source?.file ?? 'the text'}: ${difference}` });
    }
    if (differences.length) {
      // The text's wording stands; the curated id is kept so surveys and records agree on it.
      result[at] = { ...fromText, id: entry.id, bodies: fromText.bodies.length ? fromText.bodies : entry.bodies };
    } else {
      // Same wording: the curated record adds what the text cannot say (option ids, answer lengths).
      const { source: _citation, ...rest } = entry;
      result[at] = { ...rest, ...(fromText.source ? { source: fromText.source } : {}) };
    }
  }
  return result;
}

/** Human-readable differences between a curated questionnaire and the one read from the text. */
export function questionnaireDifferences(curated: CuratedQuestionnaire | Questionnaire, fromText: Questionnaire): string[] {
  const differences: string[] = [];
  const same = (a?: string, b?: string) => looseText(a ?? '') === looseText(b ?? '');
  if (!same(curated.title, fromText.title)) differences.push(`title "${curated.title}" vs "${fromText.title}"`);
  if (curated.dnr && fromText.dnr && curated.dnr !== fromText.dnr) differences.push(`dnr ${curated.dnr} vs ${fromText.dnr}`);
  if (fromText.bodies.length && curated.bodies.map(slugify).join() !== fromText.bodies.map(slugify).join()) {
    differences.push(`bodies [${curated.bodies.join(', ')}] vs [${fromText.bodies.join(', ')}]`);
  }
  if (curated.parts.length !== fromText.parts.length) differences.push(`${curated.parts.length} parts vs ${fromText.parts.length}`);
  curated.parts.forEach((part, p) => {
    const other = fromText.parts[p];
    if (!other) return;
    if (!same(part.title, other.title)) differences.push(`part ${p + 1} title "${part.title}" vs "${other.title}"`);
    if (part.questions.length !== other.questions.length) differences.push(`part ${p + 1}: ${part.questions.length} questions vs ${other.questions.length}`);
    part.questions.forEach((question, q) => {
      const otherQuestion = other.questions[q];
      if (!otherQuestion) return;
      const label = `question ${question.id}`;
      if (question.id !== otherQuestion.id || !same(question.text, otherQuestion.text)) differences.push(`${label} text "${question.text}" vs "${otherQuestion.text}"`);
      if (question.kind !== otherQuestion.kind) differences.push(`${label} kind ${question.kind} vs ${otherQuestion.kind}`);
      if (question.options.map((o) => looseText(o.label)).join('|') !== otherQuestion.options.map((o) => looseText(o.label)).join('|')) {
        differences.push(`${label} options [${question.options.map((o) => o.label).join(', ')}] vs [${otherQuestion.options.map((o) => o.label).join(', ')}]`);
      }
      if (!same(question.followUp, otherQuestion.followUp)) differences.push(`${label} follow-up "${question.followUp ?? ''}" vs "${otherQuestion.followUp ?? ''}"`);
    });
  });
  return differences;
}

function union(a: string[], b: string[]): string[] {
  const seen = new Set(a.map((s) => s.toLowerCase()));
  const result = [...a];
  for (const item of b) {
    if (!seen.has(item.toLowerCase())) {
      seen.add(item.toLowerCase());
      result.push(item);
    }
  }
  return result;
}
