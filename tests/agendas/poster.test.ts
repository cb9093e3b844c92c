import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LEASE_MS, rememberChannel } from '../../src/agendas/index.js';
import { createEmbeddedStore } from '../../src/storage/embedded-store.js';
import { makeItem, makeMeeting } from './builders.js';
import { createFakeTime, createRecordingSender } from './fakes.js';
import { createAgendaWorld } from './setup.js';

const meeting = makeMeeting();
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('posting an agenda to a channel', () => {
  it('posts once and answers "already posted" with the same message after that', async () => {
    const world = createAgendaWorld();
    await world.addChannel('19:general');

    const first = await world.poster.publish(meeting, '19:general', { trigger: 'command' });
    const second = await world.poster.publish(meeting, '19:general', { trigger: 'command' });

    expect(first.kind).toBe('posted');
    expect(second.kind).toBe('already-posted');
    expect(world.sender.posts).toHaveLength(1);
    if (first.kind === 'posted' && second.kind === 'already-posted') expect(second.record.messageId).toBe(first.record.messageId);
  });

  it('does not post again after a restart (a new poster on the same data directory)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agenda-restart-'));
    dirs.push(dir);
    const sender = createRecordingSender();
    const time = createFakeTime('2022-01-31T07:00:00Z');
    const before = createAgendaWorld({ store: createEmbeddedStore({ dir }), sender, time });
    await before.addChannel('19:general');
    await before.poster.publish(meeting, '19:general', { trigger: 'schedule' });
    await before.store.close();

    const after = createAgendaWorld({ store: createEmbeddedStore({ dir }), sender, time });
    const outcome = await after.poster.publish(meeting, '19:general', { trigger: 'schedule' });

    expect(outcome.kind).toBe('already-posted');
    expect(sender.posts).toHaveLength(1);
    await after.store.close();
  });

  it('retries a run whose poster died before sending, once its lease has run out', async () => {
    const world = createAgendaWorld();
    await world.addChannel('19:general');
    const claim = await world.postings.claim({
      meeting,
      channelId: '19:general',
      contentHash: 'x',
      trigger: 'schedule',
      owner: 'dead-instance',
      now: world.time.now(),
      leaseMs: DEFAULT_LEASE_MS,
    });
    expect(claim.kind).toBe('claimed');

    expect((await world.poster.publish(meeting, '19:general', { trigger: 'schedule' })).kind).toBe('busy');
    world.time.advance(DEFAULT_LEASE_MS + 1);
    const outcome = await world.poster.publish(meeting, '19:general', { trigger: 'schedule' });

    expect(outcome.kind).toBe('posted');
    expect(world.sender.posts).toHaveLength(1);
  });

  it('posts at most once when two posters (two bot instances) publish at the same moment', async () => {
    const store = createEmbeddedStore();
    const time = createFakeTime('2022-01-31T07:00:00Z');
    const sender = createRecordingSender();
    let release!: () => void;
    const inFlight = new Promise<void>((resolve) => (release = resolve));
    sender.beforeSend = () => inFlight; // both posters are mid-send when they meet
    const a = createAgendaWorld({ store, time, sender, instanceId: 'a' });
    const b = createAgendaWorld({ store, time, sender, instanceId: 'b' });
    await a.addChannel('19:general');

    const both = Promise.all([a.poster.publish(meeting, '19:general', { trigger: 'schedule' }), b.poster.publish(meeting, '19:general', { trigger: 'schedule' })]);
    await new Promise((resolve) => setImmediate(resolve));
    release();
    const kinds = (await both).map((outcome) => outcome.kind).sort();

    expect(kinds).toEqual(['busy', 'posted']);
    expect(sender.posts).toHaveLength(1);
  });

  it('documents the at-least-once window: a crash after the connector accepted but before the record is written posts again', async () => {
    const world = createAgendaWorld();
    await world.addChannel('19:general');
    const crashing = createAgendaWorld({ store: world.store, time: world.time, sender: world.sender });
    // Simulate the crash by failing the store write that records the message id.
    const original = crashing.postings.recordPosted;
    crashing.postings.recordPosted = async () => {
      throw new Error('process died');
    };
    await expect(crashing.poster.publish(meeting, '19:general', { trigger: 'schedule' })).rejects.toThrow('process died');
    crashing.postings.recordPosted = original;

    world.time.advance(DEFAULT_LEASE_MS + 1);
    await world.poster.publish(meeting, '19:general', { trigger: 'schedule' });

    expect(world.sender.posts).toHaveLength(2);
  });
});

describe('retries', () => {
  it('waits what Retry-After says on 429, then posts', async () => {
    const world = createAgendaWorld();
    await world.addChannel('19:general');
    world.sender.failNext('19:general', { status: 429, retryAfterMs: 3_000 }, { status: 429, retryAfterMs: 7_000 });
    const start = world.time.nowMs();

    const outcome = await world.poster.publish(meeting, '19:general', { trigger: 'schedule' });

    expect(outcome.kind).toBe('posted');
    expect(world.sender.calls).toBe(3);
    const backoffs = world.time.sleeps.filter((ms) => ms >= 1_000);
    expect(backoffs).toHaveLength(2);
    expect(backoffs[0]).toBeGreaterThanOrEqual(3_000);
    expect(backoffs[0]).toBeLessThan(3_500);
    expect(backoffs[1]).toBeGreaterThanOrEqual(7_000);
    expect(backoffs[1]).toBeLessThan(7_500);
    expect(world.time.nowMs() - start).toBeGreaterThanOrEqual(10_000);
    expect(world.sender.posts).toHaveLength(1);
  });

  it('backs off exponentially on 412 and 5xx', async () => {
    const world = createAgendaWorld();
    await world.addChannel('19:general');
    world.sender.failNext('19:general', { status: 500 }, { status: 412 }, { status: 503 });

    const outcome = await world.poster.publish(meeting, '19:general', { trigger: 'schedule' });

    expect(outcome.kind).toBe('posted');
    // random() is 0.5 in these tests, so the jitter factor is exactly 1.
    expect(world.time.sleeps.filter((ms) => ms >= 1_000)).toEqual([1_000, 2_000, 4_000]);
  });

  it('gives up a run after the retries, records when to try next, and a command may try again at once', async () => {
    const world = createAgendaWorld();
    await world.addChannel('19:general');
    world.sender.failNext('19:general', ...Array.from({ length: 6 }, () => ({ status: 503 })));

    const failed = await world.poster.publish(meeting, '19:general', { trigger: 'schedule' });
    expect(failed).toMatchObject({ kind: 'failed', status: 503 });
    expect(world.sender.calls).toBe(6);
    const record = await world.postings.find(meeting.id, '19:general');
    expect(record).toMatchObject({ state: 'pending', messageId: null, attempts: 1, leaseOwner: null, lastStatus: 503 });
    expect(Date.parse(record!.nextAttemptAt!)).toBe(world.time.nowMs() + 60_000);

    expect((await world.poster.publish(meeting, '19:general', { trigger: 'schedule' })).kind).toBe('waiting');
    expect((await world.poster.publish(meeting, '19:general', { trigger: 'command' })).kind).toBe('posted');
    expect(world.sender.posts).toHaveLength(1);
  });

  it('ends the run at once when Retry-After is longer than a run may wait, and waits at least that long', async () => {
    const world = createAgendaWorld();
    await world.addChannel('19:general');
    world.sender.failNext('19:general', { status: 429, retryAfterMs: 300_000 });

    const outcome = await world.poster.publish(meeting, '19:general', { trigger: 'schedule' });

    expect(outcome.kind).toBe('failed');
    expect(world.sender.calls).toBe(1);
    const record = await world.postings.find(meeting.id, '19:general');
    expect(Date.parse(record!.nextAttemptAt!)).toBe(world.time.nowMs() + 300_000);
  });
});

describe('channels that answer 403 or 404', () => {
  it('marks the channel unreachable, stops posting there, and resumes once the channel is heard from again', async () => {
    const world = createAgendaWorld();
    await world.addChannel('19:private');
    world.sender.failAlways('19:private', 403);

    const outcome = await world.poster.publish(meeting, '19:private', { trigger: 'schedule' });
    expect(outcome).toMatchObject({ kind: 'unreachable', status: 403 });
    expect(world.sender.calls).toBe(1); // 403 is not retried
    expect(await world.channels.findChannel('19:private')).toMatchObject({ state: 'unreachable', unreachableReason: expect.stringContaining('403') });
    expect(await world.postings.find(meeting.id, '19:private')).toMatchObject({ state: 'unreachable', lastStatus: 403 });

    expect((await world.poster.publish(meeting, '19:private', { trigger: 'schedule' })).kind).toBe('unreachable');
    expect(world.sender.calls).toBe(1);

    // The bot is added back: a fresh connector that accepts, and an activity from the channel.
    const healed = createAgendaWorld({ store: world.store, time: world.time });
    await rememberChannel({ channels: healed.channels, postings: healed.postings }, { channelId: '19:private', teamId: 'team-1', serviceUrl: 'http://127.0.0.1:9/' }, world.time.now());
    expect(await healed.channels.findChannel('19:private')).toMatchObject({ state: 'active' });
    expect((await healed.poster.publish(meeting, '19:private', { trigger: 'schedule' })).kind).toBe('posted');
  });

  it('treats 404 on a new post like 403', async () => {
    const world = createAgendaWorld();
    await world.addChannel('19:deleted');
    world.sender.failNext('19:deleted', { status: 404 });

    expect(await world.poster.publish(meeting, '19:deleted', { trigger: 'api' })).toMatchObject({ kind: 'unreachable', status: 404 });
  });

  it('does not retry other 4xx answers', async () => {
    const world = createAgendaWorld();
    await world.addChannel('19:general');
    world.sender.failNext('19:general', { status: 400 });

    expect(await world.poster.publish(meeting, '19:general', { trigger: 'api' })).toMatchObject({ kind: 'failed', status: 400 });
    expect(world.sender.calls).toBe(1);
  });

  it('reports a channel it has never seen', async () => {
    const world = createAgendaWorld();
    expect(await world.poster.publish(meeting, '19:unknown', { trigger: 'api' })).toEqual({ kind: 'unknown-channel', channelId: '19:unknown' });
  });
});

describe('agenda changes after posting', () => {
  const changed = makeMeeting({
    items: makeMeeting().items.map((item) => (item.number === 9 ? makeItem({ ...item, presenters: ['Anna Andersson'], start: '14:45' }) : item)),
  });

  it('updates the posted card in place instead of posting again', async () => {
    const world = createAgendaWorld();
    await world.addChannel('19:general');
    const first = await world.poster.publish(meeting, '19:general', { trigger: 'schedule' });

    const second = await world.poster.publish(changed, '19:general', { trigger: 'schedule' });
    const third = await world.poster.publish(changed, '19:general', { trigger: 'schedule' });

    expect(second.kind).toBe('updated');
    expect(third.kind).toBe('already-posted');
    expect(world.sender.posts).toHaveLength(1);
    expect(world.sender.updates).toHaveLength(1);
    if (first.kind === 'posted') expect(world.sender.updates[0]!.post.messageId).toBe(first.record.messageId);
    expect((await world.postings.find(meeting.id, '19:general'))!.contentHash).not.toBe(first.kind === 'posted' ? first.record.contentHash : '');
  });

  it('posts the changed agenda anew when the old post was deleted (404 on update)', async () => {
    const world = createAgendaWorld();
    await world.addChannel('19:general');
    await world.poster.publish(meeting, '19:general', { trigger: 'schedule' });
    world.sender.failNext('19:general', { status: 404 });

    const outcome = await world.poster.publish(changed, '19:general', { trigger: 'schedule' });

    expect(outcome.kind).toBe('posted');
    expect(world.sender.posts).toHaveLength(2);
    expect(await world.channels.findChannel('19:general')).toMatchObject({ state: 'active' });
  });
});

describe('fan-out', () => {
  it('posts to many channels, each exactly once, within the tenant rate', async () => {
    const world = createAgendaWorld();
    const ids = Array.from({ length: 120 }, (_, i) => `19:channel-${i}`);
    for (const id of ids) await world.addChannel(id);
    const start = world.time.nowMs();

    const outcomes = await world.poster.publishMany(meeting, ids, { trigger: 'api', concurrency: 16 });

    expect(outcomes.every((outcome) => outcome.kind === 'posted')).toBe(true);
    expect(new Set(world.sender.posts.map((post) => post.channelId)).size).toBe(120);
    expect(world.sender.posts).toHaveLength(120);
    // 2 at once, then 47/s: 118 more need at least 2.5 s of (fake) time.
    expect(world.time.nowMs() - start).toBeGreaterThanOrEqual(2_500);
  });
});
