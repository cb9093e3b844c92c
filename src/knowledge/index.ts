/**
 * The knowledge base: documents, passages, records and the passage index, built from the corpus
 * and curated seeds. Immutable once built; a re-ingest builds a new one (see knowledge-holder).
 */
import { buildKnowledge, type BuiltKnowledge } from './build.js';
import type { PassageQuery, SearchHit } from './search-index.js';
import { readSavedKnowledge, saveKnowledge } from './store.js';
import type { IngestProblem, LogicalDocument, Passage, Records } from './types.js';

export * from './types.js';
export type { PassageQuery, SearchHit } from './search-index.js';
export type { ExtractionInput } from './extract/input.js';
export { PARTY_LETTERS } from './patterns.js';

export interface KnowledgeBase {
  documents: LogicalDocument[];
  passages: Passage[];
  records: Records;
  /** sha256 over corpus file names+contents and seeds; a prebuilt index is reused only when it matches. */
  corpusHash: string;
  builtAt: string;
  problems: IngestProblem[];
  searchPassages(query: PassageQuery): SearchHit[];
  passageById(id: string): Passage | undefined;
  documentById(id: string): LogicalDocument | undefined;
}

export interface KnowledgeOptions {
  corpusDirs: string[];
  seedsDir: string;
  /** Where the built index is saved/loaded; omit to build in memory only. */
  dataDir?: string;
  /** Clock for builtAt (tests inject one). */
  now?: () => Date;
}

/** Build from sources (always). */
export async function buildKnowledgeBase(options: KnowledgeOptions): Promise<KnowledgeBase> {
  const built = await buildKnowledge(withDefaults(options), options.now);
  const kb = toKnowledgeBase(built);
  if (options.dataDir) await saveKnowledge(options.dataDir, built);
  return kb;
}

/** Load the prebuilt one from dataDir when its hash matches the sources, else build and save. */
export async function loadKnowledgeBase(options: KnowledgeOptions): Promise<{ kb: KnowledgeBase; rebuilt: boolean }> {
  const saved = options.dataDir ? await loadSavedKnowledgeBase({ ...options, dataDir: options.dataDir }) : undefined;
  if (saved) return { kb: saved, rebuilt: false };
  return { kb: await buildKnowledgeBase(options), rebuilt: true };
}

/** The prebuilt one from dataDir when its hash matches the sources; undefined (and nothing built) otherwise. */
export async function loadSavedKnowledgeBase(options: KnowledgeOptions & { dataDir: string }): Promise<KnowledgeBase | undefined> {
  const saved = await readSavedKnowledge(options.dataDir, withDefaults(options));
  return saved && toKnowledgeBase(saved);
}

function withDefaults(options: KnowledgeOptions): { corpusDirs: string[]; seedsDir: string } {
  return {
    corpusDirs: options.corpusDirs?.length ? options.corpusDirs : ['corpus'],
    seedsDir: options.seedsDir || 'seeds',
  };
}

function toKnowledgeBase(built: BuiltKnowledge): KnowledgeBase {
  const passages = new Map(built.passages.map((p) => [p.id, p]));
  const documents = new Map(built.documents.map((d) => [d.id, d]));
  const passageById = (id: string) => passages.get(id);
  const periodOf = (p: Passage) => documents.get(p.source.documentId)?.period;
  return Object.freeze({
    documents: built.documents,
    passages: built.passages,
    records: built.records,
    corpusHash: built.corpusHash,
    builtAt: built.builtAt,
    problems: built.problems,
    searchPassages: (query: PassageQuery) => built.search.search(query, (position) => built.passages[position], periodOf),
    passageById,
    documentById: (id: string) => documents.get(id),
  });
}
