/**
 * Posts a meeting's agenda to a channel exactly once, and updates the post in place when the agenda
 * changes. Claim the posting record (lease) → send with retries inside the rate limits → record
 * the message id. See README.md for the failure cases.
 */
import { randomUUID } from 'node:crypto';
import pRetry, { AbortError } from 'p-retry';
import type { Meeting } from '../knowledge/types.js';
import type { Logger } from '../log.js';
import type { ChannelRecord, ChannelRepository } from './channels.js';
import { agendaContentHash } from './content-hash.js';
import type { PostingRecord, PostingRepository, PostingTrigger } from './postings.js';
import type { RateLimiter } from './rate-limiter.js';
import { ChannelSendError, type AgendaSender, type ChannelAddress, type SentPost } from './sender.js';

export interface RetryPolicy {
  /** Retries after the first attempt within one run. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this ends the run; the next run starts after it. */
  maxRetryAfterMs: number;
  /** Pause before the next run after a run failed: base × 2^(runs − 1), capped. */
  nextRunBaseMs: number;
  nextRunMaxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
  nextRunBaseMs: 60_000,
  nextRunMaxMs: 60 * 60_000,
};

/**
 * Long enough for a whole run (6 attempts with ≤ 30 s timeouts and ≤ 60 s pauses), so a lease
 * only expires when its poster died; a run also stops retrying when its lease nears its end.
 */
export const DEFAULT_LEASE_MS = 10 * 60_000;
const LEASE_SAFETY_MS = 45_000;
const RECORD_ATTEMPTS = 3;

export interface PosterDeps {
  channels: ChannelRepository;
  postings: PostingRepository;
  sender: AgendaSender;
  limiter: RateLimiter;
  clock: () => Date;
  sleep: (ms: number) => Promise<void>;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  leaseMs?: number;
  /** Names this process in lease owners, for the logs. */
  instanceId?: string;
}

export type PostOutcome =
  | { kind: 'posted'; channelId: string; record: PostingRecord }
  | { kind: 'updated'; channelId: string; record: PostingRecord }
  | { kind: 'already-posted'; channelId: string; record: PostingRecord }
  /** Someone else holds the lease right now (another instance, or a run in progress). */
  | { kind: 'busy'; channelId: string; record: PostingRecord }
  /** A failed run asked to wait until record.nextAttemptAt. */
  | { kind: 'waiting'; channelId: string; record: PostingRecord }
  | { kind: 'unreachable'; channelId: string; status: number | null; record?: PostingRecord }
  | { kind: 'failed'; channelId: string; error: string; status: number | null; record: PostingRecord }
  | { kind: 'unknown-channel'; channelId: string }
  /** The store or something else broke before the outcome could be recorded; logged. */
  | { kind: 'error'; channelId: string; error: string };

export interface PublishOptions {
  trigger: PostingTrigger;
}

export interface AgendaPoster {
  publish(meeting: Meeting, channelId: string, options: PublishOptions): Promise<PostOutcome>;
  /** Publishes to many channels, `concurrency` at a time; the rate limiter sets the pace. */
  publishMany(meeting: Meeting, channelIds: string[], options: PublishOptions & { concurrency?: number }): Promise<PostOutcome[]>;
}

export function createAgendaPoster(deps: PosterDeps): AgendaPoster {
  const retry = { ...DEFAULT_RETRY, ...deps.retry };
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const random = deps.random ?? Math.random;
  const instanceId = deps.instanceId ?? randomUUID().slice(0, 8);

  function retryDelay(error: ChannelSendError, attempt: number): number {
    const exponential = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
    if (error.reason === 'throttled' && error.retryAfterMs !== undefined) {
      // At least what the service asked for, plus a little spread so parallel posts do not return together.
      return error.retryAfterMs + Math.round(random() * retry.baseDelayMs * 0.25);
    }
    return Math.round(exponential * (0.5 + random()));
  }

  async function withRetries<T>(channel: ChannelRecord, claimed: PostingRecord, send: () => Promise<T>): Promise<T> {
    let pause = 0;
    const leaseEnds = Date.parse(claimed.leaseUntil!);
    return pRetry(
      async () => {
        if (pause > 0) await deps.sleep(pause);
        if (deps.clock().getTime() > leaseEnds - LEASE_SAFETY_MS) {
          throw new AbortError(new ChannelSendError('transient', null, undefined, 'Stopped retrying: the posting lease is about to run out.'));
        }
        await deps.limiter.acquire(channel.channelId, channel.tenantId);
        try {
          return await send();
        } catch (error) {
          const failure = asSendError(error);
          const retryable = failure.reason === 'throttled' || failure.reason === 'transient';
          if (!retryable || (failure.retryAfterMs ?? 0) > retry.maxRetryAfterMs) throw new AbortError(failure);
          throw failure;
        }
      },
      {
        retries: retry.retries,
        minTimeout: 0, // p-retry's own timer is off: pauses go through the injected sleep below
        onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
          const failure = asSendError(error);
          pause = retryDelay(failure, attemptNumber);
          if (retriesLeft > 0) {
            deps.log.warn({ channelId: channel.channelId, status: failure.status, reason: failure.reason, attempt: attemptNumber, pauseMs: pause }, 'agenda send failed, retrying');
          }
        },
      },
    );
  }

  async function send(channel: ChannelRecord, claimed: PostingRecord, action: 'post' | 'update', meeting: Meeting): Promise<SentPost> {
    const address = toAddress(channel);
    if (action === 'update' && claimed.conversationId && claimed.messageId) {
      const post = { conversationId: claimed.conversationId, messageId: claimed.messageId };
      try {
        await withRetries(channel, claimed, () => deps.sender.updateAgenda(address, post, meeting));
        return post;
      } catch (error) {
        // Someone deleted the post: the channel should still get the current agenda, as a new post.
        if (!(error instanceof ChannelSendError && error.reason === 'not-found')) throw error;
        deps.log.warn({ channelId: channel.channelId, meetingId: meeting.id }, 'posted agenda is gone, posting it anew');
      }
    }
    return withRetries(channel, claimed, () => deps.sender.postAgenda(address, meeting));
  }

  async function publish(meeting: Meeting, channelId: string, options: PublishOptions): Promise<PostOutcome> {
    const channel = await deps.channels.findChannel(channelId);
    if (!channel) return { kind: 'unknown-channel', channelId };
    if (channel.state === 'unreachable' && options.trigger === 'schedule') return { kind: 'unreachable', channelId, status: null };

    const contentHash = agendaContentHash(meeting);
    const claim = await deps.postings.claim({
      meeting,
      channelId,
      contentHash,
      trigger: options.trigger,
      owner: `${instanceId}:${randomUUID()}`,
      now: deps.clock(),
      leaseMs,
      ignoreBackoff: options.trigger !== 'schedule',
    });
    if (claim.kind === 'unreachable') return { kind: 'unreachable', channelId, status: claim.record.lastStatus, record: claim.record };
    if (claim.kind !== 'claimed') return { kind: claim.kind, channelId, record: claim.record };

    const claimed = claim.record;
    let sent: SentPost;
    try {
      sent = await send(channel, claimed, claim.action, meeting);
    } catch (error) {
      return recordFailedRun(meeting, channel, claimed, asSendError(error));
    }
    // Outside the try above: a store failure here must not count as a failed send, or the retry
    // would post a second time.
    const recorded = await recordSent(claimed, { ...sent, contentHash });
    if (!recorded) {
      deps.log.error({ channelId, meetingId: meeting.id, messageId: sent.messageId }, 'posting lease was lost while sending: another poster may post this agenda again');
    }
    const record = (await deps.postings.find(meeting.id, channelId)) ?? claimed;
    const kind = claim.action === 'update' && sent.messageId === claimed.messageId ? 'updated' : 'posted';
    deps.log.info({ channelId, meetingId: meeting.id, messageId: sent.messageId, trigger: options.trigger, action: kind }, 'agenda published');
    return { kind, channelId, record };
  }

  /** A few tries: the message exists now, so losing this write is what could cause a duplicate. */
  async function recordSent(claimed: PostingRecord, sent: SentPost & { contentHash: string }): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await deps.postings.recordPosted(claimed, sent, deps.clock());
      } catch (error) {
        if (attempt >= RECORD_ATTEMPTS) {
          deps.log.error({ err: error, channelId: claimed.channelId, meetingId: claimed.meetingId, messageId: sent.messageId }, 'agenda was sent but could not be recorded: it may be posted again when the lease runs out');
          throw error;
        }
        await deps.sleep(retry.baseDelayMs * attempt);
      }
    }
  }

  async function recordFailedRun(meeting: Meeting, channel: ChannelRecord, claimed: PostingRecord, failure: ChannelSendError): Promise<PostOutcome> {
    const now = deps.clock();
    const unreachable = failure.reason === 'forbidden' || failure.reason === 'not-found';
    const runs = claimed.attempts + 1;
    const pause = Math.max(failure.retryAfterMs ?? 0, Math.min(retry.nextRunMaxMs, retry.nextRunBaseMs * 2 ** (runs - 1)));
    await deps.postings.recordFailure(
      claimed,
      { error: failure.message, status: failure.status, unreachable, nextAttemptAt: unreachable ? null : new Date(now.getTime() + pause) },
      now,
    );
    const record = (await deps.postings.find(meeting.id, channel.channelId)) ?? claimed;
    if (unreachable) {
      await deps.channels.markUnreachable(channel.channelId, `${failure.status ?? ''} ${failure.message}`.trim(), now);
      deps.log.warn({ channelId: channel.channelId, teamId: channel.teamId, meetingId: meeting.id, status: failure.status }, 'channel unreachable: marked, agendas are not sent there until it is heard from again');
      return { kind: 'unreachable', channelId: channel.channelId, status: failure.status, record };
    }
    const level = failure.reason === 'rejected' ? 'error' : 'warn';
    deps.log[level]({ channelId: channel.channelId, meetingId: meeting.id, status: failure.status, reason: failure.reason, nextAttemptAt: record.nextAttemptAt }, 'agenda not published in this run');
    return { kind: 'failed', channelId: channel.channelId, error: failure.message, status: failure.status, record };
  }

  return {
    publish,
    async publishMany(meeting, channelIds, options) {
      const outcomes: PostOutcome[] = new Array(channelIds.length);
      let next = 0;
      const worker = async () => {
        while (next < channelIds.length) {
          const index = next++;
          const channelId = channelIds[index]!;
          outcomes[index] = await publish(meeting, channelId, options).catch((error: unknown): PostOutcome => {
            deps.log.error({ err: error, channelId, meetingId: meeting.id }, 'agenda publishing broke');
            return { kind: 'error', channelId, error: error instanceof Error ? error.message : String(error) };
          });
        }
      };
      await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 16, channelIds.length) }, worker));
      return outcomes;
    },
  };
}

function toAddress(channel: ChannelRecord): ChannelAddress {
  return { channelId: channel.channelId, teamId: channel.teamId, serviceUrl: channel.serviceUrl, tenantId: channel.tenantId, botId: channel.botId };
}

function asSendError(error: unknown): ChannelSendError {
  if (error instanceof ChannelSendError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ChannelSendError('transient', null, undefined, `Unexpected send failure: ${message}`, { cause: error });
}
