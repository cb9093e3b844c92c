/**
 * Profiles one cold start of the bot up to /healthz ready (then stops it):
 * npx tsx bench/experiments/profile-start.ts PREBUILT_DIR [ENTRY.js]  → /tmp/rjh-prof-start/*.cpuprofile
 * Without ENTRY it starts src/main.ts through tsx, as npm start does.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startBot, TSX_ENTRY } from '../bot-process.js';
import { REPO_ROOT } from '../child.js';

const [prebuiltDir, entry] = process.argv.slice(2);
if (!prebuiltDir) throw new Error('usage: profile-start.ts PREBUILT_DIR [ENTRY.js]');
await rm('/tmp/rjh-prof-start', { recursive: true, force: true });
const bot = await startBot({
  corpusDir: path.join(REPO_ROOT, 'corpus'),
  prebuiltDir,
  entry: entry ? [entry] : TSX_ENTRY,
  nodeFlags: ['--cpu-prof', '--cpu-prof-dir=/tmp/rjh-prof-start'],
});
console.log(`ready in ${bot.readyMs.toFixed(0)} ms, ${bot.readyCpuMs} ms CPU`);
await bot.stop();
