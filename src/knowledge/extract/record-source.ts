/** Where a record found on some lines comes from, and which year it speaks of (shared by the role, result and figure extractors). */
import type { LogicalDocument, Passage, SourceRef } from '../types.js';
import type { ExtractionInput } from './input.js';
import * as owners from './source.js';

/** The document holding a 1-based line (an O(1) lookup in the per-file table of source.ts). */
export function documentAt(input: ExtractionInput, line: number): LogicalDocument | undefined {
  return owners.documentAt(input, line - 1);
}

/** The first passage holding a 1-based line. */
export function passageAt(input: ExtractionInput, line: number): Passage | undefined {
  return owners.passageAt(input, line - 1);
}

/** Source of lines [from, to] (1-based); undefined outside every logical document. */
export function sourceForLines(input: ExtractionInput, from: number, to: number): SourceRef | undefined {
  const document = documentAt(input, from);
  if (!document) return undefined;
  const passage = passageAt(input, from) ?? input.passages.filter((p) => p.source.documentId === document.id && p.source.lines[0] <= from).pop();
  const page = input.lineInfo?.[from - 1]?.page ?? passage?.source.page;
  return {
    file: input.file,
    documentId: document.id,
    title: document.title,
    section: passage?.source.section ?? [],
    ...(page !== undefined ? { page } : {}),
    lines: [from, Math.max(from, to)],
  };
}

/** The year lines speak of: their passage's year, else the document's single period year or date year. */
export function yearAt(input: ExtractionInput, line: number): number | undefined {
  const passage = passageAt(input, line);
  if (passage?.year) return passage.year;
  const document = documentAt(input, line);
  if (document?.period?.length === 1) return document.period[0];
  if (document?.date) return Number(document.date.slice(0, 4));
  return undefined;
}

/** 1-based line of the first cleaned line in [from, to] containing the text (case-insensitive), else from. */
export function lineOf(input: ExtractionInput, text: string, from: number, to: number): number {
  const needle = text.toLowerCase();
  for (let line = from; line <= to; line += 1) {
    if ((input.lines[line - 1] ?? '').toLowerCase().includes(needle)) return line;
  }
  return from;
}
