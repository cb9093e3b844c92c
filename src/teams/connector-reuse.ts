/**
 * The Teams adapter the bot runs on: botbuilder's, with two costs per message taken out.
 *
 * Connector clients: botbuilder's CloudAdapter asks its BotFrameworkAuthentication for a new ConnectorFactory on every
 * inbound activity, and that factory builds a new ConnectorClient (credentials, Azure HTTP pipeline,
 * serializer) plus a new UserTokenClient for every turn: about 1 ms of CPU per message. This wrapper
 * leaves authentication to botbuilder — every request's JWT is validated exactly as before — and only
 * keeps the clients it makes, one per (bot app id, serviceUrl, audience). Keeping them is safe: the
 * clients hold no per-turn state, and their credentials fetch and refresh tokens on demand (botbuilder
 * caches tokens process-wide and checks their expiry on every request).
 *
 * Request checks: CloudAdapter.process re-checks every request with zod schemas it builds anew per
 * call (the response object, the callback, the body twice as a record): about 0.1 ms of CPU per
 * message for what server.ts has already checked. processCheckedActivity does the rest of what
 * process does, in the same order and with the same responses.
 */
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, CloudAdapter, Request, Response, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import { keepEntityFields } from './entity-serialization.js';

// botbuilder does not re-export these from botframework-connector; derive them from what it does export.
type Authentication = NonNullable<ConstructorParameters<typeof CloudAdapter>[0]>;
type AuthenticateRequestResult = Awaited<ReturnType<Authentication['authenticateRequest']>>;
type ClaimsIdentity = Parameters<Authentication['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<Authentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<Authentication['createUserTokenClient']>>;
type BotFrameworkClient = ReturnType<Authentication['createBotFrameworkClient']>;

/** Bounds each cache: serviceUrls are a handful per cloud region; this only stops unbounded growth. */
export const MAX_CACHED_CLIENTS = 256;

/** The Teams adapter whose turns reuse their connector clients. */
export class ReusingTeamsAdapter extends TeamsAdapter {
  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    keepEntityFields();
    // CloudAdapterBase reads this plain property on every turn (it is only declared readonly).
    Object.assign(this, { botFrameworkAuthentication: new ReusingAuthentication(this.botFrameworkAuthentication, MAX_CACHED_CLIENTS) });
  }

  /**
   * TeamsAdapter.process for a request whose body is already parsed and checked to be an activity
   * with a type: authenticates it (the Authorization header, exactly as process does), runs the
   * turn and answers 200 (or the invoke's status and body); 401 for an authentication error and
   * 500 for any other failure, with the error's message as the body.
   */
  async processCheckedActivity(req: Request, res: Response, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    res.header('User-Agent', this.userAgent);
    const end = (status: number, body?: unknown) => {
      res.status(status);
      if (body) res.send(body);
      res.end();
    };
    const authHeader = req.headers.Authorization ?? req.headers.authorization ?? '';
    if (typeof authHeader !== 'string') throw new Error('the Authorization header is not one string');
    try {
      const invokeResponse = await this.processActivity(authHeader, withDates(activity), logic);
      end(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      console.error(error);
      end(error instanceof AuthenticationError ? 401 : 500, (error as Error).message ?? error);
    }
  }
}

/** botbuilder's validateAndFixActivity: the timestamps as Dates, the raw strings kept. */
function withDates(activity: Activity): Activity {
  const raw = activity as unknown as Record<string, unknown>;
  for (const [field, rawField] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = raw[field];
    if (typeof value === 'string') {
      raw[rawField] = value;
      raw[field] = new Date(value);
    }
  }
  return activity;
}

/** Delegates everything to botbuilder's authentication; only keeps the connector factories and clients it makes. */
export class ReusingAuthentication {
  private readonly factories: BoundedCache<ConnectorFactory>;
  private readonly tokenClients: BoundedCache<Promise<UserTokenClient>>;

  constructor(private readonly inner: Authentication, private readonly maxEntries: number) {
    this.factories = new BoundedCache(maxEntries);
    this.tokenClients = new BoundedCache(maxEntries);
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    return { ...result, connectorFactory: this.factoryFor(result.claimsIdentity, () => result.connectorFactory) };
  }

  authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.factoryFor(claimsIdentity, () => this.inner.createConnectorFactory(claimsIdentity));
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.getOrCreate(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  /** The factory botbuilder made for this app id depends on nothing else (its other inputs are this instance's configuration). */
  private factoryFor(claimsIdentity: ClaimsIdentity, make: () => ConnectorFactory | undefined): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    const cached = this.factories.get(appId);
    if (cached) return cached;
    const made = make();
    if (!made) throw new Error('botbuilder returned no connector factory');
    return this.factories.getOrCreate(appId, () => new ReusingConnectorFactory(made, this.maxEntries));
  }
}

class ReusingConnectorFactory implements ConnectorFactory {
  private readonly clients: BoundedCache<Promise<ConnectorClient>>;

  constructor(private readonly inner: ConnectorFactory, maxEntries: number) {
    this.clients = new BoundedCache(maxEntries);
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.getOrCreate(`${serviceUrl}\n${audience ?? ''}`, () => this.inner.create(serviceUrl, audience));
  }
}

/** botbuilder's own rule for the bot's app id in a claims identity: the audience claim, else the appid claim. */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.getClaimValue('aud') ?? claimsIdentity.getClaimValue('appid') ?? '';
}

/** A Map that forgets its oldest entry when full, and forgets a promise that rejects so the next call retries. */
class BoundedCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly maxEntries: number) {}

  get(key: string): T | undefined {
    return this.entries.get(key);
  }

  getOrCreate(key: string, make: () => T): T {
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached;
    const value = make();
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    if (value instanceof Promise) value.catch(() => this.entries.get(key) === value && this.entries.delete(key));
    return value;
  }
}
