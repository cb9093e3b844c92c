/**
 * Shared by the ask and eval commands: `--corpus DIR` (repeatable) answers from those directories,
 * built in memory; without it the prebuilt index in DATA_DIR is reused when it matches the corpus.
 */
import { existsSync, statSync } from 'node:fs';
import { loadKnowledgeBase, buildKnowledgeBase, type KnowledgeBase } from '../knowledge/index.js';

export interface KnowledgeArgs {
  corpusDirs: string[];
}

export function takeCorpusArgs(args: string[]): { corpusDirs: string[]; rest: string[] } {
  const corpusDirs: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--corpus') {
      const dir = args[i + 1];
      if (!dir) throw new Error('--corpus needs a directory, e.g. --corpus ../shared/docs/examples');
      corpusDirs.push(dir);
      i += 1;
    } else if (arg.startsWith('--corpus=')) {
      corpusDirs.push(arg.slice('--corpus='.length));
    } else {
      rest.push(arg);
    }
  }
  for (const dir of corpusDirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`--corpus ${dir}: not a directory`);
  }
  return { corpusDirs, rest };
}

export async function openKnowledgeBase(corpusDirs: string[]): Promise<KnowledgeBase> {
  const seedsDir = 'seeds';
  if (corpusDirs.length > 0) return buildKnowledgeBase({ corpusDirs, seedsDir });
  const dataDir = process.env.DATA_DIR || './data';
  const { kb } = await loadKnowledgeBase({ corpusDirs: ['corpus'], seedsDir, dataDir });
  return kb;
}
