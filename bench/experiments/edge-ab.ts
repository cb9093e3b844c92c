/**
 * A/B of Teams-edge variants under the same load at the same time: starts one in-process bot server
 * (`bot-server.ts`) per variant and alternates S-second load levels between them, ROUNDS times, so a
 * busy machine colours both alike. Prints the median CPU ms per message and msg/s of each variant.
 * Usage: npx tsx bench/experiments/edge-ab.ts PREBUILT_DIR [SECONDS] [ROUNDS] [TEXT|questions] [VARIANT,VARIANT…]
 * VARIANTs are bot-server.ts's third argument; "default" is the bot as built; "tree:/path" runs the
 * bot-server.ts of another checkout (e.g. a `git worktree` of an earlier commit) for before/after.
 */
import path from 'node:path';
import { processCpuMs } from '../bot-process.js';
import { REPO_ROOT, runProbe, startService } from '../child.js';
import { startReplySink } from '../reply-sink.js';
import { spreadOf } from '../stats.js';

interface LoadProbe {
  rps: number;
  requests: number;
}

const [prebuiltDir, seconds = '4', rounds = '4', text = 'hjälp', variantsText = 'default,fresh-clients'] = process.argv.slice(2);
if (!prebuiltDir) throw new Error('usage: edge-ab.ts PREBUILT_DIR [SECONDS] [ROUNDS] [TEXT|questions] [VARIANTS]');
const sink = await startReplySink();
const variants = variantsText.split(',');
const serverOf = (variant: string) =>
  variant.startsWith('tree:')
    ? startService<{ port: number }>(path.relative(path.join(REPO_ROOT, 'bench'), path.join(variant.slice(5), 'bench/experiments/bot-server.ts')), { args: [prebuiltDir, 'disk'] })
    : startService<{ port: number }>('experiments/bot-server.ts', { args: [prebuiltDir, 'disk', variant] });
const servers = await Promise.all(variants.map(serverOf));
const measured = new Map<string, { cpu: number[]; rps: number[] }>(variants.map((v) => [v, { cpu: [], rps: [] }]));
let conversation = 0;
const load = (port: number, secs: string) => {
  const args = ['--url', `http://127.0.0.1:${port}`, '--connections', '10', '--seconds', secs, '--service-url', sink.url, '--first-conversation', String((conversation += 10))];
  return runProbe<LoadProbe>('probes/load-generator.ts', { args: [...args, ...(text === 'questions' ? [] : ['--text', text])] });
};
try {
  for (const server of servers) await load(server.ready.port, '2'); // warm-up
  for (let round = 0; round < Number(rounds); round++) {
    for (const [i, server] of servers.entries()) {
      const before = await processCpuMs(server.pid);
      const result = await load(server.ready.port, seconds);
      const after = await processCpuMs(server.pid);
      measured.get(variants[i])!.cpu.push((after! - before!) / Math.max(1, result.requests));
      measured.get(variants[i])!.rps.push(result.rps);
    }
  }
  for (const [variant, { cpu, rps }] of measured) {
    console.log(`${variant.padEnd(16)} ${text}: ${spreadOf(cpu).median.toFixed(2)} ms CPU/msg (${cpu.map((c) => c.toFixed(2)).join(' ')}), ${spreadOf(rps).median.toFixed(0)} msg/s`);
  }
} finally {
  for (const server of servers) await server.stop();
  await sink.close();
}
