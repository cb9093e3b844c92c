import { type Activity, type TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ReusingAuthentication, ReusingTeamsAdapter } from '../../src/teams/connector-reuse.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';

function message(serviceUrl: string, id: string): Activity {
  return {
    type: 'message',
    id,
    text: 'hej',
    serviceUrl,
    channelId: 'msteams',
    from: { id: '29:user', name: 'User' },
    recipient: { id: '28:bot', name: 'Bot' },
    conversation: { id: 'a:conversation', conversationType: 'personal', isGroup: false, name: '' },
  } as Activity;
}

/** Runs one inbound turn in local mode, replies, and returns the connector client botbuilder gave the turn. */
async function turnClient(adapter: ReusingTeamsAdapter, activity: Activity): Promise<unknown> {
  let client: unknown;
  await adapter.processActivityDirect('', activity, async (context: TurnContext) => {
    client = context.turnState.get(adapter.ConnectorClientKey);
    await context.sendActivity('svar');
  });
  return client;
}

describe('ReusingTeamsAdapter', () => {
  let connector: FakeConnector;
  let other: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
    other = await startFakeConnector();
  });
  afterAll(async () => {
    await connector.close();
    await other.close();
  });

  it('gives every turn to the same serviceUrl the same connector client, and replies still arrive', async () => {
    const adapter = new ReusingTeamsAdapter({});
    const first = await turnClient(adapter, message(connector.serviceUrl, '1'));
    const second = await turnClient(adapter, message(connector.serviceUrl, '2'));
    const elsewhere = await turnClient(adapter, message(other.serviceUrl, '3'));
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(elsewhere).not.toBe(first);
    expect(connector.activities.filter((a) => a.kind === 'reply' || a.kind === 'send')).toHaveLength(2);
    expect(other.activities.filter((a) => a.kind === 'reply' || a.kind === 'send')).toHaveLength(1);
  });

  it('still refuses an activity without a token when an app id is configured (authentication unchanged)', async () => {
    const adapter = new ReusingTeamsAdapter({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'MultiTenant' });
    let ran = false;
    await expect(adapter.processActivityDirect('', message(connector.serviceUrl, '4'), async () => void (ran = true))).rejects.toThrow(/Unauthorized/);
    await expect(adapter.processActivityDirect('Bearer not-a-jwt', message(connector.serviceUrl, '5'), async () => void (ran = true))).rejects.toThrow();
    expect(ran).toBe(false);
  });
});

/** The calls botbuilder makes on a restify response, recorded. */
function recordingResponse() {
  const calls: Array<[string, ...unknown[]]> = [];
  const res = {
    header: (name: string, value: string) => void calls.push(['header', name, value]),
    status: (code: number) => void calls.push(['status', code]),
    send: (body: unknown) => void calls.push(['send', body]),
    end: () => void calls.push(['end']),
  };
  return { res, calls };
}

describe('ReusingTeamsAdapter.processCheckedActivity', () => {
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
  });
  afterAll(async () => {
    await connector.close();
  });

  it('answers 200 with the teams-ai User-Agent and gives the turn Date timestamps with the raw strings kept, as TeamsAdapter.process does', async () => {
    const adapter = new ReusingTeamsAdapter({});
    const { res, calls } = recordingResponse();
    const activity = { ...message(connector.serviceUrl, '10'), timestamp: '2024-05-01T10:00:00.000Z', localTimestamp: '2024-05-01T12:00:00.000+02:00' } as unknown as Activity;
    let seen: Activity | undefined;
    await adapter.processCheckedActivity({ headers: {} } as never, res as never, activity, async (context) => {
      seen = context.activity;
    });
    expect(calls).toEqual([['header', 'User-Agent', adapter.userAgent], ['status', 200], ['end']]);
    expect(seen?.timestamp).toEqual(new Date('2024-05-01T10:00:00.000Z'));
    expect((seen as Record<string, unknown> | undefined)?.rawTimestamp).toBe('2024-05-01T10:00:00.000Z');
    expect((seen as Record<string, unknown> | undefined)?.rawLocalTimestamp).toBe('2024-05-01T12:00:00.000+02:00');
  });

  it('answers 401 with the reason, and runs no turn, when an app id is configured and the request has no valid token', async () => {
    const adapter = new ReusingTeamsAdapter({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'MultiTenant' });
    const { res, calls } = recordingResponse();
    let ran = false;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await adapter.processCheckedActivity({ headers: {} } as never, res as never, message(connector.serviceUrl, '11'), async () => void (ran = true));
    quiet.mockRestore();
    expect(ran).toBe(false);
    expect(calls[1]).toEqual(['status', 401]);
    expect(calls[2]?.[0]).toBe('send');
    expect(String(calls[2]?.[1])).toMatch(/Unauthorized/);
  });

  it('answers 500 with the message when the turn fails', async () => {
    const adapter = new ReusingTeamsAdapter({});
    const { res, calls } = recordingResponse();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await adapter.processCheckedActivity({ headers: {} } as never, res as never, message(connector.serviceUrl, '12'), async () => {
      throw new Error('handler broke');
    });
    quiet.mockRestore();
    expect(calls.slice(1)).toEqual([['status', 500], ['send', 'handler broke'], ['end']]);
  });
});

describe('ReusingAuthentication', () => {
  const identity = (appId: string) => ({ getClaimValue: (type: string) => (type === 'aud' ? appId : null) });

  function countingInner() {
    const made: string[] = [];
    let failNext = false;
    const inner = {
      createConnectorFactory: (claims: ReturnType<typeof identity>) => ({
        create: async (serviceUrl: string, audience?: string) => {
          if (failNext) {
            failNext = false;
            throw new Error('token endpoint down');
          }
          made.push(`${claims.getClaimValue('aud')} ${serviceUrl} ${audience}`);
          return { serviceUrl };
        },
      }),
    };
    return { inner, made, failNext: () => void (failNext = true) };
  }

  it('keeps one client per app id, serviceUrl and audience', async () => {
    const { inner, made } = countingInner();
    const auth = new ReusingAuthentication(inner as never, 10);
    const a = await auth.createConnectorFactory(identity('app-a') as never).create('https://smba/emea/', 'aud-1');
    expect(await auth.createConnectorFactory(identity('app-a') as never).create('https://smba/emea/', 'aud-1')).toBe(a);
    await auth.createConnectorFactory(identity('app-a') as never).create('https://smba/emea/', 'aud-2');
    await auth.createConnectorFactory(identity('app-b') as never).create('https://smba/emea/', 'aud-1');
    await auth.createConnectorFactory(identity('app-a') as never).create('https://smba/amer/', 'aud-1');
    expect(made).toEqual(['app-a https://smba/emea/ aud-1', 'app-a https://smba/emea/ aud-2', 'app-b https://smba/emea/ aud-1', 'app-a https://smba/amer/ aud-1']);
  });

  it('forgets the oldest client when full, and retries a client whose creation failed', async () => {
    const { inner, made, failNext } = countingInner();
    const auth = new ReusingAuthentication(inner as never, 2);
    const factory = auth.createConnectorFactory(identity('app') as never);
    await factory.create('https://one/');
    await factory.create('https://two/');
    await factory.create('https://three/'); // evicts one
    await factory.create('https://one/');
    expect(made.filter((m) => m.includes('one'))).toHaveLength(2);

    failNext();
    await expect(factory.create('https://four/')).rejects.toThrow('token endpoint down');
    await expect(factory.create('https://four/')).resolves.toEqual({ serviceUrl: 'https://four/' });
  });
});
