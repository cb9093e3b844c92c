/** Profiles the bot process under /api/messages load: npx tsx bench/experiments/profile-bot.mts PREBUILT_DIR [CONNECTIONS] [SECONDS] */
import path from 'node:path';
import { startBot } from '../bot-process.js';
import { REPO_ROOT, runProbe } from '../child.js';
import { startReplySink } from '../reply-sink.js';

const [prebuiltDir, connections = '1', seconds = '5', text] = process.argv.slice(2);
const sink = await startReplySink();
const bot = await startBot({ corpusDir: path.join(REPO_ROOT, 'corpus'), prebuiltDir, nodeFlags: ['--cpu-prof', '--cpu-prof-dir=/tmp/rjh-prof-bot'] });
const result = await runProbe('probes/load-generator.ts', { args: ['--url', bot.url, '--connections', connections, '--seconds', seconds, '--service-url', sink.url, ...(text ? ['--text', text] : [])] });
console.log(JSON.stringify(result), sink.counts());
await bot.stop();
await sink.close();
