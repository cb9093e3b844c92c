/**
 * Saves the built knowledge base to DATA_DIR/knowledge.json (tmp file + rename, so a reader
 * never sees half a file) and loads it back when its hash matches the current sources.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { type BuiltKnowledge, computeCorpusHash, type KnowledgeSources } from './build.js';
import { lazyPassageSearch } from './search-index.js';
import type { IngestProblem, LogicalDocument, Passage, Records } from './types.js';

const FILE_NAME = 'knowledge.json';
const FORMAT = 2;

// The saved file is our own output: check its shape, not every record. zod's own array and object checks copy
// every element (about a second at the 100× corpus), so the large lists are checked with plain loops.
const anArray = z.custom<unknown[]>((value) => Array.isArray(value), 'expected an array');
const strings = z.custom<string[]>((value) => Array.isArray(value) && value.every((item) => typeof item === 'string'), 'expected an array of strings');
const isPosting = (item: unknown) => {
  const posting = item as { offsets?: unknown; docs?: unknown; weights?: unknown } | null;
  return typeof posting === 'object' && posting !== null && typeof posting.offsets === 'string' && typeof posting.docs === 'string' && typeof posting.weights === 'string';
};
const postings = z.custom<Array<{ offsets: string; docs: string; weights: string }>>((value) => Array.isArray(value) && value.every(isPosting), 'expected postings');
const savedSchema = z.object({
  format: z.literal(FORMAT),
  corpusHash: z.string().min(1),
  builtAt: z.string(),
  documents: anArray,
  passages: anArray,
  records: z.object({
    organs: anArray,
    people: anArray,
    roles: anArray,
    results: anArray,
    meetings: anArray,
    figures: anArray,
    questionnaires: anArray,
  }),
  problems: z.array(z.object({ file: z.string(), reason: z.string() })),
  index: z.object({
    index: z.object({
      fields: z.array(z.object({ name: z.string(), boost: z.number() })),
      terms: strings,
      docCount: z.number().int().nonnegative(),
      postings,
    }),
    vocabulary: strings,
  }),
});

export function knowledgeFile(dataDir: string): string {
  return path.join(dataDir, FILE_NAME);
}

export async function saveKnowledge(dataDir: string, built: BuiltKnowledge): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const target = knowledgeFile(dataDir);
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  const payload = {
    format: FORMAT,
    corpusHash: built.corpusHash,
    builtAt: built.builtAt,
    documents: built.documents,
    passages: built.passages,
    records: built.records,
    problems: built.problems,
    index: built.search.serialize(),
  };
  await writeFile(temporary, JSON.stringify(payload));
  await rename(temporary, target);
  return target;
}

/** The saved knowledge base, or undefined when missing, unreadable or built from other sources. */
export async function readSavedKnowledge(dataDir: string, sources: KnowledgeSources): Promise<BuiltKnowledge | undefined> {
  let text: string;
  try {
    text = await readFile(knowledgeFile(dataDir), 'utf8');
  } catch {
    // No saved index yet: the caller builds one.
    return undefined;
  }
  let parsed: z.infer<typeof savedSchema>;
  try {
    parsed = savedSchema.parse(JSON.parse(text));
  } catch {
    // A corrupt or old-format file is rebuilt and overwritten, never trusted.
    return undefined;
  }
  if (parsed.corpusHash !== (await computeCorpusHash(sources))) return undefined;
  return {
    corpusHash: parsed.corpusHash,
    builtAt: parsed.builtAt,
    documents: parsed.documents as LogicalDocument[],
    passages: parsed.passages as Passage[],
    records: parsed.records as unknown as Records,
    problems: parsed.problems as IngestProblem[],
    search: lazyPassageSearch(parsed.index),
  };
}
