/**
 * Probe (fresh process): posts one agenda to `--channels` channels of one tenant through the bot's own
 * agenda services (poster, rate limiter, connector sender, embedded store on disk), against the fake
 * Bot Framework connector enforcing Teams' limits (7/s per conversation, 50/s per tenant, 429 +
 * Retry-After beyond). Counts posts per channel at the connector, then publishes again to check that a
 * second run posts nothing. Prints one JSON line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { holdKnowledge } from '../../src/knowledge/knowledge-holder.js';
import { loadKnowledgeBase, type Meeting } from '../../src/knowledge/index.js';
import { silentLogger } from '../../src/log.js';
import { createEmbeddedStore } from '../../src/storage/embedded-store.js';
import { agendaServices } from '../../src/teams/agenda-sender.js';
import { createBot } from '../../src/teams/bot.js';
import { startFakeConnector, TEAMS_LIMITS } from '../../tests/helpers/fake-connector.js';
import { printResult } from '../child.js';
import { BENCH_BOT_ID, BENCH_TENANT } from '../teams-activity.js';

const { values } = parseArgs({ options: { channels: { type: 'string', default: '1000' }, data: { type: 'string' }, corpus: { type: 'string', default: 'corpus' } } });
if (!values.data) throw new Error('usage: fanout.ts --data PREBUILT_DIR [--channels N]');
const channelCount = Number(values.channels);
const knowledgeOptions = { corpusDirs: [path.resolve(values.corpus!)], seedsDir: path.resolve('seeds'), dataDir: values.data };
const { kb } = await loadKnowledgeBase(knowledgeOptions);
const meeting = [...kb.records.meetings].sort((a: Meeting, b: Meeting) => b.items.length - a.items.length)[0];
if (!meeting) throw new Error('the knowledge base has no meeting to post');

const connector = await startFakeConnector({ teamsLimits: true });
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rjh-bench-fanout-'));
const store = createEmbeddedStore({ dir: path.join(dataDir, 'store') });
const config = loadConfig({ PLAYGROUND: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
const bot = createBot({ config, store, knowledge: holdKnowledge(kb, knowledgeOptions), log: silentLogger });
const services = agendaServices(bot.deps);

const channelIds = Array.from({ length: channelCount }, (_, i) => `19:bench-channel-${String(i).padStart(4, '0')}@thread.tacv2`);
const registeredAt = new Date();
for (const [i, channelId] of channelIds.entries()) {
  await services.channels.rememberChannel(
    { channelId, channelName: `Kanal ${i}`, teamId: `19:bench-team-${Math.floor(i / 10)}@thread.tacv2`, serviceUrl: connector.serviceUrl, tenantId: BENCH_TENANT, botId: BENCH_BOT_ID },
    registeredAt,
  );
}

const started = performance.now();
const outcomes = await services.poster.publishMany(meeting, channelIds, { trigger: 'command' });
const seconds = (performance.now() - started) / 1000;
const posts = connector.postsByChannel();
const throttled = connector.throttledCount();

const againStarted = performance.now();
const again = await services.poster.publishMany(meeting, channelIds, { trigger: 'command' });
const againSeconds = (performance.now() - againStarted) / 1000;
const postsAfter = connector.postsByChannel();

const tally = (list: Array<{ kind: string }>) => list.reduce<Record<string, number>>((counts, o) => ({ ...counts, [o.kind]: (counts[o.kind] ?? 0) + 1 }), {});
const duplicates = [...postsAfter.values()].reduce((sum, list) => sum + Math.max(0, list.length - 1), 0);
const missed = channelIds.filter((id) => !postsAfter.has(id)).length;
printResult({
  channels: channelCount,
  meeting: { id: meeting.id, items: meeting.items.length },
  seconds,
  achieved_per_s: channelCount / seconds,
  ceiling_per_s: TEAMS_LIMITS.perTenantPerSecond,
  rate_share_of_ceiling: channelCount / seconds / TEAMS_LIMITS.perTenantPerSecond,
  duplicates,
  missed,
  throttled,
  outcomes: tally(outcomes),
  second_run: { seconds: againSeconds, outcomes: tally(again), new_posts: [...postsAfter.values()].flat().length - [...posts.values()].flat().length },
  card_bytes: JSON.stringify(postsAfter.values().next().value?.[0]?.activity ?? {}).length,
});

await connector.close();
await store.close();
await rm(dataDir, { recursive: true, force: true });
