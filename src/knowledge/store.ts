/**
 * Saves the built knowledge base to DATA_DIR/knowledge.json (tmp file + rename, so a reader
 * never sees half a file) and loads it back when its hash matches the current sources.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { type BuiltKnowledge, computeCorpusHash, type KnowledgeSources } from './build.js';
import { loadPassageSearch } from './search-index.js';
import type { IngestProblem, LogicalDocument, Passage, Records } from './types.js';

const FILE_NAME = 'knowledge.json';
const FORMAT = 2;

// The saved file is our own output: check its shape, not every record (that would cost seconds at 100× corpus).
const savedSchema = z.object({
  format: z.literal(FORMAT),
  corpusHash: z.string().min(1),
  builtAt: z.string(),
  documents: z.array(z.unknown()),
  passages: z.array(z.unknown()),
  records: z.object({
    organs: z.array(z.unknown()),
    people: z.array(z.unknown()),
    roles: z.array(z.unknown()),
    results: z.array(z.unknown()),
    meetings: z.array(z.unknown()),
    figures: z.array(z.unknown()),
    questionnaires: z.array(z.unknown()),
  }),
  problems: z.array(z.object({ file: z.string(), reason: z.string() })),
  index: z.object({
    index: z.object({
      fields: z.array(z.object({ name: z.string(), boost: z.number() })),
      terms: z.array(z.string()),
      docCount: z.number().int().nonnegative(),
      postings: z.array(z.object({ offsets: z.string(), docs: z.string(), weights: z.string() })),
    }),
    vocabulary: z.array(z.string()),
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
    search: loadPassageSearch(parsed.index),
  };
}
