/**
 * /api/messages of the real bot (local mode, prebuilt 1× index) under load from a second process, with
 * replies going to a loopback connector, against a bare Node server on the same loopback as the ceiling.
 */
import path from 'node:path';
import { processCpuMs, startBot } from '../bot-process.js';
import { REPO_ROOT, runProbe, startService } from '../child.js';
import { startReplySink } from '../reply-sink.js';

export const CONCURRENCY_LEVELS = [1, 10, 50] as const;

interface LoadProbe {
  rps: number;
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latency: { p50: number; p99: number; mean: number; max: number };
}

export interface EndpointResult {
  bare_node_rps: number;
  bare_node_rps_by_level: Record<string, number>;
  messages_rps: Record<string, number>;
  p50_ms: Record<string, number>;
  p99_ms: Record<string, number>;
  ratio_to_bare: Record<string, number>;
  replies: Record<string, { answered: number; typing: number; failed_requests: number }>;
  /** CPU time of the server process per handled request (contention-robust, unlike requests/s). */
  cpu_ms_per_message: Record<string, number | null>;
  bare_node_cpu_ms_per_request: Record<string, number | null>;
  /** The same bot at 10 conversations with "hjälp" (help card, no answering): what the Teams stack alone allows. */
  help_rps_c10: number | null;
  help_p99_ms_c10: number | null;
  help_cpu_ms_per_message_c10: number | null;
  seconds_per_level: number;
  notes: string[];
}

export interface EndpointPlan {
  seconds: number;
  /** Folder with the prebuilt 1× knowledge.json (from the 1× scale run). */
  prebuiltDir: string;
  log: (line: string) => void;
}

const level = (connections: number) => `c${connections}`;

export async function measureEndpoint({ seconds, prebuiltDir, log }: EndpointPlan): Promise<EndpointResult> {
  const notes: string[] = [];
  const bareByLevel: Record<string, number> = {};
  const bareCpu: Record<string, number | null> = {};
  const bare = await startService<{ port: number }>('probes/bare-server.ts');
  try {
    for (const connections of CONCURRENCY_LEVELS) {
      const measured = await withCpu(bare.pid, () => load(`http://127.0.0.1:${bare.ready.port}`, '/', connections, seconds, 'http://127.0.0.1:9/'));
      const result = measured.result;
      bareByLevel[level(connections)] = result.rps;
      bareCpu[level(connections)] = measured.cpuMs === undefined ? null : measured.cpuMs / Math.max(1, result.requests);
      log(`  bare node, ${connections} connection(s): ${result.rps.toFixed(0)} req/s, p99 ${result.latency.p99} ms`);
    }
  } finally {
    await bare.stop();
  }

  const sink = await startReplySink();
  const bot = await startBot({ corpusDir: path.join(REPO_ROOT, 'corpus'), prebuiltDir });
  const messagesRps: Record<string, number> = {};
  const p50: Record<string, number> = {};
  const p99: Record<string, number> = {};
  const ratio: Record<string, number> = {};
  const replies: EndpointResult['replies'] = {};
  let helpRps: number | null = null;
  let helpP99: number | null = null;
  let helpCpu: number | null = null;
  const cpuPerMessage: Record<string, number | null> = {};
  try {
    // Warm-up: JIT, the answering index (built lazily on the first question), connections to the sink.
    await load(bot.url, '/api/messages', 2, Math.min(2, seconds), sink.url, 10_000);
    let firstConversation = 20_000;
    for (const connections of CONCURRENCY_LEVELS) {
      sink.reset();
      const measured = await withCpu(bot.pid, () => load(bot.url, '/api/messages', connections, seconds, sink.url, firstConversation));
      const result = measured.result;
      firstConversation += connections;
      const key = level(connections);
      cpuPerMessage[key] = measured.cpuMs === undefined ? null : measured.cpuMs / Math.max(1, result.requests);
      messagesRps[key] = result.rps;
      p50[key] = result.latency.p50;
      p99[key] = result.latency.p99;
      ratio[key] = result.rps / bareByLevel[key];
      const counts = sink.counts();
      replies[key] = { answered: counts.messages, typing: counts.typing, failed_requests: result.non2xx + result.errors + result.timeouts };
      if (counts.messages < result.ok) notes.push(`${key}: ${result.ok - counts.messages} accepted questions got no reply at the connector`);
      log(`  bot /api/messages, ${connections} conversation(s): ${result.rps.toFixed(0)} msg/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${cpuPerMessage[key]?.toFixed(2) ?? '?'} ms CPU/msg, ${counts.messages} replies, ${replies[key].failed_requests} failed`);
    }
    sink.reset();
    const helpMeasured = await withCpu(bot.pid, () => load(bot.url, '/api/messages', 10, seconds, sink.url, firstConversation, 'hjälp'));
    const help = helpMeasured.result;
    helpRps = help.rps;
    helpCpu = helpMeasured.cpuMs === undefined ? null : helpMeasured.cpuMs / Math.max(1, help.requests);
    helpP99 = help.latency.p99;
    log(`  bot /api/messages, 10 conversations, "hjälp" (no answering): ${help.rps.toFixed(0)} msg/s, p99 ${help.latency.p99} ms, ${helpCpu?.toFixed(2) ?? '?'} ms CPU/msg, ${sink.counts().messages} replies`);
  } finally {
    await bot.stop();
    await sink.close();
  }
  return {
    help_rps_c10: helpRps,
    help_p99_ms_c10: helpP99,
    help_cpu_ms_per_message_c10: helpCpu,
    cpu_ms_per_message: cpuPerMessage,
    bare_node_cpu_ms_per_request: bareCpu,
    bare_node_rps: bareByLevel.c10,
    bare_node_rps_by_level: bareByLevel,
    messages_rps: messagesRps,
    p50_ms: p50,
    p99_ms: p99,
    ratio_to_bare: ratio,
    replies,
    seconds_per_level: seconds,
    notes,
  };
}

/** Runs a load level and the CPU the server process spent meanwhile. */
async function withCpu<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; cpuMs?: number }> {
  const before = await processCpuMs(pid);
  const result = await work();
  const after = await processCpuMs(pid);
  return { result, cpuMs: before === undefined || after === undefined ? undefined : after - before };
}

function load(url: string, requestPath: string, connections: number, seconds: number, serviceUrl: string, firstConversation = 0, text?: string): Promise<LoadProbe> {
  return runProbe<LoadProbe>('probes/load-generator.ts', {
    args: [
      ...['--url', url, '--path', requestPath, '--connections', String(connections), '--seconds', String(seconds)],
      ...['--service-url', serviceUrl, '--first-conversation', String(firstConversation), ...(text ? ['--text', text] : [])],
    ],
    timeoutMs: (seconds + 60) * 1000,
  });
}

