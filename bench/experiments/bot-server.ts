/**
 * The bot's HTTP server built in-process with a chosen store, for experiments on what the Teams stack
 * costs per message: npx tsx bench/experiments/bot-server.ts PREBUILT_DIR [disk|memory] [fresh-clients]
 * `fresh-clients` undoes the connector-client reuse (botbuilder's own behaviour: new clients every turn), for A/B.
 * Prints {"port": n} once listening (the shape startService expects).
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { holdKnowledge } from '../../src/knowledge/knowledge-holder.js';
import { loadKnowledgeBase } from '../../src/knowledge/index.js';
import { silentLogger } from '../../src/log.js';
import { createEmbeddedStore } from '../../src/storage/embedded-store.js';
import { createBot } from '../../src/teams/bot.js';
import { printResult } from '../child.js';

const [prebuiltDir, storeKind = 'disk', variant] = process.argv.slice(2);
if (!prebuiltDir) throw new Error('usage: bot-server.ts PREBUILT_DIR [disk|memory]');
const options = { corpusDirs: [path.resolve('corpus')], seedsDir: path.resolve('seeds'), dataDir: prebuiltDir };
const { kb } = await loadKnowledgeBase(options);
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rjh-bench-server-'));
const store = createEmbeddedStore(storeKind === 'memory' ? {} : { dir: path.join(dataDir, 'store') });
const config = loadConfig({ PLAYGROUND: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir, PORT: '0' });
const bot = createBot({ config, store, knowledge: holdKnowledge(kb, options), log: silentLogger });
if (variant === 'fresh-clients') {
  const holder = bot.adapter as unknown as { botFrameworkAuthentication: { inner: unknown } };
  holder.botFrameworkAuthentication = holder.botFrameworkAuthentication.inner as never;
}
bot.server.listen(0, '127.0.0.1', () => printResult({ port: bot.server.address().port }));
process.on('SIGTERM', () => process.exit(0));
