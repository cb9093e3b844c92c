import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIndexFile, prepareAnsweringWithStore, restoreAnswerIndex, saveAnswerIndex } from '../../src/answering/answer-index-store.js';
import { answerIndexFor } from '../../src/answering/answer-index.js';
import { answerQuestion } from '../../src/answering/index.js';
import { buildKnowledgeBase, loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/index.js';

const sources = { corpusDirs: ['corpus'], seedsDir: 'seeds' };
const now = new Date('2022-06-10T10:00:00Z');
let dataDir: string;
/** The same saved knowledge base loaded twice: two instances, so answering's per-instance cache is cold for the second. */
let saved: KnowledgeBase;
const loadAgain = async () => (await loadKnowledgeBase({ ...sources, dataDir })).kb;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'rjh-answer-index-'));
  saved = await buildKnowledgeBase({ ...sources, dataDir });
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('answer index store', () => {
  it('restores the same postings, vocabulary, abbreviations and entities that building derives', async () => {
    await saveAnswerIndex(dataDir, saved);
    const fresh = await loadAgain();
    expect(fresh.builtAt).toBe(saved.builtAt);
    expect(await restoreAnswerIndex(dataDir, fresh)).toBe(true);
    const built = answerIndexFor(saved);
    const restored = answerIndexFor(fresh);
    expect(restored.vocabulary).toEqual(built.vocabulary);
    expect(Object.fromEntries(restored.postings)).toEqual(Object.fromEntries(built.postings));
    expect(Object.fromEntries(restored.documentFrequency)).toEqual(Object.fromEntries(built.documentFrequency));
    expect([...restored.abbreviations]).toEqual([...built.abbreviations]);
    expect(restored.entities).toEqual(built.entities);
    const question = 'Vad står RUG för?';
    expect(answerQuestion(fresh, question, { now })).toEqual(answerQuestion(saved, question, { now }));
  });

  it('ignores a file saved for another build of the knowledge base', async () => {
    await saveAnswerIndex(dataDir, saved);
    const other = await buildKnowledgeBase({ ...sources, now: () => new Date('2001-01-01T00:00:00Z') });
    expect(await restoreAnswerIndex(dataDir, other)).toBe(false);
  });

  it('ignores a corrupt or missing file', async () => {
    await writeFile(answerIndexFile(dataDir), '{"format":1,');
    expect(await restoreAnswerIndex(dataDir, await loadAgain())).toBe(false);
    await rm(answerIndexFile(dataDir));
    expect(await restoreAnswerIndex(dataDir, await loadAgain())).toBe(false);
  });

  it('builds and saves when nothing is saved, and restores on the next start', async () => {
    await rm(answerIndexFile(dataDir), { force: true });
    expect(await prepareAnsweringWithStore(dataDir, await loadAgain())).toBe('built');
    expect(await prepareAnsweringWithStore(dataDir, await loadAgain())).toBe('restored');
  });
});
