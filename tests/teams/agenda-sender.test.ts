import { afterEach, describe, expect, it } from 'vitest';
import { ChannelSendError, createAgendaPoster, createChannelRepository, createPostingRepository, createRateLimiter, type ChannelAddress } from '../../src/agendas/index.js';
import { silentLogger } from '../../src/log.js';
import { createEmbeddedStore } from '../../src/storage/embedded-store.js';
import { createConnectorAgendaSender, parseRetryAfter } from '../../src/teams/agenda-sender.js';
import { makeMeeting } from '../agendas/builders.js';
import { createFakeTime } from '../agendas/fakes.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';

const meeting = makeMeeting();
const noToken = async () => undefined;
let connector: FakeConnector | undefined;
afterEach(async () => {
  await connector?.close();
  connector = undefined;
});

function address(serviceUrl: string, channelId = '19:general@thread.tacv2'): ChannelAddress {
  return { channelId, teamId: '19:general@thread.tacv2', serviceUrl, tenantId: 'tenant-1', botId: '28:bot' };
}

async function sendError(promise: Promise<unknown>): Promise<ChannelSendError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ChannelSendError);
  return error as ChannelSendError;
}

describe('connector agenda sender', () => {
  it('starts a new channel post with the agenda card and returns its ids', async () => {
    connector = await startFakeConnector();
    const sender = createConnectorAgendaSender({ token: noToken });

    const post = await sender.postAgenda(address(connector.serviceUrl), meeting);

    expect(connector.activities).toHaveLength(1);
    const created = connector.activities[0]!;
    expect(created).toMatchObject({ kind: 'create-conversation', teamsChannelId: '19:general@thread.tacv2', tenantId: 'tenant-1' });
    expect(created.body).toMatchObject({ isGroup: true, channelData: { channel: { id: '19:general@thread.tacv2' } } });
    expect(created.activity.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(created.activity.attachments[0].content.version).toBe('1.5');
    expect(post).toEqual({ conversationId: `19:general@thread.tacv2;messageid=${created.activityId}`, messageId: created.activityId });
  });

  it('updates the post in place with PUT on its activity', async () => {
    connector = await startFakeConnector();
    const sender = createConnectorAgendaSender({ token: noToken });
    const post = await sender.postAgenda(address(connector.serviceUrl), meeting);

    await sender.updateAgenda(address(connector.serviceUrl), post, makeMeeting({ place: 'Aulan' }));

    const update = connector.activities[1]!;
    expect(update).toMatchObject({ kind: 'update', activityId: post.messageId, addressedConversationId: post.conversationId });
    expect(JSON.stringify(update.activity)).toContain('Aulan');
  });

  it('sends the bearer token when there is one', async () => {
    connector = await startFakeConnector();
    let seen: string | undefined;
    connector.handle('POST', /^\/v3\/conversations$/, () => ({ status: 201, body: { id: '19:x;messageid=1', activityId: '1' } }));
    const sender = createConnectorAgendaSender({
      token: async () => 'secret-token',
      fetch: async (url, init) => {
        seen = (init?.headers as Record<string, string>).authorization;
        return fetch(url, init);
      },
    });
    await sender.postAgenda(address(connector.serviceUrl), meeting);
    expect(seen).toBe('Bearer secret-token');
  });

  it.each([
    [429, 'throttled'],
    [412, 'transient'],
    [500, 'transient'],
    [503, 'transient'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [400, 'rejected'],
  ] as const)('turns HTTP %i into a "%s" failure', async (status, reason) => {
    connector = await startFakeConnector();
    connector.fail({ status, retryAfterSeconds: status === 429 ? 2 : undefined });
    const error = await sendError(createConnectorAgendaSender({ token: noToken }).postAgenda(address(connector.serviceUrl), meeting));
    expect(error.reason).toBe(reason);
    expect(error.status).toBe(status);
    if (status === 429) expect(error.retryAfterMs).toBe(2000);
  });

  it('calls an unreachable connector a transient failure', async () => {
    connector = await startFakeConnector();
    const url = connector.serviceUrl;
    await connector.close();
    connector = undefined;
    const error = await sendError(createConnectorAgendaSender({ token: noToken, timeoutMs: 2000 }).postAgenda(address(url), meeting));
    expect(error.reason).toBe('transient');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Mon, 31 Jan 2022 07:00:05 GMT', Date.parse('2022-01-31T07:00:00Z'))).toBe(5000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('fan-out through a connector that enforces Teams limits', () => {
  async function fanOut(channelCount: number, limits?: Parameters<typeof createRateLimiter>[0]['limits']) {
    const time = createFakeTime('2022-01-31T07:00:00Z');
    connector = await startFakeConnector({ teamsLimits: true, now: time.nowMs });
    const store = createEmbeddedStore();
    const channels = createChannelRepository(store);
    const ids = Array.from({ length: channelCount }, (_, i) => `19:channel-${i}@thread.tacv2`);
    for (const id of ids) await channels.rememberChannel({ channelId: id, teamId: `team-${id}`, serviceUrl: connector.serviceUrl, tenantId: 'tenant-1', botId: '28:bot' }, time.now());
    const poster = createAgendaPoster({
      channels,
      postings: createPostingRepository(store),
      sender: createConnectorAgendaSender({ token: noToken }),
      limiter: createRateLimiter({ now: time.nowMs, sleep: time.sleep, limits }),
      clock: time.now,
      sleep: time.sleep,
      log: silentLogger,
      random: () => 0.5,
    });
    const start = time.nowMs();
    const outcomes = await poster.publishMany(meeting, ids, { trigger: 'api', concurrency: 16 });
    return { outcomes, seconds: (time.nowMs() - start) / 1000, ids };
  }

  it('posts to 200 channels, each exactly once, without a single 429, near the 50/s ceiling', async () => {
    const { outcomes, seconds, ids } = await fanOut(200);
    const posts = connector!.postsByChannel();
    expect(outcomes.every((outcome) => outcome.kind === 'posted')).toBe(true);
    expect(posts.size).toBe(ids.length);
    expect([...posts.values()].every((list) => list.length === 1)).toBe(true);
    expect(connector!.throttledCount()).toBe(0);
    expect(ids.length / seconds / 50).toBeGreaterThan(0.9); // rate on the fake clock, not wall time
  });

  it('still posts each channel exactly once when it overruns the limits and gets 429s', async () => {
    const { outcomes, ids } = await fanOut(100, { perConversation: { perSecond: 1000, burst: 1000 }, perTenant: { perSecond: 1000, burst: 1000 } });
    expect(connector!.throttledCount()).toBeGreaterThan(0);
    expect(outcomes.every((outcome) => outcome.kind === 'posted')).toBe(true);
    const posts = connector!.postsByChannel();
    expect(posts.size).toBe(ids.length);
    expect([...posts.values()].every((list) => list.length === 1)).toBe(true);
  });
});
