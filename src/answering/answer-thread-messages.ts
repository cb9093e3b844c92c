/** What the main thread and an answering worker thread say to each other (answer-threads.ts, answer-thread.ts). */
import type { Answer } from './compose.js';

export type ThreadRequest =
  /** savedOnly: load the knowledge base saved in DATA_DIR if it matches the sources, build nothing (answers `builtAt: null` otherwise). */
  | { type: 'load'; id: number; savedOnly?: boolean }
  | { type: 'answer'; id: number; question: string; /** epoch ms */ now?: number };

export type ThreadReply =
  | { type: 'loaded'; id: number; builtAt: string | null }
  | { type: 'answered'; id: number; answer: Answer }
  | { type: 'failed'; id: number; message: string };
