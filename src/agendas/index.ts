/** Agendas from meeting records, channel subscriptions, due posts and posting records. */
import type { ChannelRepository, ChannelSighting, Remembered } from './channels.js';
import type { PostingRepository } from './postings.js';

export { agendaContentHash } from './content-hash.js';
export { createChannelRepository } from './channels.js';
export type { ChannelRecord, ChannelRepository, ChannelSighting, ChannelState, Remembered, SubscriptionRecord } from './channels.js';
export { findDateInText, localDate } from './dates.js';
export { findAgenda, findOrgan, nextMeetingOf } from './find-agenda.js';
export type { AgendaLookup, AgendaQuery, AgendaRecords, OrganLookup } from './find-agenda.js';
export { meetingBelongsTo, organCatalog, resolveOrgan } from './organs.js';
export type { OrganMatch, OrganRef } from './organs.js';
export { createAgendaPoster, DEFAULT_LEASE_MS, DEFAULT_RETRY } from './poster.js';
export type { AgendaPoster, PostOutcome, PosterDeps, PublishOptions, RetryPolicy } from './poster.js';
export { createPostingRepository, postingKey } from './postings.js';
export type { Claim, PostingRecord, PostingRepository, PostingState, PostingTrigger } from './postings.js';
export { createRateLimiter, TEAMS_RATE_LIMITS } from './rate-limiter.js';
export type { BucketLimit, RateLimiter, RateLimits } from './rate-limiter.js';
export { agendaDueAt, isAgendaDue, meetingStartsAt } from './schedule.js';
export type { AgendaSchedule } from './schedule.js';
export { createAgendaScheduler, subscriptionCovers } from './scheduler.js';
export type { AgendaScheduler, SchedulerDeps, TickReport } from './scheduler.js';
export { ChannelSendError, failureReasonForStatus } from './sender.js';
export type { AgendaSender, ChannelAddress, SendFailureReason, SentPost } from './sender.js';

/**
 * Stores what an activity says about a channel. A channel marked unreachable that the bot hears
 * from again is active again, and its unreachable posts may be retried.
 */
export async function rememberChannel(
  repositories: { channels: ChannelRepository; postings: PostingRepository },
  sighting: ChannelSighting,
  now: Date,
): Promise<Remembered> {
  const outcome = await repositories.channels.rememberChannel(sighting, now);
  if (outcome === 'reactivated') await repositories.postings.resetUnreachable(sighting.channelId, now);
  return outcome;
}
