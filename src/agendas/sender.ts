/**
 * The port through which agendas reach Teams. The domain hands over a meeting and a channel
 * address; `src/teams/agenda-sender.ts` renders the card and talks to the Bot Framework connector.
 */
import type { Meeting } from '../knowledge/types.js';

export interface ChannelAddress {
  channelId: string;
  teamId: string;
  serviceUrl: string;
  tenantId: string | null;
  botId: string | null;
}

export interface SentPost {
  /** The new post's conversation id (channel id + ";messageid=…"). */
  conversationId: string;
  messageId: string;
}

export interface AgendaSender {
  /** Starts a new post (thread) in the channel with the agenda card. */
  postAgenda(channel: ChannelAddress, meeting: Meeting): Promise<SentPost>;
  /** Replaces the card of an earlier post in place. */
  updateAgenda(channel: ChannelAddress, post: SentPost, meeting: Meeting): Promise<void>;
}

/**
 * Why a send failed, as the poster decides on it:
 * - throttled: 429, retry after `retryAfterMs` (or backoff)
 * - transient: 412, 5xx, timeouts and network errors, retry with backoff
 * - forbidden: 403, the bot was removed or may not post there: stop, mark the channel
 * - not-found: 404, the channel (or, on update, the message) is gone
 * - rejected: any other 4xx, a bug on our side: retrying cannot help
 */
export type SendFailureReason = 'throttled' | 'transient' | 'forbidden' | 'not-found' | 'rejected';

export class ChannelSendError extends Error {
  constructor(
    readonly reason: SendFailureReason,
    readonly status: number | null,
    readonly retryAfterMs: number | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ChannelSendError';
  }
}

export function failureReasonForStatus(status: number): SendFailureReason {
  if (status === 429) return 'throttled';
  if (status === 412 || status >= 500) return 'transient';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  return 'rejected';
}
