/**
 * Saves answering's per-knowledge-base statistics (postings, vocabulary, defined abbreviations; see
 * answer-index.ts) to DATA_DIR/answer-index.json next to knowledge.json, and restores them at start.
 * Deriving them tokenizes every passage: ~8 s at a 100× corpus, against well under a second to load.
 * The file belongs to one knowledge base (its corpus hash and build time) and to this answering code
 * (a hash of its source files): anything else is ignored and rebuilt, never trusted.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { KnowledgeBase } from '../knowledge/index.js';
import type { AbbreviationDefinition } from './abbreviations.js';
import { adoptAnswerStatistics, answerIndexFor, type AnswerIndex } from './answer-index.js';

const FILE_NAME = 'answer-index.json';
const FORMAT = 1;

// Our own output: check the shape and the sizes, not every abbreviation entry.
const savedSchema = z.object({
  format: z.literal(FORMAT),
  corpusHash: z.string(),
  builtAt: z.string(),
  codeHash: z.string(),
  passages: z.number().int().nonnegative(),
  /** Sorted tokens joined by "\n" (a token never holds whitespace). */
  tokens: z.string(),
  /** base64 of a little-endian Uint32Array: the postings length of each token. */
  counts: z.string(),
  /** base64 of a little-endian Uint32Array: all postings, token after token. */
  postings: z.string(),
  abbreviations: z.array(z.tuple([z.string(), z.array(z.unknown())])),
});

export function answerIndexFile(dataDir: string): string {
  return path.join(dataDir, FILE_NAME);
}

let codeHash: Promise<string> | undefined;

/** sha256 over this folder's source files: any change to answering invalidates saved statistics. */
function answeringCodeHash(): Promise<string> {
  codeHash ??= (async () => {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    for (const file of await sourceFiles(dir)) hash.update(`${path.relative(dir, file)}\n`).update(await readFile(file));
    return hash.digest('hex');
  })();
  return codeHash;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(full)));
    else if (/\.(ts|js)$/.test(entry.name)) files.push(full);
  }
  return files;
}

export async function saveAnswerIndex(dataDir: string, kb: KnowledgeBase, index: AnswerIndex = answerIndexFor(kb)): Promise<string> {
  const counts = new Uint32Array(index.vocabulary.length);
  let total = 0;
  index.vocabulary.forEach((token, i) => {
    if (/\s/.test(token)) throw new Error(`answer index token with whitespace: ${JSON.stringify(token)}`);
    counts[i] = index.postings.get(token)!.length;
    total += counts[i];
  });
  const postings = new Uint32Array(total);
  let at = 0;
  for (const token of index.vocabulary) {
    postings.set(index.postings.get(token)!, at);
    at += index.postings.get(token)!.length;
  }
  const payload = {
    format: FORMAT,
    corpusHash: kb.corpusHash,
    builtAt: kb.builtAt,
    codeHash: await answeringCodeHash(),
    passages: kb.passages.length,
    tokens: index.vocabulary.join('\n'),
    counts: base64(counts),
    postings: base64(postings),
    abbreviations: [...index.abbreviations],
  };
  await mkdir(dataDir, { recursive: true });
  const target = answerIndexFile(dataDir);
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, JSON.stringify(payload));
  await rename(temporary, target);
  return target;
}

/** Restores the saved statistics into answering's cache for kb; false when missing, unreadable or not kb's. */
export async function restoreAnswerIndex(dataDir: string, kb: KnowledgeBase): Promise<boolean> {
  let parsed: z.infer<typeof savedSchema>;
  try {
    parsed = savedSchema.parse(JSON.parse(await readFile(answerIndexFile(dataDir), 'utf8')));
  } catch {
    // Missing, corrupt or of an older format: the caller builds the index.
    return false;
  }
  if (parsed.corpusHash !== kb.corpusHash || parsed.builtAt !== kb.builtAt || parsed.passages !== kb.passages.length) return false;
  if (parsed.codeHash !== (await answeringCodeHash())) return false;
  const vocabulary = parsed.tokens === '' ? [] : parsed.tokens.split('\n');
  const counts = uint32(parsed.counts);
  const flat = uint32(parsed.postings);
  if (counts.length !== vocabulary.length || counts.reduce((sum, n) => sum + n, 0) !== flat.length) return false;
  const postings = new Map<string, number[]>();
  let at = 0;
  for (let i = 0; i < vocabulary.length; i++) {
    const list = new Array<number>(counts[i]);
    for (let j = 0; j < list.length; j++) list[j] = flat[at + j];
    at += list.length;
    postings.set(vocabulary[i], list);
  }
  const abbreviations = new Map(parsed.abbreviations as Array<[string, AbbreviationDefinition[]]>);
  adoptAnswerStatistics(kb, { postings, vocabulary, abbreviations });
  return true;
}

/**
 * Makes kb ready to answer: restores its saved answer index from dataDir, or builds it and saves it
 * for the next start. Either way the first question does not pay for it.
 */
export async function prepareAnsweringWithStore(dataDir: string, kb: KnowledgeBase): Promise<'restored' | 'built'> {
  if (await restoreAnswerIndex(dataDir, kb)) return 'restored';
  await saveAnswerIndex(dataDir, kb, answerIndexFor(kb));
  return 'built';
}

function base64(array: Uint32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function uint32(text: string): Uint32Array {
  const buffer = Buffer.from(text, 'base64');
  // Typed-array views need 4-byte alignment; a pooled small Buffer may not have it.
  const bytes = buffer.byteOffset % 4 === 0 ? buffer : new Uint8Array(buffer);
  return new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 4));
}
