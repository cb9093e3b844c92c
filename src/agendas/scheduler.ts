/**
 * Once a minute: post every due agenda to its organ's subscribed channels, finish runs that a
 * crash or a failure left open, and update posted cards whose agenda changed. Every decision is
 * made from the store and the clock, so a restart or a second instance picks up where the last left.
 */
import type { Logger } from '../log.js';
import type { Meeting } from '../knowledge/types.js';
import type { ChannelRepository, SubscriptionRecord } from './channels.js';
import { agendaContentHash } from './content-hash.js';
import type { AgendaRecords } from './find-agenda.js';
import { meetingBelongsTo, organCatalog, type OrganRef } from './organs.js';
import type { AgendaPoster, PostOutcome } from './poster.js';
import type { PostingRecord, PostingRepository } from './postings.js';
import { isAgendaDue, meetingStartsAt, type AgendaSchedule } from './schedule.js';

export interface SchedulerDeps {
  knowledge: { current(): { records: AgendaRecords } };
  channels: ChannelRepository;
  postings: PostingRepository;
  poster: AgendaPoster;
  schedule: AgendaSchedule;
  clock: () => Date;
  log: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
  /** Channels posted to at the same time per meeting; the rate limiter sets the actual pace. */
  concurrency?: number;
}

export interface TickReport {
  at: string;
  /** (meeting, channel) pairs that needed work. */
  jobs: number;
  outcomes: Partial<Record<PostOutcome['kind'], number>>;
}

export interface AgendaScheduler {
  /** One pass; safe to call at any time and from several instances at once. */
  tick(): Promise<TickReport>;
  /** Ticks now and then every `intervalMs`; the returned function stops it and waits for a running tick. */
  start(options?: { intervalMs?: number }): () => Promise<void>;
}

export function createAgendaScheduler(deps: SchedulerDeps): AgendaScheduler {
  async function tick(): Promise<TickReport> {
    const now = deps.clock();
    const records = deps.knowledge.current().records;
    const upcoming = records.meetings.filter((meeting) => now.getTime() < meetingStartsAt(meeting, deps.schedule.timeZone).getTime());
    const catalog = organCatalog(records);
    const subscriptions = await deps.channels.allSubscriptions();
    const postingsByMeeting = groupBy(await deps.postings.list(), (record) => record.meetingId);
    // Marked after a 403/404: left alone until the bot hears from the channel again.
    const unreachable = new Set((await deps.channels.listChannels({ state: 'unreachable' })).map((channel) => channel.channelId));

    const jobs = new Map<Meeting, Set<string>>();
    const add = (meeting: Meeting, channelId: string) => {
      if (unreachable.has(channelId)) return;
      const channels = jobs.get(meeting) ?? new Set<string>();
      channels.add(channelId);
      jobs.set(meeting, channels);
    };

    for (const meeting of upcoming) {
      const hash = agendaContentHash(meeting);
      const existing = new Map((postingsByMeeting.get(meeting.id) ?? []).map((record) => [record.channelId, record]));
      const settled = (record: PostingRecord | undefined) => record !== undefined && (record.state === 'unreachable' || (record.state === 'posted' && record.contentHash === hash));
      if (isAgendaDue(meeting, deps.schedule, now)) {
        for (const subscription of subscriptions) {
          if (subscriptionCovers(subscription, meeting, catalog) && !settled(existing.get(subscription.channelId))) add(meeting, subscription.channelId);
        }
      }
      // Records from earlier runs (scheduled, commanded or via the API): finish or update them.
      for (const record of existing.values()) if (!settled(record)) add(meeting, record.channelId);
    }

    const report: TickReport = { at: now.toISOString(), jobs: 0, outcomes: {} };
    for (const [meeting, channels] of jobs) {
      const outcomes = await deps.poster.publishMany(meeting, [...channels], { trigger: 'schedule', concurrency: deps.concurrency });
      report.jobs += outcomes.length;
      for (const outcome of outcomes) report.outcomes[outcome.kind] = (report.outcomes[outcome.kind] ?? 0) + 1;
    }
    if (report.jobs > 0) deps.log.info(report, 'agenda scheduler tick');
    return report;
  }

  return {
    tick,
    start(options = {}) {
      let running: Promise<unknown> | undefined;
      const run = () => {
        if (running) return; // a slow tick (a big fan-out) is not overlapped by the next one
        running = tick()
          .catch((error: unknown) => deps.log.error({ err: error }, 'agenda scheduler tick failed'))
          .finally(() => {
            running = undefined;
          });
      };
      run();
      const timer = setInterval(run, options.intervalMs ?? 60_000);
      timer.unref();
      return async () => {
        clearInterval(timer);
        await running;
      };
    },
  };
}

/** Whether a channel's subscription covers this meeting (by organ id, else by organ name). */
export function subscriptionCovers(subscription: SubscriptionRecord, meeting: Meeting, catalog: OrganRef[]): boolean {
  const organ =
    (subscription.organId ? catalog.find((candidate) => candidate.id === subscription.organId) : undefined) ??
    ({ id: subscription.organId ?? undefined, name: subscription.organName, phrases: [subscription.organName] } satisfies OrganRef);
  return meetingBelongsTo(meeting, organ);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return groups;
}
