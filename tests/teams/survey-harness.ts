/** Runs survey turns through a real teams-ai Application on botbuilder's TestAdapter and records what comes back. */
import { Application } from '@microsoft/teams-ai';
import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import pino from 'pino';
import { Writable } from 'node:stream';
import type { KnowledgeBase } from '../../src/knowledge/index.js';
import { ensureDemoRound } from '../../src/surveys/index.js';
import { registerSurveyHandlers } from '../../src/teams/handlers/survey.js';
import { makeConfig, makeDeps, recordingSender } from '../helpers/deps.js';
import { makeSurveys, type TestSurveys } from '../surveys/builders.js';

export interface User {
  id: string;
  aadObjectId: string;
  name: string;
}

export const ANNA: User = { id: '29:anna', aadObjectId: 'aad-anna', name: 'Anna Andersson' };
export const BERTIL: User = { id: '29:bertil', aadObjectId: 'aad-bertil', name: 'Bertil Berg' };
export const ORGANIZER: User = { id: '29:olga', aadObjectId: 'aad-olga', name: 'Olga Organisatör' };
export const BOT = { id: '28:bot', name: 'Samverkansboten' };

export interface TurnResult {
  /** Messages the bot sent in the turn (invoke responses excluded). */
  replies: Partial<Activity>[];
  /** The invoke response's body, when the turn was an invoke. */
  invokeResponse?: { statusCode: number; type: string; value: unknown };
  /** Messages the bot tried to update in the turn: must stay empty for refresh and submit. */
  updates: Partial<Activity>[];
}

export interface SurveyHarness {
  surveys: TestSurveys;
  sender: ReturnType<typeof recordingSender>;
  logs: Array<{ level: number; msg: string; [key: string]: unknown }>;
  say(user: User, text: string, options?: { conversation?: Partial<Activity['conversation']>; entities?: unknown[] }): Promise<TurnResult>;
  act(user: User, verb: string, data: Record<string, unknown>, options?: { conversation?: Partial<Activity['conversation']> }): Promise<TurnResult>;
  submitFallback(user: User, data: Record<string, unknown>): Promise<TurnResult>;
}

export async function createSurveyHarness(options: { env?: NodeJS.ProcessEnv; now?: string; demo?: boolean } = {}): Promise<SurveyHarness> {
  const surveys = makeSurveys(options.now);
  const sender = recordingSender();
  const logs: SurveyHarness['logs'] = [];
  const log = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );
  const config = makeConfig(options.env);
  const deps = makeDeps({ kb: {} as KnowledgeBase, config, store: surveys.store, clock: surveys.clock, sender, log });
  if (options.demo !== false) await ensureDemoRound(surveys, { localMode: config.localMode });
  const app = new Application({ storage: new MemoryStorage(), startTypingTimer: false, removeRecipientMention: true });
  registerSurveyHandlers(app, deps, surveys);

  async function run(activity: Partial<Activity>): Promise<TurnResult> {
    const updates: Partial<Activity>[] = [];
    const adapter = new TestAdapter(async (context) => {
      context.onUpdateActivity(async (_ctx, activity, next) => {
        updates.push(activity);
        return next();
      });
      await app.run(context);
    });
    await adapter.processActivity(activity);
    const sent = adapter.activeQueue.splice(0);
    const invoke = sent.find((a) => a.type === 'invokeResponse');
    return {
      replies: sent.filter((a) => a.type !== 'invokeResponse'),
      invokeResponse: invoke ? (invoke.value as { body: TurnResult['invokeResponse'] }).body : undefined,
      updates,
    };
  }

  const base = (user: User, conversation?: Partial<Activity['conversation']>) => ({
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/teams/',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT,
    conversation: { id: `personal-${user.id}`, conversationType: 'personal', tenantId: 'tenant-1', ...conversation } as Activity['conversation'],
    locale: 'sv-SE',
  });

  return {
    surveys,
    sender,
    logs,
    say: (user, text, extra = {}) => run({ ...base(user, extra.conversation), type: 'message', text, entities: extra.entities as Activity['entities'] }),
    act: (user, verb, data, extra = {}) =>
      run({ ...base(user, extra.conversation), type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data } } }),
    submitFallback: (user, data) => run({ ...base(user), type: 'message', value: data }),
  };
}

/** The Adaptive Card of a reply or an invoke response. */
export function cardOf(source: Partial<Activity> | TurnResult['invokeResponse']): Record<string, unknown> {
  if (source && 'attachments' in source && source.attachments?.length) return source.attachments[0]!.content as Record<string, unknown>;
  if (source && 'type' in source && source.type === 'application/vnd.microsoft.card.adaptive') return (source as { value: Record<string, unknown> }).value;
  throw new Error(`no card in ${JSON.stringify(source).slice(0, 300)}`);
}

export function textsOf(card: unknown): string {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.text === 'string') found.push(record.text);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found.join('\n');
}

export function inputValue(card: unknown, id: string): unknown {
  let value: unknown;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.id === id) value = record.value;
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return value;
}

/** What a person fills in on the 2015 card, as the card's inputs send it. */
export function filledCard(roundId: string, overrides: Record<string, string> = {}): Record<string, unknown> {
  return {
    roundId,
    lang: 'sv',
    body: 'SocSam',
    'q.1': 'till-stor-del',
    'q.1.text': 'Vi hann det mesta.',
    'q.2': 'nojd',
    'q.3': 'i-stort-sett-nojd',
    'q.4': 'inte-riktigt-nojd',
    'q.5': 'nojd',
    'q.6.text': '',
    ...overrides,
  };
}
