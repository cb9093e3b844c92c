/**
 * One posting record per (meeting, channel): the claim that makes posting idempotent across
 * retries, restarts and several bot instances.
 *
 * Whoever posts or updates first takes a lease on the record with compare-and-set on `version`
 * (the store's `replaceIf`). A lease that runs out without a message id (the poster crashed) can be
 * taken by the next poster, so a due post is never skipped; a live lease makes everyone else back
 * off, so two instances never post the same agenda at the same time.
 */
import type { DocumentStore } from '../storage/document-store.js';

export type PostingState = 'pending' | 'posted' | 'unreachable';
export type PostingTrigger = 'command' | 'schedule' | 'api';

export type PostingRecord = {
  meetingId: string;
  channelId: string;
  organName: string;
  meetingDate: string;
  state: PostingState;
  version: number;
  leaseOwner: string | null;
  leaseUntil: string | null;
  /** The post's own conversation id (channel id + ";messageid=…"), used to update it. */
  conversationId: string | null;
  messageId: string | null;
  /** agendaContentHash of what the posted card shows. */
  contentHash: string | null;
  trigger: PostingTrigger;
  attempts: number;
  lastError: string | null;
  lastStatus: number | null;
  /** After a failed run: not before this time (the scheduler waits; a command does not). */
  nextAttemptAt: string | null;
  createdAt: string;
  postedAt: string | null;
  updatedAt: string;
};

export type Claim =
  | { kind: 'claimed'; action: 'post' | 'update'; record: PostingRecord }
  | { kind: 'already-posted'; record: PostingRecord }
  | { kind: 'busy'; record: PostingRecord }
  | { kind: 'unreachable'; record: PostingRecord }
  | { kind: 'waiting'; record: PostingRecord };

export interface ClaimRequest {
  meeting: { id: string; organName: string; date: string };
  channelId: string;
  contentHash: string;
  trigger: PostingTrigger;
  /** Unique per claim, so two claims in one process exclude each other too. */
  owner: string;
  now: Date;
  leaseMs: number;
  /** A person asked: try now even if the last failure set a later nextAttemptAt. */
  ignoreBackoff?: boolean;
}

export interface PostingRepository {
  claim(request: ClaimRequest): Promise<Claim>;
  /** Records the sent message and releases the lease; false when the lease was lost meanwhile. */
  recordPosted(claimed: PostingRecord, sent: { conversationId: string; messageId: string; contentHash: string }, now: Date): Promise<boolean>;
  /** Records a failed run and releases the lease; false when the lease was lost meanwhile. */
  recordFailure(claimed: PostingRecord, failure: { error: string; status: number | null; unreachable: boolean; nextAttemptAt: Date | null }, now: Date): Promise<boolean>;
  find(meetingId: string, channelId: string): Promise<PostingRecord | undefined>;
  list(filter?: Partial<PostingRecord>): Promise<PostingRecord[]>;
  /** The channel is heard from again: its unreachable records may be tried again. */
  resetUnreachable(channelId: string, now: Date): Promise<number>;
}

const CLAIM_ROUNDS = 5;

export function postingKey(meetingId: string, channelId: string): string {
  return `${meetingId}|${channelId}`;
}

export function createPostingRepository(store: DocumentStore): PostingRepository {
  const postings = store.collection<PostingRecord>('agenda-postings');

  async function release(claimed: PostingRecord, next: PostingRecord): Promise<boolean> {
    const key = postingKey(claimed.meetingId, claimed.channelId);
    return postings.replaceIf(key, { version: claimed.version, leaseOwner: claimed.leaseOwner }, next);
  }

  return {
    async claim(request) {
      const key = postingKey(request.meeting.id, request.channelId);
      const at = request.now.toISOString();
      const leaseUntil = new Date(request.now.getTime() + request.leaseMs).toISOString();
      const fresh: PostingRecord = {
        meetingId: request.meeting.id,
        channelId: request.channelId,
        organName: request.meeting.organName,
        meetingDate: request.meeting.date,
        state: 'pending',
        version: 1,
        leaseOwner: request.owner,
        leaseUntil,
        conversationId: null,
        messageId: null,
        contentHash: null,
        trigger: request.trigger,
        attempts: 0,
        lastError: null,
        lastStatus: null,
        nextAttemptAt: null,
        createdAt: at,
        postedAt: null,
        updatedAt: at,
      };
      if (await postings.insertIfAbsent(key, fresh)) return { kind: 'claimed', action: 'post', record: fresh };

      for (let round = 0; round < CLAIM_ROUNDS; round++) {
        const current = await postings.find(key);
        if (!current) {
          if (await postings.insertIfAbsent(key, fresh)) return { kind: 'claimed', action: 'post', record: fresh };
          continue;
        }
        const leased = current.leaseUntil !== null && Date.parse(current.leaseUntil) > request.now.getTime();
        if (leased) return { kind: 'busy', record: current };
        if (current.state === 'unreachable') return { kind: 'unreachable', record: current };
        if (current.state === 'posted' && current.contentHash === request.contentHash) return { kind: 'already-posted', record: current };
        if (!request.ignoreBackoff && current.nextAttemptAt && Date.parse(current.nextAttemptAt) > request.now.getTime()) {
          return { kind: 'waiting', record: current };
        }
        const claimed: PostingRecord = { ...current, version: current.version + 1, leaseOwner: request.owner, leaseUntil, updatedAt: at };
        if (await postings.replaceIf(key, { version: current.version }, claimed)) {
          return { kind: 'claimed', action: current.state === 'posted' ? 'update' : 'post', record: claimed };
        }
      }
      const current = await postings.get(key);
      return { kind: 'busy', record: current };
    },

    recordPosted(claimed, sent, now) {
      const at = now.toISOString();
      return release(claimed, {
        ...claimed,
        state: 'posted',
        version: claimed.version + 1,
        leaseOwner: null,
        leaseUntil: null,
        conversationId: sent.conversationId,
        messageId: sent.messageId,
        contentHash: sent.contentHash,
        attempts: claimed.attempts + 1,
        lastError: null,
        lastStatus: null,
        nextAttemptAt: null,
        postedAt: claimed.postedAt ?? at,
        updatedAt: at,
      });
    },

    recordFailure(claimed, failure, now) {
      return release(claimed, {
        ...claimed,
        state: failure.unreachable ? 'unreachable' : claimed.state,
        version: claimed.version + 1,
        leaseOwner: null,
        leaseUntil: null,
        attempts: claimed.attempts + 1,
        lastError: failure.error,
        lastStatus: failure.status,
        nextAttemptAt: failure.nextAttemptAt?.toISOString() ?? null,
        updatedAt: now.toISOString(),
      });
    },

    find: (meetingId, channelId) => postings.find(postingKey(meetingId, channelId)),
    list: (filter) => postings.list(filter),

    async resetUnreachable(channelId, now) {
      let reset = 0;
      for (const record of await postings.list({ channelId, state: 'unreachable' })) {
        const next: PostingRecord = {
          ...record,
          state: record.messageId ? 'posted' : 'pending',
          version: record.version + 1,
          nextAttemptAt: null,
          updatedAt: now.toISOString(),
        };
        if (await postings.replaceIf(postingKey(record.meetingId, record.channelId), { version: record.version }, next)) reset += 1;
      }
      return reset;
    },
  };
}
