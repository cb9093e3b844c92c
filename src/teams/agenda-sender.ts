/**
 * Agendas to Teams: the AgendaSender port over the Bot Framework connector's REST API, and the
 * per-bot agenda services (repositories, poster, scheduler) the handlers, admin API and main share.
 *
 * Why not botbuilder's ConnectorClient (the lead's ProactiveSender)? It retries 429 and 5xx by
 * itself, on real timers: measured against a server answering 429 with Retry-After: 1, one send
 * became 4 requests and 3 s, and its `retryOptions` are ignored by botbuilder's compatibility
 * layer. For a fan-out that must stay under 50 requests/s per tenant, that hidden retry multiplies
 * the load and cannot run on an injected clock. So the agenda poster owns retries, backoff and
 * rate limits, and this module makes exactly one HTTP request per attempt. Authentication is still
 * botbuilder's: the same credential factory the adapter uses issues the bearer token.
 */
import { randomUUID } from 'node:crypto';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import {
  ChannelSendError,
  createAgendaPoster,
  createAgendaScheduler,
  createChannelRepository,
  createPostingRepository,
  createRateLimiter,
  failureReasonForStatus,
  type AgendaPoster,
  type AgendaScheduler,
  type AgendaSender,
  type ChannelAddress,
  type ChannelRepository,
  type PostingRepository,
  type SentPost,
} from '../agendas/index.js';
import type { Config } from '../config.js';
import type { Meeting } from '../knowledge/types.js';
import { buildAgendaCard } from './cards/agenda-card.js';
import type { BotDeps } from './deps.js';

const BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com';
const BOT_FRAMEWORK_LOGIN = 'https://login.microsoftonline.com/botframework.com';
const REQUEST_TIMEOUT_MS = 30_000;

type TokenSource = () => Promise<string | undefined>;

/** No token in local mode (Playground, fake connector); otherwise the app's Bot Framework token. */
export function botFrameworkTokenSource(config: Pick<Config, 'localMode' | 'appId' | 'appPassword' | 'appTenantId' | 'appType'>): TokenSource {
  if (config.localMode || !config.appId) return async () => undefined;
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppTenantId: config.appTenantId,
    MicrosoftAppType: config.appType,
  });
  let credentials: Promise<{ getToken?: (force?: boolean) => Promise<string> }> | undefined;
  return async () => {
    credentials ??= factory.createCredentials(config.appId!, BOT_FRAMEWORK_SCOPE, BOT_FRAMEWORK_LOGIN, true) as Promise<{ getToken?: () => Promise<string> }>;
    const resolved = await credentials;
    if (!resolved.getToken) throw new Error('The configured credentials cannot issue a Bot Framework token.');
    return resolved.getToken(); // MSAL caches the token until shortly before it expires
  };
}

export function createConnectorAgendaSender(options: { token: TokenSource; fetch?: typeof fetch; timeoutMs?: number }): AgendaSender {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  // A fan-out hands the same meeting object to every channel: render its card once.
  const rendered = new WeakMap<Meeting, Record<string, unknown>>();
  const activityFor = (meeting: Meeting) => {
    let activity = rendered.get(meeting);
    if (!activity) {
      activity = agendaActivity(meeting);
      rendered.set(meeting, activity);
    }
    return activity;
  };

  async function call(method: 'POST' | 'PUT', url: string, body: unknown): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      const token = await options.token();
      response = await fetchImpl(url, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new ChannelSendError('transient', null, undefined, `No answer from the connector at ${new URL(url).origin}: ${(error as Error).message}`, { cause: error });
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      const reason = failureReasonForStatus(response.status);
      throw new ChannelSendError(reason, response.status, parseRetryAfter(response.headers.get('retry-after')), `Connector answered ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
    }
    try {
      return text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      throw new ChannelSendError('transient', response.status, undefined, 'Connector answered with a body that is not JSON.');
    }
  }

  return {
    async postAgenda(channel: ChannelAddress, meeting: Meeting): Promise<SentPost> {
      // conversations.create with channelData.channel: a new post (thread) in the channel, which is
      // what Teams, and the Agents Playground (its connector implements it), show as a channel post.
      const answer = await call('POST', `${base(channel.serviceUrl)}/v3/conversations`, {
        isGroup: true,
        bot: channel.botId ? { id: channel.botId } : undefined,
        tenantId: channel.tenantId ?? undefined,
        channelData: { channel: { id: channel.channelId }, tenant: channel.tenantId ? { id: channel.tenantId } : undefined },
        activity: activityFor(meeting),
      });
      const conversationId = typeof answer.id === 'string' ? answer.id : undefined;
      const messageId = typeof answer.activityId === 'string' ? answer.activityId : conversationId?.split(';messageid=')[1];
      if (!conversationId || !messageId) {
        throw new ChannelSendError('rejected', null, undefined, `Connector created a post but returned no ids: ${JSON.stringify(answer).slice(0, 200)}`);
      }
      return { conversationId, messageId };
    },

    async updateAgenda(channel: ChannelAddress, post: SentPost, meeting: Meeting): Promise<void> {
      const url = `${base(channel.serviceUrl)}/v3/conversations/${encodeURIComponent(post.conversationId)}/activities/${encodeURIComponent(post.messageId)}`;
      await call('PUT', url, { ...activityFor(meeting), id: post.messageId, conversation: { id: post.conversationId } });
    },
  };
}

function agendaActivity(meeting: Meeting): Record<string, unknown> {
  return {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: buildAgendaCard(meeting, { language: 'sv' }) }],
  };
}

function base(serviceUrl: string): string {
  return serviceUrl.replace(/\/+$/, '');
}

/** Retry-After is seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface AgendaServices {
  channels: ChannelRepository;
  postings: PostingRepository;
  poster: AgendaPoster;
  scheduler: AgendaScheduler;
}

const servicesByDeps = new WeakMap<BotDeps, AgendaServices>();

/**
 * One set per bot: handlers, the admin API and the scheduler share the poster, so they share
 * one rate limiter and one view of what is in flight.
 */
export function agendaServices(
  deps: BotDeps,
  overrides: { sender?: AgendaSender; sleep?: (ms: number) => Promise<void>; elapsedMs?: () => number } = {},
): AgendaServices {
  const existing = servicesByDeps.get(deps);
  if (existing) return existing;
  const sleep = overrides.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  // Rate limits are about real elapsed time, so the limiter reads a monotonic clock that its sleep
  // advances, not deps.clock (which tests may fix at one instant).
  const elapsedMs = overrides.elapsedMs ?? (() => performance.now());
  const channels = createChannelRepository(deps.store);
  const postings = createPostingRepository(deps.store);
  const poster = createAgendaPoster({
    channels,
    postings,
    sender: overrides.sender ?? createConnectorAgendaSender({ token: botFrameworkTokenSource(deps.config) }),
    limiter: createRateLimiter({ now: elapsedMs, sleep }),
    clock: deps.clock,
    sleep,
    log: deps.log,
    instanceId: `${process.pid}-${randomUUID().slice(0, 4)}`,
  });
  const scheduler = createAgendaScheduler({
    knowledge: deps.knowledge,
    channels,
    postings,
    poster,
    schedule: { leadDays: deps.config.agendaLeadDays, postTime: deps.config.agendaPostTime, timeZone: deps.config.timeZone },
    clock: deps.clock,
    log: deps.log,
  });
  const services = { channels, postings, poster, scheduler };
  servicesByDeps.set(deps, services);
  return services;
}

/** Starts the once-a-minute agenda scheduler (main.ts); the returned function stops it. */
export function startAgendaScheduler(deps: BotDeps): () => Promise<void> {
  const stop = agendaServices(deps).scheduler.start({ intervalMs: 60_000 });
  deps.log.info({ leadDays: deps.config.agendaLeadDays, postTime: deps.config.agendaPostTime, timeZone: deps.config.timeZone }, 'agenda scheduler started');
  return stop;
}
