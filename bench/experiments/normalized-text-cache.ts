/**
 * Experiment: answering normalises passage and unit texts for phrase matches on every question
 * (normalizePhrase in src/answering/evidence.ts, the largest self-time function of the bot under load).
 * What would normalising every passage once per knowledge base cost instead, in time and memory?
 * Usage: npx tsx --expose-gc bench/experiments/normalized-text-cache.ts CORPUS_DIR DATA_DIR
 * The normalisation is copied from evidence.ts (it is private there); keep the two in step.
 */
import path from 'node:path';
import { loadKnowledgeBase } from '../../src/knowledge/index.js';

const normalizePhrase = (text: string) => ` ${text.toLowerCase().replace(/[–—]/g, '-').replace(/[^\p{L}\p{N}\-/ ]+/gu, ' ').replace(/\s+/g, ' ')} `;

const [corpusDir, dataDir] = process.argv.slice(2);
if (!corpusDir || !dataDir) throw new Error('usage: normalized-text-cache.ts CORPUS_DIR DATA_DIR');
const { kb } = await loadKnowledgeBase({ corpusDirs: [path.resolve(corpusDir)], seedsDir: path.resolve('seeds'), dataDir });
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const normalized = kb.passages.map((passage) => normalizePhrase(passage.text));
const ms = performance.now() - started;
global.gc?.();
const heapAfter = process.memoryUsage().heapUsed;
const perPassageUs = (ms * 1000) / kb.passages.length;
console.log(
  `${kb.passages.length} passages normalised once in ${ms.toFixed(1)} ms (${perPassageUs.toFixed(1)} µs each), ` +
    `+${((heapAfter - heapBefore) / 2 ** 20).toFixed(1)} MB heap; kept: ${normalized.length}`,
);
