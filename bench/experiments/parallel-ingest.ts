/**
 * Experiment: what would an ingest sharded by file, with one worker thread per core, gain? Builds the
 * whole corpus once in one worker, then the corpus split into WORKERS shares (balanced by bytes,
 * whole files) in WORKERS workers at the same time, each its own knowledge base and passage index.
 * The second time is a lower bound for a sharded ingest (it leaves out merging records and saving).
 * Usage: npx tsx bench/experiments/parallel-ingest.ts CORPUS_DIR [WORKERS]
 */
import { mkdir, readdir, rm, stat, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startTsWorker } from './ts-worker.js';

const [corpusArg, workersArg] = process.argv.slice(2);
if (!corpusArg) throw new Error('usage: parallel-ingest.ts CORPUS_DIR [WORKERS]');
const corpusDir = path.resolve(corpusArg);
const workers = Number(workersArg ?? os.availableParallelism());
const seedsDir = path.resolve('seeds');

function build(dir: string): Promise<{ ms: number; passages: number }> {
  const worker = startTsWorker(new URL('./parallel-ingest-worker.ts', import.meta.url), {
    workerData: { corpusDir: dir, seedsDir },
    resourceLimits: { maxOldGenerationSizeMb: 8192 },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const files = (await readdir(corpusDir)).filter((name) => name.endsWith('.txt'));
const sized = await Promise.all(files.map(async (name) => ({ name, bytes: (await stat(path.join(corpusDir, name))).size })));
const shares: Array<{ bytes: number; names: string[] }> = Array.from({ length: workers }, () => ({ bytes: 0, names: [] }));
for (const file of sized.sort((a, b) => b.bytes - a.bytes)) {
  const lightest = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a));
  lightest.bytes += file.bytes;
  lightest.names.push(file.name);
}
const shareDirs: string[] = [];
for (const [i, share] of shares.entries()) {
  const dir = path.join(os.tmpdir(), 'rjh-bench', `share-${i}-of-${workers}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const name of share.names) await symlink(path.join(corpusDir, name), path.join(dir, name));
  shareDirs.push(dir);
}

let started = performance.now();
const whole = process.env.SKIP_WHOLE ? { ms: NaN, passages: 0 } : await build(corpusDir);
const wholeMs = performance.now() - started;
console.log(`whole corpus, one worker: ${whole.passages} passages, build ${(whole.ms / 1000).toFixed(1)} s (wall with worker start ${(wholeMs / 1000).toFixed(1)} s)`);

started = performance.now();
const alone = await build(shareDirs[0]);
console.log(`one share alone, one worker: ${alone.passages} passages, build ${(alone.ms / 1000).toFixed(1)} s (wall ${((performance.now() - started) / 1000).toFixed(1)} s)`);

started = performance.now();
const parts = await Promise.all(shareDirs.map(build));
const partsMs = performance.now() - started;
console.log(
  `${workers} shares in ${workers} workers at once: ${parts.reduce((sum, p) => sum + p.passages, 0)} passages, slowest share ${(Math.max(...parts.map((p) => p.ms)) / 1000).toFixed(1)} s ` +
    `(wall ${(partsMs / 1000).toFixed(1)} s): ${(wholeMs / partsMs).toFixed(2)}× faster`,
);
for (const dir of shareDirs) await rm(dir, { recursive: true, force: true });
