import { describe, expect, it } from 'vitest';
import { createAgendaScheduler, DEFAULT_LEASE_MS, type AgendaRecords } from '../../src/agendas/index.js';
import type { Meeting } from '../../src/knowledge/types.js';
import { silentLogger } from '../../src/log.js';
import { createEmbeddedStore } from '../../src/storage/embedded-store.js';
import { PKR, RSR, makeItem, makeMeeting } from './builders.js';
import { createFakeTime, createRecordingSender } from './fakes.js';
import { createAgendaWorld, type AgendaWorld } from './setup.js';

const schedule = { leadDays: 7, postTime: '08:00', timeZone: 'Europe/Stockholm' };

function knowledgeOf(meetings: Meeting[]) {
  let records: AgendaRecords = { organs: [RSR, PKR], meetings };
  return {
    current: () => ({ records }),
    swap(next: Meeting[]) {
      records = { organs: [RSR, PKR], meetings: next };
    },
  };
}

function schedulerFor(world: AgendaWorld, knowledge: ReturnType<typeof knowledgeOf>) {
  return createAgendaScheduler({ knowledge, channels: world.channels, postings: world.postings, poster: world.poster, schedule, clock: world.time.now, log: silentLogger });
}

async function subscribedChannel(world: AgendaWorld, channelId: string, organ = RSR) {
  await world.addChannel(channelId);
  await world.channels.subscribe(channelId, { id: organ.id, name: organ.name }, 'organizer', world.time.now());
}

describe('scheduled agenda posting', () => {
  it('posts at 08:00 Stockholm time 7 days ahead across the spring DST change (2022-04-04 → 2022-03-28 08:00 CEST)', async () => {
    const world = createAgendaWorld({ time: createFakeTime('2022-03-20T12:00:00Z') });
    const knowledge = knowledgeOf([makeMeeting({ date: '2022-04-04' })]);
    await subscribedChannel(world, '19:rsr');
    const scheduler = schedulerFor(world, knowledge);

    world.time.set('2022-03-28T05:59:00Z'); // 07:59 CEST
    await scheduler.tick();
    expect(world.sender.posts).toHaveLength(0);

    world.time.set('2022-03-28T06:00:00Z'); // 08:00 CEST
    await scheduler.tick();
    expect(world.sender.posts).toHaveLength(1);

    world.time.set('2022-03-28T06:01:00Z');
    await scheduler.tick();
    expect(world.sender.posts).toHaveLength(1);
  });

  it('posts at 08:00 Stockholm time across the autumn DST change (2022-11-03 → 2022-10-27 08:00 CEST)', async () => {
    const world = createAgendaWorld({ time: createFakeTime('2022-10-20T12:00:00Z') });
    const knowledge = knowledgeOf([makeMeeting({ date: '2022-11-03' }), makeMeeting({ date: '2022-11-07' })]);
    await subscribedChannel(world, '19:rsr');
    const scheduler = schedulerFor(world, knowledge);

    world.time.set('2022-10-27T05:59:00Z');
    await scheduler.tick();
    expect(world.sender.posts).toHaveLength(0);
    world.time.set('2022-10-27T06:00:00Z');
    await scheduler.tick();
    expect(world.sender.posts.map((post) => post.meetingId)).toEqual(['regionens-samverkansrad-2022-11-03']);

    world.time.set('2022-10-31T06:59:00Z'); // 07:59 CET, after the change
    await scheduler.tick();
    expect(world.sender.posts).toHaveLength(1);
    world.time.set('2022-10-31T07:00:00Z'); // 08:00 CET
    await scheduler.tick();
    expect(world.sender.posts.map((post) => post.meetingId)).toEqual(['regionens-samverkansrad-2022-11-03', 'regionens-samverkansrad-2022-11-07']);
  });

  it('sends each meeting only to the channels of its organ', async () => {
    const world = createAgendaWorld({ time: createFakeTime('2022-01-31T07:00:00Z') });
    await subscribedChannel(world, '19:rsr', RSR);
    await subscribedChannel(world, '19:pkr', PKR);
    await world.addChannel('19:unsubscribed');

    await schedulerFor(world, knowledgeOf([makeMeeting()])).tick();

    expect(world.sender.posts.map((post) => post.channelId)).toEqual(['19:rsr']);
  });

  it('posts late rather than never: the bot was down at 08:00, or the channel subscribed after it', async () => {
    const world = createAgendaWorld({ time: createFakeTime('2022-02-03T09:30:00Z') });
    await subscribedChannel(world, '19:rsr');

    await schedulerFor(world, knowledgeOf([makeMeeting()])).tick();

    expect(world.sender.posts).toHaveLength(1);
  });

  it('does not post an agenda once the meeting has started', async () => {
    const world = createAgendaWorld({ time: createFakeTime('2022-02-07T12:00:00Z') });
    await subscribedChannel(world, '19:rsr');

    await schedulerFor(world, knowledgeOf([makeMeeting()])).tick();

    expect(world.sender.posts).toHaveLength(0);
  });

  it('finishes after a restart what a crashed instance had claimed, exactly once', async () => {
    const store = createEmbeddedStore();
    const time = createFakeTime('2022-01-31T07:00:00Z');
    const knowledge = knowledgeOf([makeMeeting()]);
    const dying = createAgendaWorld({ store, time, sender: createRecordingSender(), instanceId: 'dying' });
    dying.sender.beforeSend = () => new Promise<void>(() => undefined); // the process dies mid-send
    await subscribedChannel(dying, '19:rsr');
    void schedulerFor(dying, knowledge).tick();
    await new Promise((resolve) => setImmediate(resolve));

    const restarted = createAgendaWorld({ store, time, instanceId: 'restarted' });
    const scheduler = schedulerFor(restarted, knowledge);
    expect((await scheduler.tick()).outcomes).toEqual({ busy: 1 }); // the dead lease still holds
    time.advance(DEFAULT_LEASE_MS);
    await scheduler.tick();
    await scheduler.tick();

    expect(restarted.sender.posts).toHaveLength(1);
    expect(await restarted.postings.find(makeMeeting().id, '19:rsr')).toMatchObject({ state: 'posted', leaseOwner: null });
  });

  it('posts to each channel once when two instances tick at the same time', async () => {
    const store = createEmbeddedStore();
    const time = createFakeTime('2022-01-31T07:00:00Z');
    const sender = createRecordingSender();
    const knowledge = knowledgeOf([makeMeeting()]);
    const a = createAgendaWorld({ store, time, sender, instanceId: 'a' });
    const b = createAgendaWorld({ store, time, sender, instanceId: 'b' });
    for (let i = 0; i < 30; i++) await subscribedChannel(a, `19:channel-${i}`);

    const first = await Promise.all([schedulerFor(a, knowledge).tick(), schedulerFor(b, knowledge).tick()]);
    await Promise.all([schedulerFor(a, knowledge).tick(), schedulerFor(b, knowledge).tick()]);

    // They really competed: the instance that lost a claim backed off ("busy") instead of posting.
    expect(first.reduce((sum, report) => sum + (report.outcomes.busy ?? 0) + (report.outcomes['already-posted'] ?? 0), 0)).toBeGreaterThan(0);

    const perChannel = new Map<string, number>();
    for (const post of sender.posts) perChannel.set(post.channelId, (perChannel.get(post.channelId) ?? 0) + 1);
    expect(perChannel.size).toBe(30);
    expect([...perChannel.values()].every((count) => count === 1)).toBe(true);
  });

  it('updates posted cards in place after a re-ingest changed the agenda', async () => {
    const world = createAgendaWorld({ time: createFakeTime('2022-01-31T07:00:00Z') });
    const knowledge = knowledgeOf([makeMeeting()]);
    await subscribedChannel(world, '19:rsr');
    const scheduler = schedulerFor(world, knowledge);
    await scheduler.tick();

    const items = makeMeeting().items.map((item) => (item.number === 10 ? makeItem({ ...item, presenters: ['Berit Eriksson', 'Anders Byström'] }) : item));
    knowledge.swap([makeMeeting({ items })]);
    world.time.advance(60_000);
    await scheduler.tick();
    world.time.advance(60_000);
    await scheduler.tick();

    expect(world.sender.posts).toHaveLength(1);
    expect(world.sender.updates).toHaveLength(1);
    expect(world.sender.updates[0]!.post.messageId).toBe(world.sender.posts[0]!.post.messageId);
  });

  it('retries a failed post on a later tick, after the recorded pause', async () => {
    const world = createAgendaWorld({ time: createFakeTime('2022-01-31T07:00:00Z') });
    await subscribedChannel(world, '19:rsr');
    world.sender.failNext('19:rsr', ...Array.from({ length: 6 }, () => ({ status: 502 })));
    const scheduler = schedulerFor(world, knowledgeOf([makeMeeting()]));

    expect((await scheduler.tick()).outcomes).toEqual({ failed: 1 });
    expect((await scheduler.tick()).outcomes).toEqual({ waiting: 1 });
    world.time.advance(60_000);
    expect((await scheduler.tick()).outcomes).toEqual({ posted: 1 });
  });

  it('finishes a post started by a command that failed, even in a channel without a subscription', async () => {
    const world = createAgendaWorld({ time: createFakeTime('2022-01-20T07:00:00Z') });
    await world.addChannel('19:adhoc');
    world.sender.failNext('19:adhoc', ...Array.from({ length: 6 }, () => ({ status: 500 })));
    expect((await world.poster.publish(makeMeeting(), '19:adhoc', { trigger: 'command' })).kind).toBe('failed');

    world.time.advance(5 * 60_000);
    await schedulerFor(world, knowledgeOf([makeMeeting()])).tick();

    expect(world.sender.posts.map((post) => post.channelId)).toEqual(['19:adhoc']);
  });

  it('leaves a channel that answered 403 alone on later ticks and for later meetings', async () => {
    const world = createAgendaWorld({ time: createFakeTime('2022-01-31T07:00:00Z') });
    await subscribedChannel(world, '19:private');
    world.sender.failAlways('19:private', 403);
    const scheduler = schedulerFor(world, knowledgeOf([makeMeeting(), makeMeeting({ date: '2022-02-08' })]));

    expect((await scheduler.tick()).outcomes).toEqual({ unreachable: 1 });
    world.time.set('2022-02-01T07:00:00Z'); // the second meeting is due now too
    expect((await scheduler.tick()).jobs).toBe(0);
    expect(world.sender.calls).toBe(1);
  });

  it('start() ticks at once and stop() waits for the running tick', async () => {
    const world = createAgendaWorld({ time: createFakeTime('2022-01-31T07:00:00Z') });
    await subscribedChannel(world, '19:rsr');
    const stop = schedulerFor(world, knowledgeOf([makeMeeting()])).start({ intervalMs: 60_000 });
    await stop();
    expect(world.sender.posts).toHaveLength(1);
  });
});
