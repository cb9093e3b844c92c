/** What every extractor receives for one corpus file. */
import type { LineInfo } from '../clean.js';
import type { LogicalDocument, Passage } from '../types.js';

export interface ExtractionInput {
  file: string;
  /** Cleaned lines; lines[0] is line 1 (one cleaned line per source line, furniture blanked). */
  lines: string[];
  /** Source lines as read; rawLines[0] is line 1. */
  rawLines: string[];
  /** Per-line facts from cleaning (page, bullet, removed furniture), same indexes as `lines`. */
  lineInfo?: LineInfo[];
  documents: LogicalDocument[];
  passages: Passage[];
}
