/**
 * Reads corpus files (.txt, .md, .html, .pdf) into raw lines. A file that cannot be read is
 * returned as a problem with its name and reason, so one bad file never stops an ingest.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IngestProblem } from './types.js';

export interface SourceText {
  /** Name used in citations: the base name, or dir/name when two corpus dirs share a name. */
  file: string;
  path: string;
  format: 'txt' | 'md' | 'html' | 'pdf';
  rawLines: string[];
  /** Real PDF page per line (PDF sources only). */
  pages?: number[];
}

export interface SourceFile {
  file: string;
  path: string;
  bytes: Buffer;
}

const READABLE = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.pdf']);

/** Lists the readable files of the corpus dirs in a stable order, with their bytes. */
export async function listSourceFiles(dirs: readonly string[]): Promise<{ files: SourceFile[]; problems: IngestProblem[] }> {
  const files: SourceFile[] = [];
  const problems: IngestProblem[] = [];
  const names = new Set<string>();
  for (const dir of dirs) {
    let entries: string[];
    try {
      entries = (await readdir(dir)).sort();
    } catch (error) {
      problems.push({ file: dir, reason: `corpus folder cannot be read: ${(error as Error).message}` });
      continue;
    }
    for (const entry of entries) {
      if (!READABLE.has(path.extname(entry).toLowerCase())) continue;
      // A folder's README documents the corpus; it is not part of it.
      if (/^readme\./i.test(entry)) continue;
      const full = path.join(dir, entry);
      try {
        const bytes = await readFile(full);
        const file = names.has(entry) ? path.join(path.basename(dir), entry) : entry;
        names.add(entry);
        files.push({ file, path: full, bytes });
      } catch (error) {
        problems.push({ file: entry, reason: `cannot be read: ${(error as Error).message}` });
      }
    }
  }
  return { files, problems };
}

export async function readSource(source: SourceFile): Promise<SourceText> {
  const ext = path.extname(source.path).toLowerCase();
  if (ext === '.pdf') return readPdf(source);
  const text = decodeText(source.bytes, source.file);
  if (ext === '.html' || ext === '.htm') {
    return { file: source.file, path: source.path, format: 'html', rawLines: htmlToLines(text) };
  }
  const format = ext === '.txt' ? 'txt' : 'md';
  return { file: source.file, path: source.path, format, rawLines: text.split('\n').map((l) => l.replace(/\r$/, '')) };
}

function decodeText(bytes: Buffer, file: string): string {
  if (bytes.includes(0)) throw new Error(`${file} looks binary (contains NUL bytes), not text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.replace(/^\uFEFF/, '');
}

async function readPdf(source: SourceFile): Promise<SourceText> {
  if (!source.bytes.subarray(0, 1024).toString('latin1').includes('%PDF-')) {
    throw new Error('not a PDF (no %PDF- header)');
  }
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(source.bytes) });
  try {
    const result = await parser.getText();
    const rawLines: string[] = [];
    const pages: number[] = [];
    for (const page of result.pages) {
      for (const line of page.text.split('\n')) {
        rawLines.push(line.replace(/\r$/, ''));
        pages.push(page.num);
      }
    }
    return { file: source.file, path: source.path, format: 'pdf', rawLines, pages };
  } finally {
    await parser.destroy();
  }
}

const BLOCK_TAGS = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|main|nav|blockquote|pre|dt|dd|title)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', sect: '§' };

/** Text of an HTML page: block elements become line breaks, list items bullets, headings '#'. */
export function htmlToLines(html: string): string[] {
  const text = html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<h([1-6])\b[^>]*>/gi, (_m, level: string) => `\n${'#'.repeat(Number(level))} `)
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<td\b[^>]*>/gi, '\t')
    .replace(BLOCK_TAGS, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, code: string) => decodeEntity(whole, code));
  return text.split('\n').map((line) => line.replace(/[ \t]+$/g, '').replace(/^[ \t]+(?=#)/, ''));
}

function decodeEntity(whole: string, code: string): string {
  if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
  if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
  return ENTITIES[code.toLowerCase()] ?? whole;
}
