/**
 * Runs the real server (restify + CloudAdapter + teams-ai app) on a free loopback port with a memory
 * store, and a fake Bot Framework connector as the `serviceUrl` of every activity, so a test can post
 * Teams-shaped activities to /api/messages and read the bot's replies where Teams would receive them.
 */
import type { Answerer } from '../../src/answering/answerer.js';
import type { AddressInfo } from 'node:net';
import { createEmbeddedStore } from '../../src/storage/embedded-store.js';
import type { DocumentStore } from '../../src/storage/document-store.js';
import type { KnowledgeBase } from '../../src/knowledge/index.js';
import { silentLogger } from '../../src/log.js';
import { createBot, type Bot } from '../../src/teams/bot.js';
import { startFakeConnector, type FakeConnector, type FakeConnectorOptions } from './fake-connector.js';
import { holdFixed, makeConfig } from './deps.js';

export interface Harness {
  url: string;
  connector: FakeConnector;
  bot: Bot;
  store: DocumentStore;
  /** POSTs a JSON body (or a raw string) to /api/messages. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  /** Sends a message activity and waits for the bot's message replies at the connector. */
  say(text: string, options?: ActivityOptions): Promise<Array<Record<string, any>>>;
  close(): Promise<void>;
}

export interface ActivityOptions {
  kind?: 'personal' | 'channel' | 'groupChat';
  userId?: string;
  aadObjectId?: string;
  locale?: string;
  tenantId?: string;
  id?: string;
  conversationId?: string;
}

let counter = 0;
export const BOT_ID = '28:bot-under-test';
export const BOT_NAME = 'Samverkansboten';
export const TENANT = 'tenant-jh';
export const CHANNEL_ID = '19:general@thread.tacv2';

export function messageActivity(serviceUrl: string, text: string, options: ActivityOptions = {}): Record<string, any> {
  const kind = options.kind ?? 'personal';
  const tenantId = options.tenantId ?? TENANT;
  const userId = options.userId ?? '29:user-1';
  const conversationId =
    options.conversationId ?? (kind === 'channel' ? `${CHANNEL_ID};messageid=${++counter}` : kind === 'groupChat' ? '19:group@thread.v2' : `a:personal-${userId}`);
  const mention = `<at>${BOT_NAME}</at>`;
  return {
    type: 'message',
    id: options.id ?? `act-${++counter}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: userId, name: 'Anna Användare', aadObjectId: options.aadObjectId ?? 'aad-user-1' },
    recipient: { id: BOT_ID, name: BOT_NAME },
    conversation: { id: conversationId, conversationType: kind, tenantId, isGroup: kind !== 'personal' },
    locale: options.locale ?? 'sv-SE',
    text: kind === 'personal' ? text : `${mention} ${text}`,
    textFormat: 'plain',
    entities:
      kind === 'personal'
        ? []
        : [{ type: 'mention', text: mention, mentioned: { id: BOT_ID, name: BOT_NAME } }],
    channelData: {
      tenant: { id: tenantId },
      ...(kind === 'channel' ? { team: { id: '19:team@thread.tacv2', name: 'Samverkan' }, channel: { id: CHANNEL_ID, name: 'General' } } : {}),
    },
  };
}

export async function startHarness(options: {
  kb: KnowledgeBase;
  env?: NodeJS.ProcessEnv;
  clock?: () => Date;
  connector?: FakeConnectorOptions;
  answerer?: Answerer;
}): Promise<Harness> {
  const connector = await startFakeConnector(options.connector);
  const store = createEmbeddedStore();
  const bot = createBot({
    config: makeConfig(options.env),
    store,
    knowledge: holdFixed(options.kb),
    answerer: options.answerer,
    log: silentLogger,
    clock: options.clock,
  });
  await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`;

  const post: Harness['post'] = async (body, headers = {}) => {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed };
  };

  return {
    url,
    connector,
    bot,
    store,
    post,
    async say(text, activityOptions = {}) {
      const activity = messageActivity(connector.serviceUrl, text, activityOptions);
      const before = connector.activities.length;
      const response = await post(activity);
      if (response.status >= 300) throw new Error(`POST /api/messages answered ${response.status}: ${JSON.stringify(response.body)}`);
      return connector.activities
        .slice(before)
        .filter((recorded) => recorded.activity.type === 'message' && recorded.addressedConversationId === activity.conversation.id)
        .map((recorded) => recorded.activity);
    },
    async close() {
      bot.server.close();
      await connector.close();
      await store.close();
    },
  };
}

/** All text a person would read in a reply: the text and every TextBlock of its cards. */
export function visibleText(activity: Record<string, any>): string {
  const parts: string[] = [activity.text ?? ''];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (typeof element.text === 'string' && element.type !== 'Action.Submit') parts.push(element.text);
      if (typeof element.title === 'string') parts.push(element.title);
      Object.values(element).forEach(walk);
    }
  };
  walk((activity.attachments ?? []).map((a: { content: unknown }) => a.content));
  return parts.filter(Boolean).join('\n');
}
