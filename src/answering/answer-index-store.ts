/**
 * Saves answering's per-knowledge-base statistics (postings, vocabulary, defined abbreviations; see
 * answer-index.ts) to DATA_DIR/answer-index.bin next to knowledge.json, and restores them at start.
 * Deriving them tokenizes every passage: ~8 s at a 100× corpus, against well under a second to load.
 * Layout: "RJA1", the byte length of a JSON header (uint32), the header, padding to 4 bytes, then the
 * postings length of each token and all postings as raw Uint32Arrays, so loading decodes no text for them.
 * The file belongs to one knowledge base (its corpus hash and build time) and to this answering code
 * (a hash of its source files): anything else is ignored and rebuilt, never trusted.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { KnowledgeBase } from '../knowledge/index.js';
import type { AbbreviationDefinition } from './abbreviations.js';
import { adoptAnswerStatistics, answerIndexFor, type AnswerIndex } from './answer-index.js';

const FILE_NAME = 'answer-index.bin';
const MAGIC = 'RJA1';
const FORMAT = 2;

// Our own output: check the shape and the sizes, not every abbreviation entry.
const headerSchema = z.object({
  format: z.literal(FORMAT),
  corpusHash: z.string(),
  builtAt: z.string(),
  codeHash: z.string(),
  /** The arrays are written in the machine's byte order. */
  endianness: z.enum(['LE', 'BE']),
  passages: z.number().int().nonnegative(),
  /** Sorted tokens joined by "\n" (a token never holds whitespace). */
  tokens: z.string(),
  postingsCount: z.number().int().nonnegative(),
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
  const header = Buffer.from(
    JSON.stringify({
      format: FORMAT,
      corpusHash: kb.corpusHash,
      builtAt: kb.builtAt,
      codeHash: await answeringCodeHash(),
      endianness: os.endianness(),
      passages: kb.passages.length,
      tokens: index.vocabulary.join('\n'),
      postingsCount: total,
      abbreviations: [...index.abbreviations],
    }),
  );
  const prefix = Buffer.alloc(8);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(header.length, 4);
  const padding = Buffer.alloc((4 - ((8 + header.length) % 4)) % 4);
  const bytes = (array: Uint32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  await mkdir(dataDir, { recursive: true });
  const target = answerIndexFile(dataDir);
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, Buffer.concat([prefix, header, padding, bytes(counts), bytes(postings)]));
  await rename(temporary, target);
  return target;
}

/** Restores the saved statistics into answering's cache for kb; false when missing, unreadable or not kb's. */
export async function restoreAnswerIndex(dataDir: string, kb: KnowledgeBase): Promise<boolean> {
  let file: Buffer;
  let parsed: z.infer<typeof headerSchema>;
  let bodyStart: number;
  try {
    file = await readFile(answerIndexFile(dataDir));
    if (file.toString('latin1', 0, 4) !== MAGIC) return false;
    const headerEnd = 8 + file.readUInt32LE(4);
    parsed = headerSchema.parse(JSON.parse(file.toString('utf8', 8, headerEnd)));
    bodyStart = headerEnd + ((4 - (headerEnd % 4)) % 4);
  } catch {
    // Missing, corrupt or of an older format: the caller builds the index.
    return false;
  }
  if (parsed.corpusHash !== kb.corpusHash || parsed.builtAt !== kb.builtAt || parsed.passages !== kb.passages.length) return false;
  if (parsed.endianness !== os.endianness() || parsed.codeHash !== (await answeringCodeHash())) return false;
  const vocabulary = parsed.tokens === '' ? [] : parsed.tokens.split('\n');
  if (file.length !== bodyStart + 4 * (vocabulary.length + parsed.postingsCount)) return false;
  // Typed-array views need 4-byte alignment in the underlying buffer; copy in the rare case it lacks it.
  const body = (file.byteOffset + bodyStart) % 4 === 0 ? file.subarray(bodyStart) : new Uint8Array(file.subarray(bodyStart));
  const counts = new Uint32Array(body.buffer, body.byteOffset, vocabulary.length);
  const flat = new Uint32Array(body.buffer, body.byteOffset + 4 * vocabulary.length, parsed.postingsCount);
  if (counts.reduce((sum, n) => sum + n, 0) !== flat.length) return false;
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
