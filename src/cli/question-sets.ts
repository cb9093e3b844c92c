/**
 * Where `npm run eval` finds its question sets. A path is a `.jsonl` file, a set folder (its
 * `questions.jsonl`, answered from the folder's own `corpus/` when it has one), or a folder of set folders.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface QuestionSetLocation {
  name: string;
  file: string;
  /** Directories the set is answered from; empty means the command's own corpus. */
  corpusDirs: string[];
}

const QUESTIONS_FILE = 'questions.jsonl';
const SET_CORPUS_DIR = 'corpus';

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function setFolder(dir: string): QuestionSetLocation {
  const corpus = join(dir, SET_CORPUS_DIR);
  return { name: basename(dir), file: join(dir, QUESTIONS_FILE), corpusDirs: isDirectory(corpus) ? [corpus] : [] };
}

export function locateQuestionSets(paths: string[]): QuestionSetLocation[] {
  return paths.flatMap((path) => {
    if (!existsSync(path)) throw new Error(`${path}: no such file or folder`);
    if (!isDirectory(path)) return [{ name: basename(path).replace(/\.jsonl$/, ''), file: path, corpusDirs: [] }];
    if (existsSync(join(path, QUESTIONS_FILE))) return [setFolder(path)];
    const sets = readdirSync(path)
      .sort()
      .map((entry) => join(path, entry))
      .filter((dir) => isDirectory(dir) && existsSync(join(dir, QUESTIONS_FILE)))
      .map(setFolder);
    if (sets.length === 0) throw new Error(`${path}: holds neither ${QUESTIONS_FILE} nor set folders with one`);
    return sets;
  });
}
