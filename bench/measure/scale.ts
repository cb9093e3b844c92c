/**
 * Everything measured per corpus scale: ingest, index build and size (ingest probe), load, memory,
 * answer latency, accuracy and the baselines (serve-load probe), and cold start of the real bot.
 */
import { copyFile, mkdir, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PREBUILT_FILES, startBot, TSX_ENTRY } from '../bot-process.js';
import { smokeBundleStart } from '../bundle-smoke.js';
import { ingestProduction, PROD_ENTRY, UNBUNDLED_ENTRY } from '../production-build.js';
import { REPO_ROOT, runProbe } from '../child.js';
import { spreadOf, type Percentiles, type Spread } from '../stats.js';
import { writeScaledCorpus } from '../synthetic-corpus.js';

export interface ScaleResult {
  corpus: { files: number; mb: number };
  passages: number;
  documents: number;
  records: Record<string, number>;
  ingest_mb_s: number;
  ingest_s: number;
  /** CPU seconds of the ingest process (all threads): what a busy machine does not inflate. */
  ingest_cpu_s: number;
  build_ms: number | null;
  /** Inclusive time of named ingest functions in the last ingest run (see bench/phases.ts). */
  ingest_phases_ms: Record<string, number>;
  ingest_gc_ms: number;
  index_mb: number;
  load_ms: number;
  load_phases_ms: Record<string, number>;
  /** Production start `node dist/start.cjs` (bundle + V8 code cache) to the first 200 from /healthz. */
  cold_start_ms: number;
  cold_start_cpu_ms: number | null;
  /** The same with the compiled modules unbundled, `node dist/main.js` (the production start before the bundle). */
  cold_start_unbundled_ms: number;
  cold_start_unbundled_cpu_ms: number | null;
  /** 1× only: the bundled start answered /healthz and a question, and loaded no deferred package (bench/bundle-smoke.ts). */
  bundle_smoke: { passed: boolean; reply_chars: number; lazy_loaded: string[] } | null;
  /** The same through tsx, as `npm start` runs it (transpiling src/ at every start). */
  cold_start_tsx_ms: number;
  cold_start_tsx_cpu_ms: number | null;
  rss_mb: number | null;
  heap_mb: number;
  heap_warm_mb: number;
  ingest_peak_rss_mb: number;
  first_answer_ms: number | null;
  answer_ms: Percentiles | null;
  /** Mean inclusive ms per question of answering's steps (see bench/phases.ts). */
  answer_phases_ms: Record<string, number>;
  accuracy: number | null;
  failed_questions: string[];
  baseline_lunr_en_answer_ms: Percentiles | null;
  baseline_minisearch_answer_ms: Percentiles | null;
  baseline_build_ms: { lunr_en: number | null; minisearch: number | null };
  /** How many calls the latency percentiles rest on (the time budget can cut the baselines' rounds short at 100×). */
  samples: { ours: number | null; lunr_en: number | null; minisearch: number | null };
  spread: Record<string, Spread>;
  notes: string[];
}

interface IngestProbe {
  ingest_ms: number[];
  ingest_cpu_ms: number[];
  build_ms: number[];
  phases_ms: Record<string, number>;
  gc_ms: number;
  passages: number;
  documents: number;
  records: Record<string, number>;
  problems: number;
  built_at: string;
  index_bytes: number;
  peak_rss_mb: number;
}

interface BaselineProbe {
  build_ms: number;
  answer_ms: Percentiles;
  p95_runs: number[];
  samples: number;
  partial: boolean;
}

interface ServeProbe {
  load_ms: number;
  load_phases_ms: Record<string, number>;
  rebuilt: boolean;
  answer_index_restored: boolean;
  passages: number;
  heap_mb: number;
  rss_mb: number;
  heap_warm_mb: number;
  questions?: number;
  first_answer_ms?: number;
  answer_ms?: Percentiles;
  p95_runs?: number[];
  samples?: number;
  accuracy?: number;
  answer_phases_ms?: Record<string, number>;
  failures?: string[];
  baselines?: Record<string, BaselineProbe>;
  skipped?: string;
}

export interface ScalePlan {
  scale: number;
  runs: number;
  seed: number;
  quick: boolean;
  log: (line: string) => void;
}

const MB = 2 ** 20;
/** The largest scales are measured fewer times: one 100× ingest takes minutes on two cores. */
const runsFor = (scale: number, runs: number, heavy: number) => (scale >= 100 ? Math.min(runs, heavy) : runs);

export async function measureScale({ scale, runs, seed, quick, log }: ScalePlan): Promise<ScaleResult> {
  const notes: string[] = [];
  const workDir = path.join(os.tmpdir(), 'rjh-bench');
  const corpus = await writeScaledCorpus({ sourceDir: path.join(REPO_ROOT, 'corpus'), scale, seed, workDir });
  log(`  ${scale}×: ${corpus.files} files, ${(corpus.bytes / MB).toFixed(1)} MB of text${corpus.reused ? ' (reused)' : ''}`);
  const dataDir = path.join(workDir, `data-${scale}x`);
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  // Big heaps at 100×: give the probes room so a default heap limit does not decide the result.
  const nodeFlags = ['--expose-gc', '--max-old-space-size=8192'];

  const ingestRuns = runsFor(scale, runs, 1);
  log(`  ${scale}×: ingest (${ingestRuns} run${ingestRuns > 1 ? 's' : ''})`);
  const ingest = await runProbe<IngestProbe>('probes/ingest.ts', { args: ['--corpus', corpus.dir, '--data', dataDir, '--runs', String(ingestRuns)], nodeFlags, timeoutMs: 30 * 60_000 });
  if (ingest.build_ms.length === 0) notes.push('build_ms: buildPassageSearch was not seen in the ingest profile (renamed, or moved off the main thread)');
  if (ingest.problems > 0) notes.push(`${ingest.problems} ingest problems reported`);

  const rounds = quick ? 1 : Math.max(3, runs);
  log(`  ${scale}×: load, memory, ${rounds} round(s) of answers and baselines`);
  const serve = await runProbe<ServeProbe>('probes/serve-load.ts', { args: ['--corpus', corpus.dir, '--data', dataDir, '--rounds', String(rounds), '--budget-seconds', quick ? '10' : '30'], nodeFlags, timeoutMs: 30 * 60_000 });
  if (serve.rebuilt) notes.push('the prebuilt index was not reused by loadKnowledgeBase (hash mismatch): load_ms includes a rebuild');
  if (!serve.answer_index_restored) notes.push('the saved answer index was not reused by the serve probe: first_answer_ms includes building it');
  if (serve.skipped) notes.push(serve.skipped);

  const coldRuns = runsFor(scale, runs, 2);
  // Production start (`npm run build`, `node dist/main.js`) with an index from the compiled ingest, and `npm start` (tsx).
  log(`  ${scale}×: compiled ingest for the production start (node dist/cli/ingest.js)`);
  const prodDataDir = path.join(workDir, `data-${scale}x-dist`);
  await rm(prodDataDir, { recursive: true, force: true });
  await ingestProduction(corpus.dir, prodDataDir);
  let bundleSmoke: ScaleResult['bundle_smoke'] = null;
  if (scale === 1) {
    const smoke = await smokeBundleStart(corpus.dir, prodDataDir);
    bundleSmoke = { passed: smoke.reply.length > 0 && smoke.lazyLoaded.length === 0, reply_chars: smoke.reply.length, lazy_loaded: smoke.lazyLoaded };
    if (!bundleSmoke.passed) notes.push(`bundle smoke: the bundled start loaded deferred packages on a message turn: ${smoke.lazyLoaded.join(', ')}`);
    log(`  ${scale}×: bundle smoke (node dist/start.cjs): ready, answered (${smoke.reply.length} chars), deferred packages loaded: ${smoke.lazyLoaded.join(', ') || 'none'}`);
  }
  const cold = { scale, runs: coldRuns, corpusDir: corpus.dir, passages: ingest.passages, log, notes };
  const prodBuiltAt = await builtAtOf(prodDataDir);
  const prod = await timeColdStarts({ ...cold, label: 'node dist/start.cjs', entry: PROD_ENTRY, prebuiltDir: prodDataDir, builtAt: prodBuiltAt });
  const unbundled = await timeColdStarts({ ...cold, label: 'node dist/main.js', entry: UNBUNDLED_ENTRY, prebuiltDir: prodDataDir, builtAt: prodBuiltAt });
  const tsx = await timeColdStarts({ ...cold, label: 'tsx src/main.ts', entry: TSX_ENTRY, prebuiltDir: dataDir, builtAt: ingest.built_at });
  const { wallMs: coldStarts, cpuMs: coldCpu, rssMb: rss } = prod;

  const ingestSeconds = spreadOf(ingest.ingest_ms.map((ms) => ms / 1000));
  const baseline = (name: string) => serve.baselines?.[name];
  const spread: Record<string, Spread> = { ingest_s: ingestSeconds, cold_start_ms: spreadOf(coldStarts), cold_start_unbundled_ms: spreadOf(unbundled.wallMs), cold_start_tsx_ms: spreadOf(tsx.wallMs) };
  if (coldCpu.length) spread.cold_start_cpu_ms = spreadOf(coldCpu);
  if (ingest.build_ms.length) spread.build_ms = spreadOf(ingest.build_ms);
  if (serve.p95_runs?.length) spread.answer_p95_ms = spreadOf(serve.p95_runs);
  if (rss.length) spread.rss_mb = spreadOf(rss);
  return {
    corpus: { files: corpus.files, mb: corpus.bytes / MB },
    passages: ingest.passages,
    documents: ingest.documents,
    records: ingest.records,
    ingest_mb_s: corpus.bytes / MB / ingestSeconds.median,
    ingest_s: ingestSeconds.median,
    ingest_cpu_s: spreadOf(ingest.ingest_cpu_ms).median / 1000,
    build_ms: ingest.build_ms.length ? spreadOf(ingest.build_ms).median : null,
    ingest_phases_ms: ingest.phases_ms,
    ingest_gc_ms: ingest.gc_ms,
    index_mb: ingest.index_bytes / MB,
    load_ms: serve.load_ms,
    load_phases_ms: serve.load_phases_ms,
    cold_start_ms: spreadOf(coldStarts).median,
    cold_start_cpu_ms: coldCpu.length ? spreadOf(coldCpu).median : null,
    cold_start_unbundled_ms: spreadOf(unbundled.wallMs).median,
    cold_start_unbundled_cpu_ms: unbundled.cpuMs.length ? spreadOf(unbundled.cpuMs).median : null,
    bundle_smoke: bundleSmoke,
    cold_start_tsx_ms: spreadOf(tsx.wallMs).median,
    cold_start_tsx_cpu_ms: tsx.cpuMs.length ? spreadOf(tsx.cpuMs).median : null,
    rss_mb: rss.length ? spreadOf(rss).median : null,
    heap_mb: serve.heap_mb,
    heap_warm_mb: serve.heap_warm_mb,
    ingest_peak_rss_mb: ingest.peak_rss_mb,
    first_answer_ms: serve.first_answer_ms ?? null,
    answer_ms: serve.answer_ms ?? null,
    answer_phases_ms: serve.answer_phases_ms ?? {},
    accuracy: scale === 1 ? (serve.accuracy ?? null) : null,
    failed_questions: scale === 1 ? (serve.failures ?? []) : [],
    baseline_lunr_en_answer_ms: baseline('lunr_en')?.answer_ms ?? null,
    baseline_minisearch_answer_ms: baseline('minisearch')?.answer_ms ?? null,
    baseline_build_ms: { lunr_en: baseline('lunr_en')?.build_ms ?? null, minisearch: baseline('minisearch')?.build_ms ?? null },
    samples: { ours: serve.samples ?? null, lunr_en: baseline('lunr_en')?.samples ?? null, minisearch: baseline('minisearch')?.samples ?? null },
    spread,
    notes,
  };
}

interface ColdStartPlan {
  scale: number;
  runs: number;
  label: string;
  entry: string[];
  corpusDir: string;
  prebuiltDir: string;
  /** builtAt of the prebuilt knowledge.json: the bot must report it, or it rebuilt instead of loading. */
  builtAt: string;
  passages: number;
  log: (line: string) => void;
  notes: string[];
}

async function timeColdStarts({ scale, runs, label, entry, corpusDir, prebuiltDir, builtAt, passages, log, notes }: ColdStartPlan) {
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  const rssMb: number[] = [];
  let expectedBuiltAt = builtAt;
  let adopted = false;
  for (let run = 0; run < runs; run++) {
    const bot = await startBot({ corpusDir, prebuiltDir, entry });
    try {
      const knowledge = bot.health.knowledge;
      if (knowledge?.builtAt !== expectedBuiltAt) {
        // The bot rebuilt instead of loading: the knowledge code (part of the index hash) changed since the
        // ingest. Take the index it just saved as the prebuilt one and repeat the run, once.
        if (!adopted) {
          for (const name of PREBUILT_FILES) await copyFile(path.join(bot.dataDir, name), path.join(prebuiltDir, name));
          expectedBuiltAt = knowledge?.builtAt ?? '';
          adopted = true;
          notes.push(`${label}: the bot rebuilt the index at start (knowledge code changed after the ingest, ${(bot.readyMs / 1000).toFixed(1)} s); its index was adopted and the cold start repeated`);
          log(`  ${scale}×: ${label}: the bot rebuilt its index at start (${bot.readyMs.toFixed(0)} ms); adopting it and repeating`);
          run -= 1;
          continue;
        }
        notes.push(`${label}: the bot did not start from the prebuilt index (builtAt differs): cold start includes a rebuild`);
      }
      wallMs.push(bot.readyMs);
      if (bot.readyCpuMs !== undefined) cpuMs.push(bot.readyCpuMs);
      const memory = await bot.memory();
      if (memory.rssMb !== undefined) rssMb.push(memory.rssMb);
      if (!adopted && knowledge?.passages !== passages && run === 0) notes.push(`${label}: the bot reports ${knowledge?.passages} passages, the ingest ${passages}`);
      log(`  ${scale}×: cold start ${label} ${run + 1}/${runs}: ${bot.readyMs.toFixed(0)} ms (${bot.readyCpuMs ?? '?'} ms CPU)`);
    } finally {
      await bot.stop();
    }
  }
  return { wallMs, cpuMs, rssMb };
}

/** builtAt from the head of a saved knowledge.json (it is written first), without parsing 100+ MB. */
async function builtAtOf(dataDir: string): Promise<string> {
  const file = await open(path.join(dataDir, 'knowledge.json'));
  try {
    const { buffer, bytesRead } = await file.read({ buffer: Buffer.alloc(512), position: 0 });
    return /"builtAt":"([^"]+)"/.exec(buffer.subarray(0, bytesRead).toString('utf8'))?.[1] ?? '';
  } finally {
    await file.close();
  }
}
