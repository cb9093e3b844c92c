/** Test helpers: real corpus files run through the same steps as an ingest. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanLines, type CleanedText } from '../../src/knowledge/clean.js';
import type { ExtractionInput } from '../../src/knowledge/extract/input.js';
import { findHeadings } from '../../src/knowledge/headings.js';
import { buildPassages } from '../../src/knowledge/passages.js';
import { segmentDocuments } from '../../src/knowledge/segment.js';

export const CORPUS_DIR = path.resolve('corpus');
export const EXAMPLES_DIR = path.resolve('../shared/docs/examples');

export const FILES = {
  plan: '000_ca8af31cdbf7e82d.txt',
  pack2022: '001_6b89cdf688d1bcaf.txt',
  pack2015: '002_0f4709c04ad04a08.txt',
  regionplan: '003_3415f1337b186e8a.txt',
  report2020: '004_e56c094d2fa40fb6.txt',
} as const;

export function rawLinesOf(file: string, dir = CORPUS_DIR): string[] {
  return readFileSync(path.join(dir, file), 'utf8').split('\n');
}

/** Clean → headings → documents → passages, as buildKnowledgeBase does for one file. */
export function prepare(file: string, rawLines: string[] = rawLinesOf(file)): ExtractionInput & { cleaned: CleanedText } {
  const cleaned = cleanLines(rawLines);
  const headings = findHeadings(cleaned);
  const documents = segmentDocuments(file, cleaned, headings);
  const passages = buildPassages(cleaned, documents, headings);
  return { file, lines: cleaned.lines, rawLines, lineInfo: cleaned.info, documents, passages, cleaned };
}

/** 1-based line n of a cleaned text. */
export function line(text: CleanedText, n: number): string {
  return text.lines[n - 1];
}
