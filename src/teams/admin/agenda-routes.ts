/**
 * Admin API for agendas, behind ADMIN_API_KEY:
 *   POST /api/agendas/:meetingId/post      body optional: { "channels"?: ["19:…"], "wait"?: true }
 *        posts (or updates) the agenda in the given channels, default the organ's subscribed ones;
 *        idempotent like the scheduler and the chat command. With "wait": false it answers 202 at once.
 *   GET  /api/agendas/:meetingId/postings  the posting records of a meeting (state, message ids).
 */
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { organCatalog, subscriptionCovers, type PostOutcome } from '../../agendas/index.js';
import type { Meeting } from '../../knowledge/types.js';
import { requireAdminKey } from '../admin-auth.js';
import { agendaServices } from '../agenda-sender.js';
import type { BotDeps } from '../deps.js';

const postBodySchema = z
  .object({
    channels: z.array(z.string().min(1).max(512)).min(1).max(10_000).optional(),
    wait: z.boolean().optional(),
  })
  .strict();

const MEETING_ID = /^[a-z0-9][a-z0-9-]{0,150}$/;

export function registerAgendaRoutes(server: Server, deps: BotDeps): void {
  server.post('/api/agendas/:meetingId/post', requireAdminKey(deps.config), async (req: Request, res: Response) => {
    const meeting = findMeeting(req, deps);
    if (typeof meeting === 'string') {
      res.send(404, { error: 'unknown_meeting', message: meeting });
      return;
    }
    const parsed = postBodySchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      res.send(400, { error: 'bad_body', message: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') });
      return;
    }
    const { channels, poster } = agendaServices(deps);
    const targets = parsed.data.channels ?? (await subscribedChannels(meeting, deps));
    if (targets.length === 0) {
      res.send(400, { error: 'no_channels', message: `No channel subscribes to ${meeting.organName}; pass "channels" with Teams channel ids.` });
      return;
    }
    const unique = [...new Set(targets)];
    const known = await Promise.all(unique.map(async (id) => ((await channels.findChannel(id)) ? id : undefined)));
    deps.log.info({ meetingId: meeting.id, channels: unique.length }, 'agenda post requested through the admin API');

    const publishing = poster.publishMany(meeting, unique, { trigger: 'api' });
    if (parsed.data.wait === false) {
      publishing
        .then((outcomes) => deps.log.info({ meetingId: meeting.id, summary: summarize(outcomes) }, 'admin agenda post finished'))
        .catch((error: unknown) => deps.log.error({ err: error, meetingId: meeting.id }, 'admin agenda post failed'));
      res.send(202, { meetingId: meeting.id, channels: unique.length, unknownChannels: unique.filter((_, i) => !known[i]) });
      return;
    }
    const outcomes = await publishing;
    res.send(200, { meetingId: meeting.id, summary: summarize(outcomes), results: outcomes.map(describe) });
  });

  server.get('/api/agendas/:meetingId/postings', requireAdminKey(deps.config), async (req: Request, res: Response) => {
    const meeting = findMeeting(req, deps);
    if (typeof meeting === 'string') {
      res.send(404, { error: 'unknown_meeting', message: meeting });
      return;
    }
    res.send(200, { meetingId: meeting.id, postings: await agendaServices(deps).postings.list({ meetingId: meeting.id }) });
  });
}

function findMeeting(req: Request, deps: BotDeps) {
  const id = String(req.params.meetingId ?? '');
  const meetings = deps.knowledge.current().records.meetings;
  const meeting = MEETING_ID.test(id) ? meetings.find((m) => m.id === id) : undefined;
  return meeting ?? `No meeting "${id.slice(0, 80)}". Known meetings: ${meetings.map((m) => m.id).join(', ') || 'none'}.`;
}

async function subscribedChannels(meeting: Meeting, deps: BotDeps): Promise<string[]> {
  const catalog = organCatalog(deps.knowledge.current().records);
  const subscriptions = await agendaServices(deps).channels.allSubscriptions();
  return subscriptions.filter((subscription) => subscriptionCovers(subscription, meeting, catalog)).map((subscription) => subscription.channelId);
}

function summarize(outcomes: PostOutcome[]): Partial<Record<PostOutcome['kind'], number>> {
  const summary: Partial<Record<PostOutcome['kind'], number>> = {};
  for (const outcome of outcomes) summary[outcome.kind] = (summary[outcome.kind] ?? 0) + 1;
  return summary;
}

function describe(outcome: PostOutcome) {
  const record = 'record' in outcome ? outcome.record : undefined;
  return {
    channelId: outcome.channelId,
    outcome: outcome.kind,
    messageId: record?.messageId ?? null,
    conversationId: record?.conversationId ?? null,
    status: 'status' in outcome ? outcome.status : null,
    error: 'error' in outcome ? outcome.error : null,
    nextAttemptAt: record?.nextAttemptAt ?? null,
  };
}
