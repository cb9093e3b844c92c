/**
 * Experiment: deriving answering's index at start versus restoring it from DATA_DIR/answer-index.bin.
 * Loads the prebuilt knowledge base twice, builds the answer index of one and saves it, restores it
 * into the other, checks both are the same and prints the times and the file size:
 * npx tsx bench/experiments/answer-index-store.ts DATA_DIR CORPUS_DIR
 */
import { isDeepStrictEqual } from 'node:util';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { answerIndexFile, restoreAnswerIndex, saveAnswerIndex } from '../../src/answering/answer-index-store.js';
import { answerIndexFor } from '../../src/answering/answer-index.js';
import { loadKnowledgeBase } from '../../src/knowledge/index.js';
import { REPO_ROOT } from '../child.js';

const [dataDir, corpusDir] = process.argv.slice(2);
if (!dataDir || !corpusDir) throw new Error('usage: answer-index-store.ts DATA_DIR CORPUS_DIR');
const options = { corpusDirs: [path.resolve(corpusDir)], seedsDir: path.join(REPO_ROOT, 'seeds'), dataDir };
const time = async <T>(label: string, run: () => T | Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await run();
  console.log(`${label}: ${(performance.now() - started).toFixed(0)} ms`);
  return result;
};

const built = await time('load knowledge.json', async () => (await loadKnowledgeBase(options)).kb);
const index = await time('build answer index', () => answerIndexFor(built));
await time('save answer-index.bin', () => saveAnswerIndex(dataDir, built, index));
console.log(`answer-index.bin: ${((await stat(answerIndexFile(dataDir))).size / 2 ** 20).toFixed(1)} MB`);
const fresh = (await loadKnowledgeBase(options)).kb;
if (fresh.builtAt !== built.builtAt) throw new Error('the knowledge base was rebuilt between the two loads');
const restored = await time('restore answer index', () => restoreAnswerIndex(dataDir, fresh));
if (!restored) throw new Error('not restored');
const again = answerIndexFor(fresh);
const same =
  isDeepStrictEqual(again.vocabulary, index.vocabulary) &&
  index.vocabulary.every((token) => isDeepStrictEqual(again.postings.get(token), index.postings.get(token)) && again.documentFrequency.get(token) === index.documentFrequency.get(token)) &&
  isDeepStrictEqual([...again.abbreviations], [...index.abbreviations]) &&
  isDeepStrictEqual(again.entities, index.entities) &&
  isDeepStrictEqual([...again.personNames], [...index.personNames]);
console.log(`restored index equals the built one: ${same}`);
