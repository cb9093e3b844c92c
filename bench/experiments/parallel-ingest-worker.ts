/** Worker of parallel-ingest.ts: builds a knowledge base from its share of the corpus, in memory. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildKnowledgeBase } from '../../src/knowledge/index.js';

const { corpusDir, seedsDir } = workerData as { corpusDir: string; seedsDir: string };
const started = performance.now();
const kb = await buildKnowledgeBase({ corpusDirs: [corpusDir], seedsDir });
parentPort!.postMessage({ ms: performance.now() - started, passages: kb.passages.length });
