/**
 * Probe (fresh process): builds the knowledge base from `--corpus` `--runs` times, saving it and the
 * answer index to `--data` each time as `npm run ingest` does, with the sampling profiler on to split each run into its phases
 * (the index build among them); reports the size of what was saved. Prints one JSON line.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { saveAnswerIndex } from '../../src/answering/answer-index-store.js';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/index.js';
import { printResult } from '../child.js';
import { INDEX_PHASE, INGEST_PHASES } from '../phases.js';
import { profilePhases } from '../phase-profile.js';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, data: { type: 'string' }, seeds: { type: 'string', default: 'seeds' }, runs: { type: 'string', default: '1' } },
});
if (!values.corpus || !values.data) throw new Error('usage: ingest.ts --corpus DIR --data DIR [--runs N]');
const runs = Number(values.runs);
const options = { corpusDirs: [path.resolve(values.corpus)], seedsDir: path.resolve(values.seeds!), dataDir: values.data };

const ingestMs: number[] = [];
const ingestCpuMs: number[] = [];
const buildMs: number[] = [];
const phaseRuns: Array<Record<string, number>> = [];
let gcMs = 0;
let kb: KnowledgeBase | undefined;
for (let run = 0; run < runs; run++) {
  kb = undefined;
  global.gc?.();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const profiled = await profilePhases(Object.keys(INGEST_PHASES), async () => {
    const built = await buildKnowledgeBase(options);
    await saveAnswerIndex(options.dataDir, built);
    return built;
  });
  ingestMs.push(performance.now() - started);
  const cpu = process.cpuUsage(cpuBefore);
  ingestCpuMs.push((cpu.user + cpu.system) / 1000);
  kb = profiled.result;
  phaseRuns.push(profiled.times.phases);
  gcMs = profiled.times.gcMs;
  const indexMs = profiled.times.phases[INDEX_PHASE];
  if (indexMs !== undefined) buildMs.push(indexMs);
  process.stderr.write(`    ingest run ${run + 1}/${runs}: ${(ingestMs[run] / 1000).toFixed(2)} s (index ${indexMs === undefined ? 'not seen' : `${(indexMs / 1000).toFixed(2)} s`}), ${kb.passages.length} passages\n`);
}
if (!kb) throw new Error('no ingest run');

const files = await readdir(values.data);
let indexBytes = 0;
for (const file of files) indexBytes += (await stat(path.join(values.data, file))).size;

printResult({
  ingest_ms: ingestMs,
  ingest_cpu_ms: ingestCpuMs,
  build_ms: buildMs,
  phases_ms: phaseRuns[phaseRuns.length - 1],
  gc_ms: gcMs,
  passages: kb.passages.length,
  documents: kb.documents.length,
  records: Object.fromEntries(Object.entries(kb.records).map(([kind, list]) => [kind, (list as unknown[]).length])),
  problems: kb.problems.length,
  built_at: kb.builtAt,
  index_bytes: indexBytes,
  index_files: files,
  peak_rss_mb: process.resourceUsage().maxRSS / 1024,
});
