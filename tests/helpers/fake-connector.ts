/**
 * A fake Bot Framework connector: the service a bot calls at `activity.serviceUrl` to send, reply,
 * update and start conversations. It listens on 127.0.0.1 on a free port and records every
 * activity it accepts, so tests (and the benchmark) can see what the bot sent without Teams.
 *
 *   const connector = await startFakeConnector();           // or { teamsLimits: true, now: fakeClock }
 *   // use connector.serviceUrl as the serviceUrl of the activities you post to the bot
 *   connector.fail({ status: 429, retryAfterSeconds: 2 });  // the next request gets a 429
 *   connector.fail({ status: 403, conversationId: '19:private@thread.tacv2', times: Infinity });
 *   expect(connector.activities.filter((a) => a.kind === 'reply')).toHaveLength(1);
 *   await connector.close();
 *
 * Routes (what Teams' connector offers and botbuilder calls):
 *   POST /v3/conversations                                   create-conversation: a new channel post when
 *        the body is `isGroup` with `channelData.channel.id` (id = "<channel>;messageid=<activityId>"),
 *        else a 1:1 chat with `members[0]`. Answers 201 { id, activityId }.
 *   POST /v3/conversations/:conversationId/activities        send    → 201 { id }
 *   POST /v3/conversations/:conversationId/activities/:id    reply   → 201 { id }
 *   PUT  /v3/conversations/:conversationId/activities/:id    update  → 200 { id }; 404 for an id it never issued
 *   GET  /v3/conversations/:conversationId/members[/:id]     members → [] / 404 (enough for botbuilder's lookups)
 * Anything else is a 404. Bodies over 100 KB get 413 (Teams' message size limit), bad JSON 400.
 *
 * Failures: `fail(rule)` queues a programmed answer (429 with Retry-After, 412, 500, 403, 404, …) for
 * the next `times` matching requests; rules are checked in order before anything is accepted.
 *
 * Teams limits (`teamsLimits`): at most 7 accepted activities per conversation and 50 per tenant
 * in any sliding second; beyond that 429 with a Retry-After (whole seconds, at least 1) until a
 * slot frees. The conversation of a new channel post is its channel; the tenant comes from the
 * body (`tenantId`, `channelData.tenant.id` or `conversation.tenantId`). Refused requests do not
 * count. Pass `now` to run the windows on a test's fake clock.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TeamsLimits {
  perConversationPerSecond: number;
  perTenantPerSecond: number;
  windowMs: number;
}

export const TEAMS_LIMITS: TeamsLimits = { perConversationPerSecond: 7, perTenantPerSecond: 50, windowMs: 1000 };

export interface FakeConnectorOptions {
  /** Enforce Teams' rate limits (true for the documented ones, or your own). */
  teamsLimits?: boolean | Partial<TeamsLimits>;
  /** Clock in ms for the limit windows and timestamps; default Date.now. */
  now?: () => number;
}

export type ConnectorCallKind = 'create-conversation' | 'send' | 'reply' | 'update';

export interface RecordedActivity {
  kind: ConnectorCallKind;
  /** Top-level conversation: the channel for channel posts (no ";messageid=" part). */
  conversationId: string;
  /** The conversation as addressed, or as created for create-conversation. */
  addressedConversationId: string;
  /** Id the connector issued (or, for update, the id updated). */
  activityId: string;
  replyToId?: string;
  /** Teams channel id of a new channel post. */
  teamsChannelId?: string;
  tenantId?: string;
  /** The activity as sent (for create-conversation: the body's `activity`). */
  activity: Record<string, any>;
  body: Record<string, any>;
  at: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  at: number;
}

export interface FailureRule {
  status: number;
  /** Retry-After header in seconds (429 defaults to 1). */
  retryAfterSeconds?: number;
  /** How many matching requests fail (default 1; Infinity for all). */
  times?: number;
  /** Only requests to this conversation or Teams channel (compared without ";messageid="). */
  conversationId?: string;
  method?: 'POST' | 'PUT';
  kind?: ConnectorCallKind;
}

export type CustomHandler = (request: { method: string; path: string; params: string[]; body: unknown }) => { status: number; body?: unknown; headers?: Record<string, string> };

export interface FakeConnector {
  /** Base URL to use as an activity's serviceUrl, with a trailing slash. */
  readonly serviceUrl: string;
  /** Accepted activities, in arrival order. */
  readonly activities: RecordedActivity[];
  /** Every request, refused ones included. */
  readonly requests: RecordedRequest[];
  fail(rule: FailureRule): void;
  clearFailures(): void;
  /** Answers a method and path pattern your way (checked before the built-in routes). */
  handle(method: string, pattern: RegExp, handler: CustomHandler): void;
  /** Accepted activities in a conversation or channel (posts and replies in its threads included). */
  activitiesIn(conversationId: string): RecordedActivity[];
  /** New channel posts (create-conversation) grouped by Teams channel id. */
  postsByChannel(): Map<string, RecordedActivity[]>;
  /** How many requests the Teams limits refused. */
  throttledCount(): number;
  /** Resolves once `count` activities were accepted (rejects after `timeoutMs`, real time). */
  waitForActivities(count: number, timeoutMs?: number): Promise<RecordedActivity[]>;
  /** Forgets activities, requests, failures and limit windows. */
  reset(): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 100 * 1024;

export async function startFakeConnector(options: FakeConnectorOptions = {}): Promise<FakeConnector> {
  const now = options.now ?? Date.now;
  const limits = options.teamsLimits ? { ...TEAMS_LIMITS, ...(options.teamsLimits === true ? {} : options.teamsLimits) } : undefined;
  const activities: RecordedActivity[] = [];
  const requests: RecordedRequest[] = [];
  const failures: Array<FailureRule & { left: number }> = [];
  const custom: Array<{ method: string; pattern: RegExp; handler: CustomHandler }> = [];
  const windows = new Map<string, number[]>();
  const issued = new Set<string>();
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  let nextId = 1;
  let throttled = 0;

  const newId = () => String(1_644_220_000_000 + nextId++);

  function accept(record: RecordedActivity): void {
    activities.push(record);
    issued.add(record.activityId);
    for (const waiter of [...waiters]) {
      if (activities.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  /** Sliding-window check; records the arrival when accepted. Returns seconds to wait, or 0. */
  function overLimit(conversationId: string, tenantId: string | undefined, at: number): number {
    if (!limits) return 0;
    const keys: Array<[string, number]> = [
      [`conversation:${conversationId}`, limits.perConversationPerSecond],
      [`tenant:${tenantId ?? 'unknown'}`, limits.perTenantPerSecond],
    ];
    let waitMs = 0;
    for (const [key, limit] of keys) {
      const arrivals = (windows.get(key) ?? []).filter((t) => t > at - limits.windowMs);
      windows.set(key, arrivals);
      if (arrivals.length >= limit) waitMs = Math.max(waitMs, arrivals[0]! + limits.windowMs - at);
    }
    if (waitMs > 0) return Math.max(1, Math.ceil(waitMs / 1000));
    for (const [key] of keys) windows.get(key)!.push(at);
    return 0;
  }

  function matchingFailure(method: string, kind: ConnectorCallKind, conversationId: string): (FailureRule & { left: number }) | undefined {
    const rule = failures.find(
      (f) => f.left > 0 && (!f.method || f.method === method) && (!f.kind || f.kind === kind) && (!f.conversationId || topLevel(f.conversationId) === conversationId),
    );
    if (rule) rule.left -= 1;
    return rule;
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES + 1) chunks.push(chunk);
    });
    req.on('end', () => {
      const at = now();
      const method = req.method ?? 'GET';
      const path = decodeURI((req.url ?? '/').split('?')[0]!);
      const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
        requests.push({ method, path, status, at });
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(body === undefined ? '' : JSON.stringify(body));
      };
      if (size > MAX_BODY_BYTES) return send(413, { error: { code: 'MessageSizeTooBig', message: `Body of ${size} bytes is over ${MAX_BODY_BYTES}.` } });
      let body: Record<string, any> = {};
      if (chunks.length > 0) {
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return send(400, { error: { code: 'BadSyntax', message: 'Body is not JSON.' } });
        }
      }

      for (const route of custom) {
        const match = route.method === method ? route.pattern.exec(path) : null;
        if (match) {
          const answer = route.handler({ method, path, params: match.slice(1).map((p) => decodeURIComponent(p)), body });
          return send(answer.status, answer.body, answer.headers);
        }
      }

      const call = routeOf(method, path, body);
      if (!call) {
        const members = /^\/v3\/conversations\/[^/]+\/members(\/[^/]+)?$/.exec(path);
        if (method === 'GET' && members) return members[1] ? send(404, { error: { code: 'MemberNotFound', message: 'No such member.' } }) : send(200, []);
        return send(404, { error: { code: 'NotFound', message: `No route for ${method} ${path}.` } });
      }

      const failure = matchingFailure(method, call.kind, call.conversationId);
      if (failure) {
        const retryAfter = failure.retryAfterSeconds ?? (failure.status === 429 ? 1 : undefined);
        return send(failure.status, { error: { code: 'Programmed', message: `Programmed failure ${failure.status}.` } }, retryAfter !== undefined ? { 'Retry-After': String(retryAfter) } : {});
      }
      if (call.kind === 'update' && !issued.has(call.activityId!)) {
        return send(404, { error: { code: 'MessageNotFound', message: `No activity ${call.activityId} to update.` } });
      }
      const tenantId = tenantOf(body);
      const wait = overLimit(call.conversationId, tenantId, at);
      if (wait > 0) {
        throttled += 1;
        return send(429, { error: { code: 'Throttled', message: 'Too many requests.' } }, { 'Retry-After': String(wait) });
      }

      const activityId = call.kind === 'update' ? call.activityId! : newId();
      if (call.kind === 'create-conversation') {
        const channel = body.channelData?.channel?.id as string | undefined;
        const isChannelPost = Boolean(body.isGroup && channel);
        const created = isChannelPost ? `${channel};messageid=${activityId}` : `a:fake-chat-${activityId}`;
        accept({
          kind: 'create-conversation',
          conversationId: isChannelPost ? channel! : created,
          addressedConversationId: created,
          activityId,
          teamsChannelId: channel,
          tenantId,
          activity: body.activity ?? {},
          body,
          at,
        });
        return send(201, { id: created, activityId: body.activity ? activityId : undefined });
      }
      accept({
        kind: call.kind,
        conversationId: call.conversationId,
        addressedConversationId: call.addressed,
        activityId,
        replyToId: call.kind === 'reply' ? call.activityId : undefined,
        tenantId,
        activity: body,
        body,
        at,
      });
      return send(call.kind === 'update' ? 200 : 201, { id: activityId });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.keepAliveTimeout = 1000;
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    activities,
    requests,
    fail(rule) {
      failures.push({ ...rule, left: rule.times ?? 1 });
    },
    clearFailures() {
      failures.length = 0;
    },
    handle(method, pattern, handler) {
      custom.push({ method: method.toUpperCase(), pattern, handler });
    },
    activitiesIn(conversationId) {
      const target = topLevel(conversationId);
      return activities.filter((activity) => activity.conversationId === target);
    },
    postsByChannel() {
      const posts = new Map<string, RecordedActivity[]>();
      for (const activity of activities) {
        if (activity.kind !== 'create-conversation' || !activity.teamsChannelId) continue;
        posts.set(activity.teamsChannelId, [...(posts.get(activity.teamsChannelId) ?? []), activity]);
      }
      return posts;
    },
    throttledCount: () => throttled,
    waitForActivities(count, timeoutMs = 5000) {
      if (activities.length >= count) return Promise.resolve(activities);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Fake connector: ${activities.length} of ${count} activities after ${timeoutMs} ms.`)), timeoutMs);
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(activities);
          },
        });
      });
    },
    reset() {
      activities.length = 0;
      requests.length = 0;
      failures.length = 0;
      windows.clear();
      issued.clear();
      throttled = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

interface Call {
  kind: ConnectorCallKind;
  conversationId: string;
  addressed: string;
  activityId?: string;
}

function routeOf(method: string, path: string, body: Record<string, any>): Call | undefined {
  if (method === 'POST' && path === '/v3/conversations') {
    const channel = body.channelData?.channel?.id as string | undefined;
    return { kind: 'create-conversation', conversationId: channel ?? `members:${body.members?.[0]?.id ?? ''}`, addressed: '' };
  }
  const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
  if (!match) return undefined;
  const addressed = decodeURIComponent(match[1]!);
  const activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
  const conversationId = topLevel(addressed);
  if (method === 'POST') return activityId ? { kind: 'reply', conversationId, addressed, activityId } : { kind: 'send', conversationId, addressed };
  if (method === 'PUT' && activityId) return { kind: 'update', conversationId, addressed, activityId };
  return undefined;
}

function topLevel(conversationId: string): string {
  return conversationId.split(';')[0]!;
}

function tenantOf(body: Record<string, any>): string | undefined {
  return body.tenantId ?? body.channelData?.tenant?.id ?? body.conversation?.tenantId ?? body.activity?.channelData?.tenant?.id;
}
