/** Agenda commands end to end: activities to /api/messages, posts and replies at the fake connector. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/index.js';
import { agendaServices } from '../../src/teams/agenda-sender.js';
import { loadTestKnowledge } from '../helpers/knowledge.js';
import { BOT_ID, CHANNEL_ID, TENANT, messageActivity, startHarness, visibleText, type Harness } from '../helpers/http-harness.js';

const TEAM_ID = '19:team@thread.tacv2';
const ADMIN_KEY = 'agenda-admin-key-0123456789';
let kb: KnowledgeBase;
let harness: Harness | undefined;

beforeAll(async () => {
  kb = await loadTestKnowledge();
});
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(options: { env?: NodeJS.ProcessEnv; clock?: () => Date } = {}): Promise<Harness> {
  harness = await startHarness({ kb, env: { ADMIN_API_KEY: ADMIN_KEY, ...options.env }, clock: options.clock });
  return harness;
}

function channelPosts(h: Harness) {
  return h.connector.activities.filter((a) => a.kind === 'create-conversation');
}

function conversationUpdate(h: Harness, channelData: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const base = messageActivity(h.connector.serviceUrl, '', { kind: 'channel', conversationId: CHANNEL_ID });
  return { ...base, type: 'conversationUpdate', text: undefined, entities: [], channelData: { tenant: { id: TENANT }, ...channelData }, ...extra };
}

describe('dagordning in a Teams channel', () => {
  it('shows all 13 items of samverkansrådet 2022-02-07 with times and presenters', async () => {
    const h = await start();
    const [reply] = await h.say('dagordning samverkansrådet 2022-02-07', { kind: 'channel' });
    const text = visibleText(reply!);
    expect(reply!.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    for (let n = 1; n <= 13; n++) expect(text).toContain(`**${n}.**`);
    expect(text).toContain('Godsutredning - Östersunds kommun');
    expect(text).toContain('13:10–13:30');
    expect(text).toContain('Föredragande: Elin Nirjens, Åsa Grönvik');
    expect(text).toMatch(/Kaffe\/PAUS 14:15–14:25/);
  });

  it('answers in a personal chat too, in English for the English command', async () => {
    const h = await start();
    const [reply] = await h.say('agenda RSR 28 September 2015');
    const facts = reply!.attachments[0].content.body.find((element: { type: string }) => element.type === 'FactSet').facts;
    expect(facts).toContainEqual({ title: 'Date', value: 'Monday 28 September 2015' });
    expect(facts).toContainEqual({ title: 'Place', value: 'Aulan, Regional utveckling, Östersund (Rådhusgatan 72)' });
  });

  it('explains what it did not find', async () => {
    const h = await start();
    const [reply] = await h.say('dagordning samverkansrådet 2022-02-08');
    expect(reply!.text).toMatch(/Det finns inget möte för Regionens samverkansråd 2022-02-08/);
    expect(reply!.text).toMatch(/2022-02-07/);
  });
});

describe('posta dagordning', () => {
  it('posts the card as a new channel post, and a second command does not duplicate it', async () => {
    const h = await start();
    const [first] = await h.say('posta dagordning 2022-02-07', { kind: 'channel' });
    expect(first!.text).toMatch(/är postad som ett nytt inlägg/);
    const posts = channelPosts(h);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.teamsChannelId).toBe(CHANNEL_ID);
    expect(visibleText(posts[0]!.activity)).toContain('Mötet avslutas');

    const [second] = await h.say('posta dagordning 2022-02-07', { kind: 'channel' });
    expect(second!.text).toMatch(/är redan postad i kanalen/);
    expect(second!.text).toContain(posts[0]!.activityId);
    expect(channelPosts(h)).toHaveLength(1);
  });

  it('updates the posted card in place when a re-ingest changes the agenda', async () => {
    const h = await start({ clock: () => new Date('2022-01-20T09:00:00Z') });
    await h.say('posta dagordning samverkansrådet 2022-02-07', { kind: 'channel' });
    const [post] = channelPosts(h);

    const meetings = kb.records.meetings.map((m) =>
      m.id === 'regionens-samverkansrad-2022-02-07' ? { ...m, items: m.items.map((item) => (item.number === 5 ? { ...item, presenters: ['Anna Ersättare'] } : item)) } : m,
    );
    const reingested = { ...kb, records: { ...kb.records, meetings } } as KnowledgeBase;
    h.bot.deps.knowledge.current = () => reingested;
    const report = await agendaServices(h.bot.deps).scheduler.tick();

    expect(report.outcomes).toEqual({ updated: 1 });
    expect(channelPosts(h)).toHaveLength(1);
    const update = h.connector.activities.find((a) => a.kind === 'update')!;
    expect(update.activityId).toBe(post!.activityId);
    expect(visibleText(update.activity)).toContain('Föredragande: Anna Ersättare');
  });

  it('reports a channel that answers 403 and marks it unreachable', async () => {
    const h = await start();
    h.connector.fail({ status: 403, kind: 'create-conversation', times: Infinity });
    const [reply] = await h.say('posta dagordning samverkansrådet 2022-02-07', { kind: 'channel' });
    expect(reply!.text).toMatch(/kan inte posta i den här kanalen \(Teams svarade 403\)/);
    expect(await agendaServices(h.bot.deps).channels.findChannel(CHANNEL_ID)).toMatchObject({ state: 'unreachable' });
  });

  it('is for organizers only', async () => {
    const h = await start({ env: { ADMIN_USERS: 'aad-organizer' } });
    const [reply] = await h.say('posta dagordning 2022-02-07', { kind: 'channel' });
    expect(reply!.text).toMatch(/Bara arrangörer/);
    expect(channelPosts(h)).toHaveLength(0);
  });

  it('needs a channel', async () => {
    const h = await start();
    const [reply] = await h.say('posta dagordning 2022-02-07');
    expect(reply!.text).toMatch(/fungerar i en kanal/);
  });
});

describe('subscriptions and scheduled posting', () => {
  it('subscribes the channel, posts on the scheduler tick when due, and unsubscribes', async () => {
    const h = await start({ clock: () => new Date('2022-01-31T07:00:00Z') });
    const [subscribed] = await h.say('prenumerera dagordning samverkansrådet', { kind: 'channel' });
    expect(subscribed!.text).toMatch(/Kanalen får nu dagordningarna för Regionens samverkansråd/);
    expect(subscribed!.text).toMatch(/Nästa: Regionens samverkansråd måndag 7 februari 2022, postas inom en minut/);

    const [listed] = await h.say('prenumerationer', { kind: 'channel' });
    expect(listed!.text).toMatch(/Regionens samverkansråd/);

    const report = await agendaServices(h.bot.deps).scheduler.tick();
    expect(report.outcomes).toEqual({ posted: 1 });
    expect(channelPosts(h)).toHaveLength(1);
    expect((await agendaServices(h.bot.deps).scheduler.tick()).jobs).toBe(0);

    const [unsubscribed] = await h.say('avsluta prenumeration', { kind: 'channel' });
    expect(unsubscribed!.text).toMatch(/får inte längre dagordningarna för Regionens samverkansråd/);
  });

  it('asks which organ when the name fits none', async () => {
    const h = await start();
    const [reply] = await h.say('subscribe agenda the moon council', { kind: 'channel' });
    expect(reply!.text).toMatch(/I know no body called "moon council"/);
  });
});

describe('channel references on install, rename and uninstall', () => {
  it('stores the team\'s channel when the bot is added, renames it, and drops it with the team', async () => {
    const h = await start();
    const { channels } = agendaServices(h.bot.deps);
    await h.post(conversationUpdate(h, { team: { id: TEAM_ID, name: 'Samverkan', aadGroupId: 'group-1' }, eventType: 'teamMemberAdded' }, { membersAdded: [{ id: BOT_ID }] }));
    expect(await channels.findChannel(CHANNEL_ID)).toMatchObject({ teamId: TEAM_ID, teamName: 'Samverkan', aadGroupId: 'group-1', serviceUrl: h.connector.serviceUrl, tenantId: TENANT, botId: BOT_ID, state: 'active' });

    await h.post(conversationUpdate(h, { team: { id: TEAM_ID }, channel: { id: '19:new@thread.tacv2', name: 'Möten' }, eventType: 'channelCreated' }));
    await h.post(conversationUpdate(h, { team: { id: TEAM_ID }, channel: { id: '19:new@thread.tacv2', name: 'Mötesdagordningar' }, eventType: 'channelRenamed' }));
    await h.post(conversationUpdate(h, { team: { id: TEAM_ID, name: 'Samverkan JH' }, eventType: 'teamRenamed' }));
    expect(await channels.findChannel('19:new@thread.tacv2')).toMatchObject({ channelName: 'Mötesdagordningar', teamName: 'Samverkan JH' });

    await h.post(conversationUpdate(h, { team: { id: TEAM_ID }, channel: { id: '19:new@thread.tacv2', name: 'Mötesdagordningar' }, eventType: 'channelDeleted' }));
    expect(await channels.findChannel('19:new@thread.tacv2')).toBeUndefined();

    await h.say('prenumerera dagordning RSR', { kind: 'channel' });
    await h.post(conversationUpdate(h, { team: { id: TEAM_ID }, eventType: 'teamMemberRemoved' }, { membersRemoved: [{ id: BOT_ID }] }));
    expect(await channels.listChannels({ teamId: TEAM_ID })).toEqual([]);
    expect(await channels.allSubscriptions()).toEqual([]);
  });

  it('still welcomes the team: the bookkeeping does not take the activity', async () => {
    const h = await start();
    const before = h.connector.activities.length;
    await h.post(conversationUpdate(h, { team: { id: TEAM_ID, name: 'Samverkan' }, eventType: 'teamMemberAdded' }, { membersAdded: [{ id: BOT_ID }] }));
    expect(h.connector.activities.slice(before).map((a) => a.activity.text ?? '').join('\n')).toMatch(/Hej! Jag svarar/);
  });
});

describe('POST /api/agendas/:meetingId/post', () => {
  async function adminPost(h: Harness, path: string, body?: unknown, key = ADMIN_KEY) {
    const response = await fetch(`${h.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  it('posts to the organ\'s subscribed channels, idempotently', async () => {
    const h = await start();
    await h.say('prenumerera dagordning samverkansrådet', { kind: 'channel' });

    const first = await adminPost(h, '/api/agendas/regionens-samverkansrad-2022-02-07/post');
    const second = await adminPost(h, '/api/agendas/regionens-samverkansrad-2022-02-07/post', {});

    expect(first).toMatchObject({ status: 200, body: { summary: { posted: 1 }, results: [{ channelId: CHANNEL_ID, outcome: 'posted' }] } });
    expect(second).toMatchObject({ status: 200, body: { summary: { 'already-posted': 1 } } });
    expect(channelPosts(h)).toHaveLength(1);
  });

  it('posts to the channels given in the body and reports unknown ones', async () => {
    const h = await start();
    await h.say('hjälp', { kind: 'channel' }); // the bot learns the channel from any activity in it
    const response = await adminPost(h, '/api/agendas/regionens-samverkansrad-2015-09-28/post', { channels: [CHANNEL_ID, '19:unknown@thread.tacv2'] });
    expect(response.body.summary).toEqual({ posted: 1, 'unknown-channel': 1 });
  });

  it('answers 404 for an unknown meeting, 400 for a bad body or no channels, 401 for a wrong key', async () => {
    const h = await start();
    expect((await adminPost(h, '/api/agendas/no-such-meeting/post')).status).toBe(404);
    expect((await adminPost(h, '/api/agendas/regionens-samverkansrad-2022-02-07/post', { channels: 'all' })).status).toBe(400);
    expect((await adminPost(h, '/api/agendas/regionens-samverkansrad-2022-02-07/post')).body).toMatchObject({ error: 'no_channels' });
    expect((await adminPost(h, '/api/agendas/regionens-samverkansrad-2022-02-07/post', undefined, 'wrong-key-wrong-key')).status).toBe(401);
  });
});
