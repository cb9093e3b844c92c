/**
 * Experiment: how much of /api/messages' cost is the embedded store (an fdatasync per write, writes
 * serialised per collection) rather than answering or the Teams SDK? Same bot, disk store vs memory
 * store, "hjälp" (no answering) and the development questions, 10 conversations.
 * Usage: npx tsx bench/experiments/endpoint-store.ts PREBUILT_DIR [SECONDS]
 */
import { runProbe, startService } from '../child.js';
import { startReplySink } from '../reply-sink.js';

const [prebuiltDir, seconds = '5'] = process.argv.slice(2);
if (!prebuiltDir) throw new Error('usage: endpoint-store.ts PREBUILT_DIR [SECONDS]');
const sink = await startReplySink();
for (const storeKind of ['disk', 'memory']) {
  const server = await startService<{ port: number }>('experiments/bot-server.ts', { args: [prebuiltDir, storeKind] });
  const url = `http://127.0.0.1:${server.ready.port}`;
  for (const text of ['hjälp', undefined]) {
    const args = ['--url', url, '--connections', '10', '--seconds', seconds, '--service-url', sink.url, ...(text ? ['--text', text] : [])];
    await runProbe('probes/load-generator.ts', { args: [...args.slice(0, 5), '1'] }); // warm-up
    const result = await runProbe<{ rps: number; latency: { p50: number; p99: number } }>('probes/load-generator.ts', { args });
    console.log(`${storeKind.padEnd(6)} store, ${(text ? `"${text}"` : 'dev questions').padEnd(13)}: ${result.rps.toFixed(0)} msg/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
  }
  await server.stop();
}
await sink.close();
