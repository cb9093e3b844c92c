/**
 * The survey chat commands (grammar in README.md), parsed from the message text. Returns
 * undefined for text that is not a survey command, so questions like "resultat för 2021" still
 * reach question answering: the short verbs only count when followed by a round id or nothing.
 */
import { ROUND_ID } from './round.js';

export type CommandLanguage = 'sv' | 'en';
export type UsageTopic = 'start' | 'remind' | 'extend' | 'close' | 'results' | 'export';
export type UsageProblem = { code: 'unexpected-word'; word: string } | { code: 'missing-date' } | { code: 'bad-date'; word: string } | { code: 'missing-bodies' };

export type SurveyCommand =
  | { kind: 'list'; language: CommandLanguage; roundId?: string }
  | { kind: 'start'; language: CommandLanguage; questionnaire?: string; bodies: string[]; deadline: string | null; anonymous: boolean }
  | { kind: 'remind' | 'close' | 'results' | 'export'; language: CommandLanguage; roundId?: string }
  | { kind: 'extend'; language: CommandLanguage; roundId?: string; deadline: string }
  | { kind: 'usage'; language: CommandLanguage; topic: UsageTopic; problem: UsageProblem };

const LIST = /^(enkät|enkäter|enkat|enkater|survey|surveys)$/;
const START = /^(starta|start)\s+(en\s+|a\s+|new\s+|ny\s+)?(enkät|enkäten|enkat|survey)(?:\s+|$)/;
const SHORT_VERBS: Record<string, { kind: 'remind' | 'extend' | 'close' | 'results' | 'export'; language: CommandLanguage }> = {
  påminn: { kind: 'remind', language: 'sv' },
  paminn: { kind: 'remind', language: 'sv' },
  remind: { kind: 'remind', language: 'en' },
  förläng: { kind: 'extend', language: 'sv' },
  forlang: { kind: 'extend', language: 'sv' },
  extend: { kind: 'extend', language: 'en' },
  stäng: { kind: 'close', language: 'sv' },
  stang: { kind: 'close', language: 'sv' },
  close: { kind: 'close', language: 'en' },
  resultat: { kind: 'results', language: 'sv' },
  results: { kind: 'results', language: 'en' },
  exportera: { kind: 'export', language: 'sv' },
  export: { kind: 'export', language: 'en' },
};
/** Words allowed between a short verb and the round id: "stäng enkät e2", "results for e2". */
const FILLER = new Set(['enkät', 'enkäten', 'enkat', 'survey', 'för', 'for', 'om', 'of', 'på', 'the']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/;

export function parseSurveyCommand(rawText: string): SurveyCommand | undefined {
  const text = rawText
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/[.!?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (!text) return undefined;
  const words = text.split(' ');

  if (LIST.test(words[0]!) && words.length <= 2) {
    if (words.length === 1) return { kind: 'list', language: words[0]!.startsWith('s') ? 'en' : 'sv' };
    if (ROUND_ID.test(words[1]!)) return { kind: 'list', language: words[0]!.startsWith('s') ? 'en' : 'sv', roundId: words[1] };
    return undefined;
  }
  const start = START.exec(text);
  if (start) return parseStart(text.slice(start[0].length), start[1] === 'start' ? 'en' : 'sv');

  const verb = SHORT_VERBS[words[0]!];
  if (!verb) return undefined;
  let rest = words.slice(1);
  while (rest.length && FILLER.has(rest[0]!)) rest = rest.slice(1);
  const namedFiller = words.length - 1 > rest.length;
  const roundId = rest[0] && ROUND_ID.test(rest[0]) ? rest[0] : undefined;
  // "stäng" alone or "export the minutes" are not ours; "stäng enkät", "export e2" and "förläng 2025-12-01" are.
  const ours = roundId !== undefined || (rest.length === 0 && (verb.kind !== 'close' || namedFiller)) || (verb.kind === 'extend' && DATE_LIKE.test(rest[0] ?? ''));
  if (!ours) return undefined;
  const args = roundId ? rest.slice(1) : rest;

  if (verb.kind === 'extend') {
    const [date, ...extra] = args;
    if (!date) return usage(verb, { code: 'missing-date' });
    if (!DATE.test(date)) return usage(verb, { code: 'bad-date', word: date });
    if (extra.length) return usage(verb, { code: 'unexpected-word', word: extra[0]! });
    return { kind: 'extend', language: verb.language, roundId, deadline: date };
  }
  if (args.length) return usage(verb, { code: 'unexpected-word', word: args[0]! });
  return { kind: verb.kind, language: verb.language, roundId };
}

const DEADLINE_WORDS = new Set(['deadline', 'senast', 'sista', 'svarsdag', 'by', 'until', 'due']);
const ANONYMOUS_WORDS = new Set(['anonym', 'anonymt', 'anonymous', 'anonymously']);
const BODY_WORDS = new Set(['för', 'for']);
const AUDIENCE_WORDS = new Set(['till', 'to']);
const JOINERS = new Set(['och', 'and', '&', '+']);

function parseStart(rest: string, language: CommandLanguage): SurveyCommand {
  const words = rest.split(/[\s,]+/).filter(Boolean);
  let questionnaire: string | undefined;
  const bodies: string[] = [];
  let deadline: string | null = null;
  let anonymous = false;
  let mode: 'free' | 'bodies' = 'free';
  let sawBodyWord = false;

  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    if (DEADLINE_WORDS.has(word)) {
      while (DEADLINE_WORDS.has(words[i + 1] ?? '')) i += 1; // "sista svarsdag"
      const date = words[i + 1];
      if (!date) return usage({ kind: 'start', language }, { code: 'missing-date' });
      if (!DATE.test(date)) return usage({ kind: 'start', language }, { code: 'bad-date', word: date });
      deadline = date;
      i += 1;
      mode = 'free';
    } else if (DATE.test(word)) {
      deadline = word;
      mode = 'free';
    } else if (DATE_LIKE.test(word)) {
      return usage({ kind: 'start', language }, { code: 'bad-date', word });
    } else if (ANONYMOUS_WORDS.has(word)) {
      anonymous = true;
      mode = 'free';
    } else if (BODY_WORDS.has(word)) {
      mode = 'bodies';
      sawBodyWord = true;
    } else if (AUDIENCE_WORDS.has(word)) {
      mode = 'free'; // the named members are the message's @mentions, already removed from the text
    } else if (mode === 'bodies') {
      if (!JOINERS.has(word)) bodies.push(word);
    } else if (i === 0 && /^[a-z0-9][a-z0-9_-]*$/.test(word)) {
      questionnaire = word;
    } else {
      return usage({ kind: 'start', language }, { code: 'unexpected-word', word });
    }
  }
  if (sawBodyWord && bodies.length === 0) return usage({ kind: 'start', language }, { code: 'missing-bodies' });
  return { kind: 'start', language, questionnaire, bodies, deadline, anonymous };
}

function usage(verb: { kind: UsageTopic; language: CommandLanguage }, problem: UsageProblem): SurveyCommand {
  return { kind: 'usage', language: verb.language, topic: verb.kind, problem };
}
