/**
 * Probe (fresh process): builds the knowledge base from `--corpus` `--runs` times, saving it to `--data`
 * each time as `npm run ingest` does; then times the passage-index step alone `--runs` times on the
 * same passages; and reports the size of what was saved. Prints one JSON line.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/index.js';
import { printResult } from '../child.js';
import { timeIndexBuild } from '../index-build.js';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, data: { type: 'string' }, seeds: { type: 'string', default: 'seeds' }, runs: { type: 'string', default: '1' } },
});
if (!values.corpus || !values.data) throw new Error('usage: ingest.ts --corpus DIR --data DIR [--runs N]');
const runs = Number(values.runs);
const corpusDirs = [path.resolve(values.corpus)];

const ingestMs: number[] = [];
const buildMs: number[] = [];
let kb: KnowledgeBase | undefined;
for (let run = 0; run < runs; run++) {
  kb = undefined;
  global.gc?.();
  const started = performance.now();
  kb = await buildKnowledgeBase({ corpusDirs, seedsDir: path.resolve(values.seeds!), dataDir: values.data });
  ingestMs.push(performance.now() - started);
  process.stderr.write(`    ingest run ${run + 1}/${runs}: ${(ingestMs[run] / 1000).toFixed(2)} s, ${kb.passages.length} passages\n`);
}
if (!kb) throw new Error('no ingest run');
let buildMissing: string | undefined;
for (let run = 0; run < runs && !buildMissing; run++) {
  global.gc?.();
  const timed = await timeIndexBuild(kb);
  if ('ms' in timed) buildMs.push(timed.ms);
  else buildMissing = timed.missing;
}

const files = await readdir(values.data);
let indexBytes = 0;
for (const file of files) indexBytes += (await stat(path.join(values.data, file))).size;

printResult({
  ingest_ms: ingestMs,
  build_ms: buildMs,
  build_missing: buildMissing,
  passages: kb.passages.length,
  documents: kb.documents.length,
  records: Object.fromEntries(Object.entries(kb.records).map(([kind, list]) => [kind, (list as unknown[]).length])),
  problems: kb.problems.length,
  built_at: kb.builtAt,
  index_bytes: indexBytes,
  index_files: files,
  peak_rss_mb: process.resourceUsage().maxRSS / 1024,
});
