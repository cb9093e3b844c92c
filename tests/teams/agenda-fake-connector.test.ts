/** The fake connector other tests and the benchmark rely on: its routes, failures and limits. */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';

let connector: FakeConnector | undefined;
afterEach(async () => {
  await connector?.close();
  connector = undefined;
});

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(new URL(path, connector!.serviceUrl), { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: text ? JSON.parse(text) : undefined };
}

const message = (tenant = 't1') => ({ type: 'message', text: 'hej', channelData: { tenant: { id: tenant } } });

describe('fake Bot Framework connector', () => {
  it('records sends, replies, updates and new channel posts with the ids it issues', async () => {
    connector = await startFakeConnector();
    const sent = await call('POST', '/v3/conversations/19%3Ageneral%40thread.tacv2/activities', message());
    const reply = await call('POST', `/v3/conversations/19%3Ageneral%40thread.tacv2%3Bmessageid%3D${sent.body.id}/activities/${sent.body.id}`, message());
    const created = await call('POST', '/v3/conversations', { isGroup: true, channelData: { channel: { id: '19:general@thread.tacv2' }, tenant: { id: 't1' } }, activity: message() });
    const updated = await call('PUT', `/v3/conversations/${encodeURIComponent(created.body.id)}/activities/${created.body.activityId}`, message());

    expect([sent.status, reply.status, created.status, updated.status]).toEqual([201, 201, 201, 200]);
    expect(created.body.id).toBe(`19:general@thread.tacv2;messageid=${created.body.activityId}`);
    expect(connector.activities.map((a) => a.kind)).toEqual(['send', 'reply', 'create-conversation', 'update']);
    expect(connector.activitiesIn('19:general@thread.tacv2')).toHaveLength(4);
    expect(connector.postsByChannel().get('19:general@thread.tacv2')).toHaveLength(1);
    expect(connector.activities[1]!.replyToId).toBe(sent.body.id);
  });

  it('answers 404 to an update of a message it never issued, and to unknown routes', async () => {
    connector = await startFakeConnector();
    expect((await call('PUT', '/v3/conversations/c1/activities/999', message())).status).toBe(404);
    expect((await call('POST', '/v3/nothing', {})).status).toBe(404);
  });

  it('plays programmed failures in order, for matching requests only', async () => {
    connector = await startFakeConnector();
    connector.fail({ status: 429, retryAfterSeconds: 3 });
    connector.fail({ status: 403, conversationId: 'c-private', times: Infinity });

    const throttled = await call('POST', '/v3/conversations/c1/activities', message());
    const ok = await call('POST', '/v3/conversations/c1/activities', message());
    const forbidden = await call('POST', '/v3/conversations/c-private/activities', message());
    const stillForbidden = await call('POST', '/v3/conversations/c-private/activities', message());

    expect([throttled.status, throttled.retryAfter]).toEqual([429, '3']);
    expect(ok.status).toBe(201);
    expect([forbidden.status, stillForbidden.status]).toEqual([403, 403]);
    expect(connector.activities).toHaveLength(1);
    expect(connector.requests.map((r) => r.status)).toEqual([429, 201, 403, 403]);
  });

  it('refuses bodies over 100 KB', async () => {
    connector = await startFakeConnector();
    expect((await call('POST', '/v3/conversations/c1/activities', { type: 'message', text: 'x'.repeat(101 * 1024) })).status).toBe(413);
  });

  it('enforces 7 messages per second per conversation with a Retry-After', async () => {
    let now = 0;
    connector = await startFakeConnector({ teamsLimits: true, now: () => now });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await call('POST', '/v3/conversations/c1/activities', message())).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 201, 429]);
    expect((await call('POST', '/v3/conversations/c1/activities', message())).retryAfter).toBe('1');
    now = 1000;
    expect((await call('POST', '/v3/conversations/c1/activities', message())).status).toBe(201);
    expect(connector.throttledCount()).toBe(2);
  });

  it('enforces 50 requests per second per tenant across conversations', async () => {
    let now = 0;
    connector = await startFakeConnector({ teamsLimits: true, now: () => now });
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++) {
      now = i * 10; // 51 requests within 0.5 s
      statuses.push((await call('POST', `/v3/conversations/c${i}/activities`, message('t1'))).status);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses[50]).toBe(429);
    expect((await call('POST', '/v3/conversations/other/activities', message('t2'))).status).toBe(201); // another tenant
  });

  it('lets a test wait for activities and answer custom routes', async () => {
    connector = await startFakeConnector();
    connector.handle('GET', /^\/v3\/teams\/([^/]+)\/conversations$/, ({ params }) => ({ status: 200, body: { conversations: [{ id: params[0], name: null }] } }));
    const waiting = connector.waitForActivities(2);
    await call('POST', '/v3/conversations/c1/activities', message());
    await call('POST', '/v3/conversations/c1/activities', message());
    expect(await waiting).toHaveLength(2);
    expect((await call('GET', '/v3/teams/team-1/conversations')).body).toEqual({ conversations: [{ id: 'team-1', name: null }] });
  });
});
