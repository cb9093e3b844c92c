/**
 * One ingest pass: read → clean → headings → documents → passages → records, per file, then
 * curated records and the search index. Everything after reading is synchronous and linear in
 * the corpus size.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanLines } from './clean.js';
import { loadCurated, mergeCurated } from './curated.js';
import { extractFigures } from './extract/figures.js';
import type { ExtractionInput } from './extract/input.js';
import { extractMeetings } from './extract/meetings.js';
import { linkMeetingsToOrgans } from './link-organs.js';
import { addStatedCompositions, extractOrgans, mergeOrganRecords, organNamesIndex } from './extract/organs.js';
import { extractPeople, mergePeopleRecords } from './extract/people.js';
import { extractQuestionnaires } from './extract/questionnaires.js';
import { extractResults } from './extract/results.js';
import { extractRoles } from './extract/roles.js';
import { findHeadings } from './headings.js';
import { buildPassages } from './passages.js';
import { listSourceFiles, readSource, type SourceFile } from './read-sources.js';
import { buildPassageSearch, type PassageSearch } from './search-index.js';
import { segmentDocuments } from './segment.js';
import type { IngestProblem, LogicalDocument, Passage, Records } from './types.js';

export interface KnowledgeSources {
  corpusDirs: string[];
  seedsDir: string;
}

export interface BuiltKnowledge {
  corpusHash: string;
  builtAt: string;
  documents: LogicalDocument[];
  passages: Passage[];
  records: Records;
  problems: IngestProblem[];
  search: PassageSearch;
}

export function emptyRecords(): Records {
  return { organs: [], people: [], roles: [], results: [], meetings: [], figures: [], questionnaires: [] };
}

export async function buildKnowledge(sources: KnowledgeSources, now: () => Date = () => new Date()): Promise<BuiltKnowledge> {
  const { files, problems } = await listSourceFiles(sources.corpusDirs);
  const curated = await loadCurated(sources.seedsDir);
  problems.push(...curated.problems);
  const documents: LogicalDocument[] = [];
  const passages: Passage[] = [];
  const records = emptyRecords();
  for (const source of files) {
    const input = await ingestFile(source, problems);
    if (!input) continue;
    documents.push(...input.documents);
    passages.push(...input.passages);
    extractRecords(input, records, problems);
  }
  records.organs = mergeOrganRecords(records.organs);
  records.people = mergePeopleRecords(records.people);
  const merged = mergeCurated(records, curated.records, documents);
  problems.push(...merged.problems);
  problems.push(...addStatedCompositions(merged.records.organs, passages));
  merged.records.meetings = linkMeetingsToOrgans(merged.records.meetings, merged.records.organs);
  const namesOf = organNamesIndex(merged.records.organs);
  const search = buildPassageSearch(passages, (p, words) => namesOf(p.text, words));
  return {
    corpusHash: await hashSources(files, sources.seedsDir),
    builtAt: now().toISOString(),
    documents,
    passages,
    records: merged.records,
    problems,
    search,
  };
}

async function ingestFile(source: SourceFile, problems: IngestProblem[]): Promise<ExtractionInput | undefined> {
  try {
    const read = await readSource(source);
    const cleaned = cleanLines(read.rawLines, { pages: read.pages });
    const headings = findHeadings(cleaned);
    const documents = segmentDocuments(read.file, cleaned, headings);
    const passages = buildPassages(cleaned, documents, headings);
    if (!passages.length) problems.push({ file: source.file, reason: 'no text found (empty, scanned or unsupported content)' });
    return { file: read.file, lines: cleaned.lines, rawLines: read.rawLines, lineInfo: cleaned.info, documents, passages };
  } catch (error) {
    problems.push({ file: source.file, reason: `skipped: ${(error as Error).message}` });
    return undefined;
  }
}

const EXTRACTORS: { kind: keyof Records; run: (input: ExtractionInput) => unknown[] }[] = [
  { kind: 'meetings', run: extractMeetings },
  { kind: 'questionnaires', run: extractQuestionnaires },
  { kind: 'organs', run: extractOrgans },
  { kind: 'people', run: extractPeople },
  { kind: 'roles', run: extractRoles },
  { kind: 'results', run: extractResults },
  { kind: 'figures', run: extractFigures },
];

/** Runs every extractor; one failing extractor is reported and the others still run. */
function extractRecords(input: ExtractionInput, records: Records, problems: IngestProblem[]): void {
  for (const extractor of EXTRACTORS) {
    try {
      (records[extractor.kind] as unknown[]).push(...extractor.run(input));
    } catch (error) {
      problems.push({ file: input.file, reason: `${extractor.kind} extraction failed: ${(error as Error).message}` });
    }
  }
}

/** The hash a saved knowledge base must carry to be reused for these sources. */
export async function computeCorpusHash(sources: KnowledgeSources): Promise<string> {
  const { files } = await listSourceFiles(sources.corpusDirs);
  return hashSources(files, sources.seedsDir);
}

/**
 * sha256 over corpus names and bytes, curated seeds, and the knowledge code itself: a saved
 * index is reused only when all three are unchanged.
 */
async function hashSources(files: SourceFile[], seedsDir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`corpus:${file.file}\n`).update(file.bytes);
  // Relative names: `npm run ingest` passes "seeds", the bot an absolute path; both must hash alike.
  for (const file of await listFilesRecursive(seedsDir, ['.json'])) hash.update(`seed:${path.relative(seedsDir, file)}\n`).update(await readFile(file));
  const codeDir = path.dirname(fileURLToPath(import.meta.url));
  for (const file of await listFilesRecursive(codeDir, ['.ts', '.js'])) hash.update(`code:${path.relative(codeDir, file)}\n`).update(await readFile(file));
  return hash.digest('hex');
}

async function listFilesRecursive(dir: string, extensions: string[]): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    // A missing seeds folder hashes as "no seeds"; loadCurated reports it as a problem.
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFilesRecursive(full, extensions)));
    else if (extensions.includes(path.extname(entry.name))) files.push(full);
  }
  return files;
}
