/**
 * Times RUNS cold starts of the bot with a prebuilt index: npx tsx bench/experiments/cold-start-runs.ts PREBUILT_DIR CORPUS_DIR RUNS [node args…]
 * Without node args it starts src/main.ts through tsx, as npm start does.
 */

import { startBot, TSX_ENTRY } from '../bot-process.js';
const [prebuiltDir, corpusDir, runsArg, ...entry] = process.argv.slice(2);
for (let i = 0; i < Number(runsArg); i++) {
  const bot = await startBot({ corpusDir, prebuiltDir, entry: entry.length ? entry : TSX_ENTRY });
  console.log(`ready ${bot.readyMs.toFixed(0)} ms cpu ${bot.readyCpuMs} builtAt ${bot.health.knowledge?.builtAt}`);
  await bot.stop();
}
