/**
 * Quick A/B of the Teams edge: the real bot (`src/main.ts`, local mode) at 10 conversations, "hjälp"
 * (no answering) and the development questions, alternating ROUNDS times; prints msg/s and the bot's
 * CPU ms per message (robust to a busy machine, unlike msg/s).
 * Usage: npx tsx bench/experiments/endpoint-cpu.ts PREBUILT_DIR [SECONDS] [ROUNDS] [CONNECTIONS]
 */
import path from 'node:path';
import { processCpuMs, startBot } from '../bot-process.js';
import { REPO_ROOT, runProbe } from '../child.js';
import { startReplySink } from '../reply-sink.js';

interface LoadProbe {
  rps: number;
  requests: number;
  latency: { p50: number; p99: number };
}

const [prebuiltDir, seconds = '5', rounds = '2', connections = '10'] = process.argv.slice(2);
if (!prebuiltDir) throw new Error('usage: endpoint-cpu.ts PREBUILT_DIR [SECONDS] [ROUNDS] [CONNECTIONS]');
const sink = await startReplySink();
const bot = await startBot({ corpusDir: path.join(REPO_ROOT, 'corpus'), prebuiltDir });
let firstConversation = 0;
const load = (text: string | undefined, secs: string) => {
  const args = ['--url', bot.url, '--connections', connections, '--seconds', secs, '--service-url', sink.url, '--first-conversation', String(firstConversation)];
  firstConversation += Number(connections);
  return runProbe<LoadProbe>('probes/load-generator.ts', { args: [...args, ...(text ? ['--text', text] : [])] });
};
try {
  await load(undefined, '2'); // warm-up: JIT and the lazily built answer index
  await load('hjälp', '1');
  for (let round = 0; round < Number(rounds); round++) {
    for (const text of ['hjälp', undefined]) {
      const before = await processCpuMs(bot.pid);
      const result = await load(text, seconds);
      const after = await processCpuMs(bot.pid);
      const cpu = before === undefined || after === undefined ? NaN : (after - before) / Math.max(1, result.requests);
      const label = text ? `"${text}"` : 'dev questions';
      console.log(`${label.padEnd(14)} c${connections}: ${result.rps.toFixed(0).padStart(5)} msg/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${cpu.toFixed(2)} ms CPU/msg`);
    }
  }
} finally {
  await bot.stop();
  await sink.close();
}
