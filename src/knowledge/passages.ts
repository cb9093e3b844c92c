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
  section: string[];
  heading: boolean;
}

export function buildPassages(text: CleanedText, documents: readonly LogicalDocument[], headings: readonly Heading[]): Passage[] {
  const passages: Passage[] = [];
  for (const document of documents) {
    const paragraphs = documentParagraphs(text, document, headings);
    for (const chunk of chunkParagraphs(paragraphs)) passages.push(toPassage(text, document, chunk));
  }
  return passages;
}

function documentParagraphs(text: CleanedText, document: LogicalDocument, headings: readonly Heading[]): Paragraph[] {
  const from = document.lines[0] - 1;
  const to = document.lines[1] - 1;
  const paths = sectionPaths(headings, from, to);
  const paragraphs: Paragraph[] = [];
  let section: string[] = [];
  let current: Paragraph | undefined;
  let blankSince = false;

  const flush = () => {
    if (current) paragraphs.push(current);
    current = undefined;
  };

  for (let i = from; i <= to; i++) {
    const line = text.lines[i];
    if (text.info[i].furniture) continue;
    if (!line) {
      blankSince = true;
      continue;
    }
    const path = paths.get(i);
    if (path) {
      flush();
      section = path;
      paragraphs.push({ from: i, to: i, text: line, section, heading: true });
      blankSince = false;
      continue;
    }
    const continues = current && (!blankSince || sentenceContinues(current.text, line)) && !startsNewItem(text, i, current);
    if (current && continues) {
      current.text = joinLine(current.text, line);
      current.to = i;
    } else {
      flush();
      current = { from: i, to: i, text: line, section, heading: false };
    }
    blankSince = false;
  }
  flush();
  return paragraphs;
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
  for (const sentence of sentences) {
    if (buffer && buffer.length + sentence.length > MAX_CHARS * 0.8) {
      pieces.push({ from: paragraph.from, to: paragraph.to, text: buffer.trim() });
      buffer = '';
    }
    buffer += sentence;
  }
  if (buffer.trim()) pieces.push({ from: paragraph.from, to: paragraph.to, text: buffer.trim() });
  return pieces;
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
