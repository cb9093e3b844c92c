/**
 * Experiment: build the passage index as one lunr index on the main thread (as src/knowledge does today)
 * versus as shards by corpus file built in worker threads on all cores, on a prebuilt knowledge base.
 * Usage: npx tsx bench/experiments/sharded-index.ts CORPUS_DIR DATA_DIR [SHARDS] [WORKERS]
 * Times include handing the passages to the workers and getting each shard's serialised index back,
 * which is what a sharded ingest would save. Searching shards needs corpus-wide term statistics to keep
 * lunr's BM25 scores comparable across shards; that is not prototyped here.
 */
import os from 'node:os';
import path from 'node:path';
import { startTsWorker } from './ts-worker.js';
import { loadKnowledgeBase, type Passage } from '../../src/knowledge/index.js';
import { loadIndexInternals } from './index-internals.js';

const [corpusDir, dataDir, shardsText, workersText] = process.argv.slice(2);
if (!corpusDir || !dataDir) throw new Error('usage: sharded-index.ts CORPUS_DIR DATA_DIR [SHARDS] [WORKERS]');
const workers = Number(workersText ?? os.availableParallelism());
const { kb } = await loadKnowledgeBase({ corpusDirs: [path.resolve(corpusDir)], seedsDir: path.resolve('seeds'), dataDir });
const shardCount = Number(shardsText ?? workers * 4);

const { buildPassageSearch, organNamesIndex } = await loadIndexInternals();
const namesOf = organNamesIndex(kb.records.organs);
global.gc?.();
let started = performance.now();
const single = buildPassageSearch(kb.passages, (passage) => namesOf(passage.text));
const singleMs = performance.now() - started;
const singleBytes = JSON.stringify(single.serialize()).length;
console.log(`one index, main thread: ${kb.passages.length} passages in ${singleMs.toFixed(0)} ms, ${(singleBytes / 2 ** 20).toFixed(1)} MB serialised`);

// Shards by file, whole files only, balanced by passage count (largest first into the lightest shard).
const byFile = new Map<string, Passage[]>();
for (const passage of kb.passages) byFile.set(passage.source.file, [...(byFile.get(passage.source.file) ?? []), passage]);
const shards: Passage[][] = Array.from({ length: Math.min(shardCount, byFile.size) }, () => []);
for (const filePassages of [...byFile.values()].sort((a, b) => b.length - a.length)) {
  shards.reduce((lightest, shard) => (shard.length < lightest.length ? shard : lightest)).push(...filePassages);
}

global.gc?.();
started = performance.now();
const queue = [...shards.keys()];
const results: Array<{ buildMs: number; bytes: number }> = [];
await Promise.all(
  Array.from({ length: workers }, async () => {
    const worker = startTsWorker(new URL('./sharded-index-worker.ts', import.meta.url));
    const next = () =>
      new Promise<{ buildMs: number; bytes: number; ready?: boolean }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    await next(); // modules loaded
    for (let shard = queue.shift(); shard !== undefined; shard = queue.shift()) {
      const answer = next();
      worker.postMessage({ passages: shards[shard], organs: kb.records.organs });
      const { buildMs, bytes } = await answer;
      results[shard] = { buildMs, bytes };
    }
    await worker.terminate();
  }),
);
const shardedMs = performance.now() - started;
const totalBytes = results.reduce((sum, r) => sum + r.bytes, 0);
const largest = Math.max(...results.map((r) => r.buildMs));
console.log(
  `${shards.length} shards by file on ${workers} worker threads: ${shardedMs.toFixed(0)} ms wall (${(singleMs / shardedMs).toFixed(2)}× faster), ` +
    `${(totalBytes / 2 ** 20).toFixed(1)} MB serialised; rebuilding one changed shard: ~${largest.toFixed(0)} ms (largest shard)`,
);
