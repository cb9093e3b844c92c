/** One knowledge base built from the real corpus and seeds, shared by the tests of a file. */
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/index.js';

let built: Promise<KnowledgeBase> | undefined;

export function corpusKnowledgeBase(): Promise<KnowledgeBase> {
  built ??= buildKnowledgeBase({ corpusDirs: ['corpus'], seedsDir: 'seeds', now: () => new Date('2024-01-01T00:00:00Z') });
  return built;
}
