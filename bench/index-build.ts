/**
 * Times the passage-index step of an ingest alone, the way src/knowledge/build.ts runs it, on the
 * passages and organs of an already built knowledge base. The knowledge module exposes no timing, so
 * this reaches into two of its internal modules; they are imported by name and checked at run time,
 * so that when those internals change build_ms is reported as missing instead of the benchmark
 * failing to type-check for everyone.
 */
import type { KnowledgeBase, Organ, Passage } from '../src/knowledge/index.js';

interface IndexInternals {
  buildPassageSearch(passages: readonly Passage[], namesOf: (passage: Passage) => string[]): unknown;
  organNamesIndex(organs: readonly Organ[]): (text: string) => string[];
}

const SEARCH_INDEX_MODULE = '../src/knowledge/search-index.js';
const ORGANS_MODULE = '../src/knowledge/extract/organs.js';

async function loadInternals(): Promise<IndexInternals | string> {
  try {
    const search = (await import(SEARCH_INDEX_MODULE)) as Partial<IndexInternals>;
    const organs = (await import(ORGANS_MODULE)) as Partial<IndexInternals>;
    if (typeof search.buildPassageSearch !== 'function') return 'search-index.ts no longer exports buildPassageSearch';
    if (typeof organs.organNamesIndex !== 'function') return 'extract/organs.ts no longer exports organNamesIndex';
    return { buildPassageSearch: search.buildPassageSearch, organNamesIndex: organs.organNamesIndex };
  } catch (error) {
    return (error as Error).message;
  }
}

/** Milliseconds to build `kb`'s passage index again, or why it cannot be timed. */
export async function timeIndexBuild(kb: KnowledgeBase): Promise<{ ms: number } | { missing: string }> {
  const internals = await loadInternals();
  if (typeof internals === 'string') return { missing: internals };
  const namesOf = internals.organNamesIndex(kb.records.organs);
  const started = performance.now();
  internals.buildPassageSearch(kb.passages, (passage) => namesOf(passage.text));
  return { ms: performance.now() - started };
}
