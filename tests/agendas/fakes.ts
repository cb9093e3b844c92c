/** Test doubles for the agenda domain: a clock whose sleep advances time, and a recording sender. */
import type { Meeting } from '../../src/knowledge/types.js';
import { ChannelSendError, type AgendaSender, type ChannelAddress, type SentPost } from '../../src/agendas/index.js';

export interface FakeTime {
  now(): Date;
  nowMs(): number;
  set(iso: string): void;
  advance(ms: number): void;
  /**
   * Resolves on the next turn of the event loop with the clock at least `ms` past the moment of the
   * call; every call is recorded. Sleeps that overlap move the clock like real time would (to the
   * latest wake-up), not by their sum.
   */
  sleep(ms: number): Promise<void>;
  sleeps: number[];
}

export function createFakeTime(startIso: string): FakeTime {
  let current = Date.parse(startIso);
  const sleeps: number[] = [];
  return {
    now: () => new Date(current),
    nowMs: () => current,
    set: (iso) => {
      current = Date.parse(iso);
    },
    advance: (ms) => {
      current += ms;
    },
    sleep: (ms) => {
      sleeps.push(ms);
      const wake = current + ms;
      return new Promise<void>((resolve) =>
        setImmediate(() => {
          current = Math.max(current, wake);
          resolve();
        }),
      );
    },
    sleeps,
  };
}

export interface Scripted {
  status: number;
  retryAfterMs?: number;
}

export interface RecordingSender extends AgendaSender {
  posts: Array<{ channelId: string; meetingId: string; post: SentPost; itemCount: number }>;
  updates: Array<{ channelId: string; post: SentPost; meetingId: string; itemCount: number }>;
  /** Next sends to this channel fail with these statuses, in order. */
  failNext(channelId: string, ...failures: Scripted[]): void;
  /** Every send to this channel fails with this status. */
  failAlways(channelId: string, status: number): void;
  /** Runs before each send resolves (e.g. to crash or to interleave another poster). */
  beforeSend?: (channelId: string) => Promise<void>;
  calls: number;
}

export function createRecordingSender(): RecordingSender {
  const scripted = new Map<string, Scripted[]>();
  const permanent = new Map<string, number>();
  let counter = 0;

  async function attempt(channelId: string): Promise<void> {
    sender.calls += 1;
    await sender.beforeSend?.(channelId);
    const always = permanent.get(channelId);
    const failure = always !== undefined ? { status: always } : scripted.get(channelId)?.shift();
    if (!failure) return;
    const { status, retryAfterMs } = failure as Scripted;
    const reason = status === 429 ? 'throttled' : status === 412 || status >= 500 ? 'transient' : status === 403 ? 'forbidden' : status === 404 ? 'not-found' : 'rejected';
    throw new ChannelSendError(reason, status, retryAfterMs, `fake connector answered ${status}`);
  }

  const sender: RecordingSender = {
    posts: [],
    updates: [],
    calls: 0,
    failNext(channelId, ...failures) {
      scripted.set(channelId, [...(scripted.get(channelId) ?? []), ...failures]);
    },
    failAlways(channelId, status) {
      permanent.set(channelId, status);
    },
    async postAgenda(channel: ChannelAddress, meeting: Meeting) {
      await attempt(channel.channelId);
      counter += 1;
      const post = { conversationId: `${channel.channelId};messageid=${counter}`, messageId: String(counter) };
      sender.posts.push({ channelId: channel.channelId, meetingId: meeting.id, post, itemCount: meeting.items.length });
      return post;
    },
    async updateAgenda(channel: ChannelAddress, post: SentPost, meeting: Meeting) {
      await attempt(channel.channelId);
      sender.updates.push({ channelId: channel.channelId, post, meetingId: meeting.id, itemCount: meeting.items.length });
    },
  };
  return sender;
}
