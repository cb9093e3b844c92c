/** The development questions the latency and accuracy numbers are measured over. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseQuestionSet, type EvalQuestion } from '../src/answering/score.js';
import { REPO_ROOT } from './child.js';

export const DEV_QUESTIONS = path.resolve(REPO_ROOT, '..', 'shared', 'eval', 'dev-questions.jsonl');

/** The question set, or undefined when ../shared/eval is not there (the caller reports a skip). */
export async function readDevQuestions(file = DEV_QUESTIONS): Promise<EvalQuestion[] | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  return parseQuestionSet(text, file);
}
