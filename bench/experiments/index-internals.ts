/**
 * Two internal functions of src/knowledge the index experiments call directly. Imported by a computed
 * name and checked at run time, so a rename there fails these experiments when run, not everyone's
 * type-check.
 */
import type { Organ, Passage } from '../../src/knowledge/index.js';

export interface IndexInternals {
  buildPassageSearch(passages: readonly Passage[], namesOf: (passage: Passage) => string[]): { serialize(): unknown };
  organNamesIndex(organs: readonly Organ[]): (text: string) => string[];
}

const SEARCH_INDEX_MODULE = '../../src/knowledge/search-index.js';
const ORGANS_MODULE = '../../src/knowledge/extract/organs.js';

export async function loadIndexInternals(): Promise<IndexInternals> {
  const search = (await import(SEARCH_INDEX_MODULE)) as Partial<IndexInternals>;
  const organs = (await import(ORGANS_MODULE)) as Partial<IndexInternals>;
  if (typeof search.buildPassageSearch !== 'function') throw new Error('src/knowledge/search-index.ts no longer exports buildPassageSearch');
  if (typeof organs.organNamesIndex !== 'function') throw new Error('src/knowledge/extract/organs.ts no longer exports organNamesIndex');
  return { buildPassageSearch: search.buildPassageSearch, organNamesIndex: organs.organNamesIndex };
}
