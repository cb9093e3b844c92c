/** Teams-shaped activities posted to /api/messages; replies caught at the fake connector. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/index.js';
import { loadTestKnowledge } from '../helpers/knowledge.js';
import { messageActivity, startHarness, visibleText, BOT_ID, type Harness } from '../helpers/http-harness.js';

let kb: KnowledgeBase;
let harness: Harness;

beforeAll(async () => {
  kb = await loadTestKnowledge();
  harness = await startHarness({ kb });
});
afterAll(() => harness.close());

describe('POST /api/messages in local mode', () => {
  it('answers hjälp in a personal chat with the Swedish command list', async () => {
    const replies = await harness.say('hjälp');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/enkät/);
    expect(replies[0]!.text).toMatch(/dagordning/);
  });

  it('answers help in English when the user writes English', async () => {
    const [reply] = await harness.say('help', { locale: 'en-US' });
    expect(reply!.text).toMatch(/I answer questions/);
  });

  it('strips the @mention in a channel and replies in the same thread', async () => {
    const replies = await harness.say('hjälp', { kind: 'channel' });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/Kommandon/);
  });

  it('answers a question with a card that cites its source', async () => {
    const [reply] = await harness.say('who chairs kommunchefsgruppen', { locale: 'en-US' });
    const text = visibleText(reply!);
    expect(text).toMatch(/Byström/);
    expect(text).toMatch(/Sources/);
    expect(reply!.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('delivers the Teams citation entity with its claims to the connector', async () => {
    const [reply] = await harness.say('who chairs kommunchefsgruppen', { locale: 'en-US' });
    const message = reply!.entities?.find((e: { type?: string }) => e.type === 'https://schema.org/Message') as Record<string, unknown> | undefined;
    expect(message).toMatchObject({ '@type': 'Message', '@context': 'https://schema.org' });
    const citations = message!.citation as Array<{ '@type': string; position: number; appearance: { name: string; abstract: string } }>;
    expect(citations.length).toBeGreaterThan(0);
    expect(citations[0]).toMatchObject({ '@type': 'Claim', position: 1 });
    expect(citations[0].appearance.abstract.length).toBeGreaterThan(0);
  });

  it('stores 👍 feedback sent as an Action.Execute invoke and answers the invoke', async () => {
    const invoke = {
      ...messageActivity(harness.connector.serviceUrl, ''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'answer.feedback', data: { reaction: 'like', question: 'q', answer: 'a', sources: [] } } },
    };
    const response = await harness.post(invoke);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 200 });
    const stored = await harness.store.collection('feedback').list();
    expect(stored).toEqual([expect.objectContaining({ reaction: 'like', question: 'q' })]);
  });

  it('refuses forged feedback without storing it and keeps serving', async () => {
    const before = (await harness.store.collection('feedback').list()).length;
    const invoke = {
      ...messageActivity(harness.connector.serviceUrl, ''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'answer.feedback', data: { reaction: 'love', question: 'x'.repeat(5000) } } },
    };
    const response = await harness.post(invoke);
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toMatch(/kunde inte läsas|could not be read/);
    expect((await harness.store.collection('feedback').list()).length).toBe(before);
    expect(await harness.say('hjälp')).toHaveLength(1);
  });

  it('processes a re-delivered activity (same id) only once', async () => {
    const activity = messageActivity(harness.connector.serviceUrl, 'hjälp', { id: 'redelivered-1' });
    const before = harness.connector.activities.length;
    expect((await harness.post(activity)).status).toBe(200);
    expect((await harness.post(activity)).status).toBe(200);
    const replies = harness.connector.activities.slice(before).filter((a) => a.activity.type === 'message');
    expect(replies).toHaveLength(1);
  });

  it.each([
    ['malformed JSON', '{"type": "message", '],
    ['an activity without a conversation', { type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/', text: 'hej' }],
    ['an activity with a non-URL serviceUrl', { type: 'message', channelId: 'msteams', serviceUrl: 'not a url', conversation: { id: 'c' } }],
    ['a JSON array', [1, 2, 3]],
  ])('answers 400 to %s and keeps serving', async (_label, body) => {
    const response = await harness.post(body);
    expect(response.status).toBe(400);
    expect(await harness.say('hjälp')).toHaveLength(1);
  });

  it('answers 413 to a body over the size limit', async () => {
    const response = await harness.post(messageActivity(harness.connector.serviceUrl, 'x'.repeat(300_000)));
    expect(response.status).toBe(413);
  });

  it('answers 400 to a message whose text is longer than the bot accepts', async () => {
    const response = await harness.post(messageActivity(harness.connector.serviceUrl, 'fråga '.repeat(3000)));
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(/text longer than/);
  });

  it('welcomes a team when the bot is added to it', async () => {
    const before = harness.connector.activities.length;
    const update = {
      ...messageActivity(harness.connector.serviceUrl, '', { kind: 'channel', conversationId: '19:general@thread.tacv2' }),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: BOT_ID }],
    };
    expect((await harness.post(update)).status).toBe(200);
    const sent = harness.connector.activities.slice(before).map((a) => a.activity.text ?? '');
    expect(sent.join('\n')).toMatch(/Hej! Jag svarar/);
  });
});

describe('GET /healthz', () => {
  it('reports live and ready with the loaded knowledge and a reachable store', async () => {
    const response = await fetch(`${harness.url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { knowledge: { passages: number } };
    expect(body).toMatchObject({ live: true, ready: true, store: { kind: 'embedded', reachable: true }, knowledge: { loaded: true } });
    expect(body.knowledge.passages).toBeGreaterThan(100);
  });

  it('reports not ready (503) when the store is down', async () => {
    const down = await startHarness({ kb });
    await down.store.close();
    const response = await fetch(`${down.url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ready: false, store: { reachable: false } });
    await down.close();
  });
});

describe('production mode (MicrosoftAppId set)', () => {
  let production: Harness;
  beforeAll(async () => {
    production = await startHarness({ kb, env: { MicrosoftAppId: '00000000-0000-0000-0000-00000000b0b0', MicrosoftAppPassword: 'not-a-real-secret' } });
  });
  afterAll(() => production.close());

  it.each([
    ['no Authorization header', {}],
    ['a forged bearer token', { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJl' }],
  ])('answers 401 to a request with %s and sends nothing', async (_label, headers) => {
    const before = production.connector.activities.length;
    const response = await production.post(messageActivity(production.connector.serviceUrl, 'hjälp'), headers);
    expect(response.status).toBe(401);
    expect(production.connector.activities.length).toBe(before);
  });

  it('still answers 400 to a bad body before checking the token, and keeps serving', async () => {
    expect((await production.post('{bad json')).status).toBe(400);
    expect((await production.post(messageActivity(production.connector.serviceUrl, 'hjälp'))).status).toBe(401);
  });
});

describe('ALLOWED_TENANTS', () => {
  it('refuses an activity from another tenant politely and does not process it', async () => {
    const restricted = await startHarness({ kb, env: { ALLOWED_TENANTS: 'tenant-jh' } });
    const replies = await restricted.say('hjälp', { tenantId: 'tenant-other' });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/inte tillgänglig för din organisation/);
    const allowed = await restricted.say('hjälp', { tenantId: 'tenant-jh' });
    expect(allowed[0]!.text).toMatch(/Kommandon/);
    await restricted.close();
  });
});

describe('a store that is down', () => {
  it('tells the user nothing was saved when a card action cannot be stored, and keeps serving', async () => {
    const broken = await startHarness({ kb });
    await broken.store.close();
    const feedback = broken.store.collection('feedback');
    feedback.put = async () => {
      throw new (await import('../../src/storage/document-store.js')).StoreUnavailableError('store down');
    };
    const invoke = {
      ...messageActivity(broken.connector.serviceUrl, ''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'answer.feedback', data: { reaction: 'like', question: 'q', answer: 'a' } } },
    };
    const response = await broken.post(invoke);
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toMatch(/inget sparades/);
    expect(await broken.say('hjälp')).toHaveLength(1);
    await broken.close();
  });
});
