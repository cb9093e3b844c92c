/**
 * Paragraph-size passages (about 300–1 200 characters) per document and section. Paragraphs are
 * rebuilt first so that double-spaced dumps (a blank after every line) and one-paragraph-per-line
 * markdown give the same kind of passage: a blank line only ends a paragraph when the sentence
 * has ended or the next line starts something new.
 */
import type { CleanedText } from './clean.js';
import { type Heading, sectionPaths } from './headings.js';
import { findYears } from './patterns.js';
import type { LogicalDocument, Passage } from './types.js';

const MIN_CHARS = 300;
const MAX_CHARS = 1200;

interface Paragraph {
  from: number;
  to: number;
  text: string;
  /** Where each source line starts in `text`, so a split keeps exact line ranges. */
  starts: { line: number; offset: number }[];
  section: string[];
  heading: boolean;
}

export function buildPassages(text: CleanedText, documents: readonly LogicalDocument[], headings: readonly Heading[]): Passage[] {
  const passages: Passage[] = [];
  for (const document of documents) {
    const paragraphs = documentParagraphs(text, document, headings);
    const used = new Set<string>();
    for (const chunk of chunkParagraphs(paragraphs)) {
      const passage = toPassage(text, document, chunk);
      // Two pieces of one over-long line would share an id; number the later ones.
      for (let k = 2; used.has(passage.id); k++) passage.id = `${document.id}:${chunk.from + 1}+${k}`;
      used.add(passage.id);
      passages.push(passage);
    }
  }
  return passages;
}

function documentParagraphs(text: CleanedText, document: LogicalDocument, headings: readonly Heading[]): Paragraph[] {
  const from = document.lines[0] - 1;
  const to = document.lines[1] - 1;
  const paths = sectionPaths(headings, from, to);
  const typicalLength = typicalLineLength(text, from, to);
  const paragraphs: Paragraph[] = [];
  let section: string[] = [];
  let current: Paragraph | undefined;
  let blankSince = false;

  const flush = () => {
    if (current) paragraphs.push(current);
    current = undefined;
  };

  let seenContent = false;
  for (let i = from; i <= to; i++) {
    const line = text.lines[i];
    if (text.info[i].furniture) continue;
    if (!line) {
      blankSince = true;
      continue;
    }
    // The document's short title with its page mark ("Regional handlingsplan SYV 2026–2028 1 (7)") below page 1's
    // text is its footer: it titles the document at its top only.
    if (seenContent && text.info[i].pageHeader !== undefined) continue;
    seenContent = true;
    const path = paths.get(i);
    if (path) {
      flush();
      section = path;
      paragraphs.push({ from: i, to: i, text: line, starts: [{ line: i, offset: 0 }], section, heading: true });
      blankSince = false;
      continue;
    }
    const continues =
      current &&
      (blankSince ? sentenceContinues(current.text, line) : !startsNewParagraph(text, i, current, typicalLength)) &&
      !startsNewItem(text, i, current);
    if (current && continues) {
      const joined = joinLine(current.text, line);
      current.starts.push({ line: i, offset: joined.length - line.length });
      current.text = joined;
      current.to = i;
    } else {
      flush();
      current = { from: i, to: i, text: line, starts: [{ line: i, offset: 0 }], section, heading: false };
    }
    blankSince = false;
  }
  flush();
  return paragraphs;
}

/** The length of a full line of running text in this document (PDF text without blank lines needs it). */
function typicalLineLength(text: CleanedText, from: number, to: number): number {
  const lengths: number[] = [];
  for (let i = from; i <= to; i++) if (text.lines[i]) lengths.push(text.lines[i].length);
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)] ?? 0;
}

/**
 * Without a blank line, a new paragraph starts at a numbered item, or after a short line that
 * ends a sentence (the last line of a paragraph stops before the margin).
 */
function startsNewParagraph(text: CleanedText, i: number, current: Paragraph, typicalLength: number): boolean {
  const line = text.lines[i];
  if (/^\d{1,2}[.)]\s+\S/.test(line)) return true;
  const previous = text.lines[current.to];
  return /[.!?:]["”)]?$/.test(previous) && /^[\p{Lu}"”(]/u.test(line) && previous.length < typicalLength * 0.6;
}

function sentenceContinues(previous: string, line: string): boolean {
  return !/[.!?:;]["”)]?$/.test(previous) && /^[\p{Ll}\d(]/u.test(line);
}

function startsNewItem(text: CleanedText, i: number, current: Paragraph): boolean {
  // Each list item stays a line of its own, but the list stays in one paragraph with its lead-in.
  return text.info[i].bullet === true && current.text.length > MAX_CHARS / 2;
}

function joinLine(previous: string, line: string): string {
  if (/^- /.test(line)) return `${previous}\n${line}`;
  return `${previous} ${line}`;
}

interface Chunk {
  from: number;
  to: number;
  text: string;
  section: string[];
}

/** Groups paragraphs of one section into passages; splits over-long paragraphs at sentence ends. */
function chunkParagraphs(paragraphs: Paragraph[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | undefined;
  const flush = () => {
    if (current && current.text.trim()) chunks.push(current);
    current = undefined;
  };
  for (const paragraph of paragraphs) {
    if (current && paragraph.section !== current.section && !sameSection(paragraph.section, current.section)) flush();
    if (paragraph.heading && current && current.text.length >= MIN_CHARS / 2) flush();
    for (const piece of splitLong(paragraph)) {
      if (current && current.text.length + piece.text.length + 1 > MAX_CHARS) flush();
      if (!current) {
        current = { ...piece, section: paragraph.section };
        continue;
      }
      current.text = `${current.text}\n${piece.text}`;
      current.to = piece.to;
      current.section = paragraph.section;
      if (current.text.length >= MIN_CHARS && !paragraph.heading && endsSentence(current.text)) {
        // Long enough: start a new passage at the next paragraph.
        if (current.text.length >= MAX_CHARS * 0.6) flush();
      }
    }
  }
  flush();
  return chunks;
}

function sameSection(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

function endsSentence(text: string): boolean {
  return /[.!?:]["”)]?$/.test(text.trim());
}

function splitLong(paragraph: Paragraph): { from: number; to: number; text: string }[] {
  if (paragraph.text.length <= MAX_CHARS) return [paragraph];
  const sentences = paragraph.text.match(/[^.!?]+(?:[.!?]+["”)]?\s*|$)/g) ?? [paragraph.text];
  const pieces: { from: number; to: number; text: string }[] = [];
  let buffer = '';
  let bufferStart = 0;
  let offset = 0;
  const push = () => {
    if (!buffer.trim()) return;
    pieces.push({ from: lineAt(paragraph, bufferStart), to: lineAt(paragraph, bufferStart + buffer.trimEnd().length - 1), text: buffer.trim() });
  };
  for (const sentence of sentences) {
    if (buffer && buffer.length + sentence.length > MAX_CHARS * 0.8) {
      push();
      buffer = '';
      bufferStart = offset;
    }
    // A single sentence longer than a passage is cut at a space.
    let rest = sentence;
    while (rest.length > MAX_CHARS) {
      const cut = rest.lastIndexOf(' ', MAX_CHARS - 1) > 0 ? rest.lastIndexOf(' ', MAX_CHARS - 1) : MAX_CHARS;
      buffer = rest.slice(0, cut);
      push();
      offset += cut;
      bufferStart = offset;
      rest = rest.slice(cut);
      buffer = '';
    }
    buffer += rest;
    offset += rest.length;
  }
  push();
  return pieces;
}

/** The source line holding a character offset of a paragraph. */
function lineAt(paragraph: Paragraph, offset: number): number {
  let line = paragraph.from;
  for (const start of paragraph.starts) {
    if (start.offset > offset) break;
    line = start.line;
  }
  return line;
}

function toPassage(text: CleanedText, document: LogicalDocument, chunk: Chunk): Passage {
  const pages = [];
  for (let i = chunk.from; i <= chunk.to; i++) if (text.info[i].page) pages.push(text.info[i].page!);
  const year = passageYear(chunk, document);
  return {
    id: `${document.id}:${chunk.from + 1}`,
    text: chunk.text,
    source: {
      file: document.file,
      documentId: document.id,
      title: document.title,
      section: chunk.section,
      ...(pages.length ? { page: pages[0] } : {}),
      lines: [chunk.from + 1, chunk.to + 1],
    },
    ...(year ? { year } : {}),
  };
}

/** The year a passage speaks of: its heading's year, its document's single year, or its only year. */
function passageYear(chunk: Chunk, document: LogicalDocument): number | undefined {
  for (let s = chunk.section.length - 1; s >= 0; s--) {
    const years = findYears(chunk.section[s]);
    if (years.length === 1) return years[0];
  }
  if (document.period?.length === 1) return document.period[0];
  const years = findYears(chunk.text);
  if (years.length === 1 && (!document.period?.length || document.period.includes(years[0]))) return years[0];
  return undefined;
}
