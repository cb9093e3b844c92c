/** Worker of sharded-index.ts: builds the passage index of each shard it is sent and sends it back serialised. */
import { parentPort } from 'node:worker_threads';
import type { Organ, Passage } from '../../src/knowledge/index.js';
import { loadIndexInternals } from './index-internals.js';

const { buildPassageSearch, organNamesIndex } = await loadIndexInternals();
parentPort!.on('message', ({ passages, organs }: { passages: Passage[]; organs: Organ[] }) => {
  const namesOf = organNamesIndex(organs);
  const started = performance.now();
  const search = buildPassageSearch(passages, (passage) => namesOf(passage.text));
  const buildMs = performance.now() - started;
  const serialized = JSON.stringify(search.serialize());
  parentPort!.postMessage({ buildMs, bytes: serialized.length, serialized });
});
parentPort!.postMessage({ ready: true });
