/**
 * Survey card data as it arrives (Action.Execute invoke or Action.Submit message), checked once
 * here. Who is answering always comes from the activity, never from the card: identity-like keys
 * in the data are ignored and reported so the edge can log them.
 */
import { z } from 'zod';
import { ROUND_ID, type Submission } from '../../surveys/index.js';

/** Far above any question's limit; the domain refuses past the question's own limit with a clear reason. */
const MAX_INPUT = 20_000;
const CHOICE_INPUT = /^q\.([A-Za-z0-9][A-Za-z0-9_-]{0,63})$/;
const TEXT_INPUT = /^q\.([A-Za-z0-9][A-Za-z0-9_-]{0,63})\.text$/;
const KNOWN_KEYS = new Set(['verb', 'roundId', 'lang', 'body', 'msteams']);

export const surveyVerbSchema = z.enum(['survey.submit', 'survey.refresh', 'survey.open']);
export type SurveyVerb = z.infer<typeof surveyVerbSchema>;

/** The `adaptiveCard/action` invoke's value. */
export const surveyInvokeSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: surveyVerbSchema,
    data: z.record(z.unknown()).default({}),
  }),
});

const cardDataSchema = z
  .object({
    roundId: z.string().regex(ROUND_ID, 'not a round id'),
    lang: z.enum(['sv', 'en']).catch('sv'),
    verb: surveyVerbSchema.optional(),
    body: z.string().max(200).optional(),
  })
  .passthrough();

export interface SurveyCardData {
  roundId: string;
  language: 'sv' | 'en';
  verb?: SurveyVerb;
  submission: Submission;
  /** Keys the card should not have sent (e.g. a forged "userId"); ignored. */
  ignoredKeys: string[];
}

export function parseSurveyCardData(data: unknown): { ok: true; value: SurveyCardData } | { ok: false; problem: string } {
  const parsed = cardDataSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'data'}: ${issue.message}`).join('; ') };
  const { roundId, lang, verb, body, ...rest } = parsed.data;
  const choices: Record<string, string> = {};
  const texts: Record<string, string> = {};
  const ignoredKeys: string[] = [];
  for (const [key, value] of Object.entries(rest)) {
    const choice = CHOICE_INPUT.exec(key);
    const text = TEXT_INPUT.exec(key);
    if (!choice && !text) {
      if (!KNOWN_KEYS.has(key)) ignoredKeys.push(key.slice(0, 64));
      continue;
    }
    if (typeof value !== 'string') return { ok: false, problem: `${key}: expected text` };
    if (value.length > MAX_INPUT) return { ok: false, problem: `${key}: longer than ${MAX_INPUT} characters` };
    if (choice) choices[choice[1]!] = value;
    else texts[text![1]!] = value;
  }
  return { ok: true, value: { roundId, language: lang, verb, submission: { roundId, body, choices, texts }, ignoredKeys } };
}

const mentionEntitySchema = z.object({
  type: z.literal('mention'),
  mentioned: z.object({ id: z.string().min(1).max(1024), name: z.string().max(256).optional() }),
});

/** People @mentioned in a message, except the bot itself; entities of other kinds or shapes are skipped. */
export function mentionedUsers(entities: unknown, botId: string | undefined): Array<{ userId: string; name: string | null }> {
  if (!Array.isArray(entities)) return [];
  const users = new Map<string, string | null>();
  for (const entity of entities) {
    const parsed = mentionEntitySchema.safeParse(entity);
    if (!parsed.success || parsed.data.mentioned.id === botId) continue;
    users.set(parsed.data.mentioned.id, parsed.data.mentioned.name ?? null);
  }
  return [...users].map(([userId, name]) => ({ userId, name }));
}
