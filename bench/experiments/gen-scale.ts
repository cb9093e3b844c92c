/** Writes a scaled corpus and prints where: npx tsx bench/experiments/gen-scale.mts SCALE */
import os from 'node:os';
import path from 'node:path';
import { writeScaledCorpus } from '../synthetic-corpus.js';
const scale = Number(process.argv[2] ?? 10);
const t = performance.now();
const corpus = await writeScaledCorpus({ sourceDir: path.resolve('corpus'), scale, workDir: path.join(os.tmpdir(), 'rjh-bench') });
console.log(JSON.stringify({ ...corpus, ms: performance.now() - t }));
