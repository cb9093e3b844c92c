import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AnswerThreadError, startAnswerThreads, type AnswerThreads } from '../../src/answering/answer-threads.js';
import { answerQuestion } from '../../src/answering/index.js';
import { holdKnowledge } from '../../src/knowledge/knowledge-holder.js';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/index.js';

const MISBEHAVING = path.resolve('tests/answering/fixtures/threads/misbehaving-thread.ts');
const now = new Date('2022-06-10T10:00:00Z');
const started: AnswerThreads[] = [];
const track = (threads: AnswerThreads) => (started.push(threads), threads);
afterEach(async () => {
  await Promise.all(started.splice(0).map((t) => t.close()));
});

describe('answering on worker threads', () => {
  let work: string;
  let sources: { corpusDirs: string[]; seedsDir: string; dataDir: string };
  let kb: KnowledgeBase;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'rjh-answer-threads-'));
    const corpus = path.join(work, 'corpus');
    await cp('corpus', corpus, { recursive: true });
    sources = { corpusDirs: [corpus], seedsDir: path.resolve('seeds'), dataDir: path.join(work, 'data') };
    // What main.ts does first: the main thread loads (here builds) and saves the knowledge base.
    kb = await buildKnowledgeBase(sources);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('answers exactly as answering on this thread does, from the saved knowledge base', async () => {
    const threads = track(startAnswerThreads({ ...sources, threads: 2 }));
    await threads.load(kb.builtAt);
    const questions = ['who chairs kommunchefsgruppen', 'Vad står RUG för?', 'vem föredrar punkt 5 den 7 februari 2022?', 'Hur många invånare har Mars?'];
    const answers = await Promise.all(questions.map((q) => threads.answer(q, { now })));
    expect(answers).toEqual(questions.map((q) => answerQuestion(kb, q, { now })));
    expect(answers[0].citations.length).toBeGreaterThan(0);
  });

  it('answers from the new documents after the holder reloads and saves the knowledge base', async () => {
    const threads = track(startAnswerThreads({ ...sources, threads: 1 }));
    const holder = holdKnowledge(kb, { ...sources, prepare: (fresh) => threads.load(fresh.builtAt) });
    await threads.load(kb.builtAt);
    const question = 'Vem var ordförande i Snöskoterrådet 2031?';
    expect((await threads.answer(question, { now })).answered).toBe(false);
    await cp('tests/answering/fixtures/threads/snoskoterradet-2031.txt', path.join(sources.corpusDirs[0], 'snoskoterradet-2031.txt'));
    const fresh = await holder.reload();
    expect(fresh.builtAt).not.toBe(kb.builtAt);
    const answer = await threads.answer(question, { now });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Lina Östberg');
    expect(answer).toEqual(answerQuestion(fresh, question, { now }));
  });
});

describe('answering threads that fail', () => {
  const fixture = { corpusDirs: ['fixture'], seedsDir: 'seeds', entry: MISBEHAVING };

  it('passes the question and its time to the thread', async () => {
    const threads = track(startAnswerThreads({ ...fixture, threads: 1 }));
    await threads.load();
    expect((await threads.answer('hej', { now })).text).toBe(`hej @ ${now.getTime()}`);
  });

  it('fails the questions of a thread that stops, replaces it, and answers the next question', async () => {
    const exits: unknown[] = [];
    const threads = track(startAnswerThreads({ ...fixture, threads: 1, onThreadExit: (exit) => exits.push(exit) }));
    await threads.load();
    await expect(threads.answer('exit')).rejects.toThrow(AnswerThreadError);
    expect(exits).toEqual([{ thread: 0, code: 3, replaced: true }]);
    expect((await threads.answer('igen')).text).toBe('igen @ no time');
  });

  it('gives up on a question after the timeout and replaces the stuck thread', async () => {
    const threads = track(startAnswerThreads({ ...fixture, threads: 1, timeoutMs: 300 }));
    await threads.load();
    await expect(threads.answer('hang')).rejects.toThrow(/no answer within 300 ms/);
    expect((await threads.answer('sedan')).text).toBe('sedan @ no time');
  });

  it('lets a question wait for a replacement thread that is still loading: the timeout runs from when it can answer', async () => {
    const threads = track(startAnswerThreads({ ...fixture, corpusDirs: ['slow'], threads: 1, timeoutMs: 100 }));
    await threads.load();
    await expect(threads.answer('exit')).rejects.toThrow(AnswerThreadError);
    expect((await threads.answer('under laddning')).text).toBe('under laddning @ no time');
  });

  it('reports a question the thread could not answer as an error', async () => {
    const threads = track(startAnswerThreads({ ...fixture, threads: 1 }));
    await threads.load();
    await expect(threads.answer('throw')).rejects.toThrow('could not answer');
  });

  it('rejects the load when a thread cannot load the knowledge base', async () => {
    const threads = track(startAnswerThreads({ ...fixture, corpusDirs: ['unloadable'], threads: 1 }));
    await expect(threads.load()).rejects.toThrow('corpus unreadable');
  });

  it('refuses questions after closing, and a thread count that is not a positive whole number', async () => {
    const threads = startAnswerThreads({ ...fixture, threads: 1 });
    await threads.load();
    await threads.close();
    await expect(threads.answer('hej')).rejects.toThrow(AnswerThreadError);
    expect(() => startAnswerThreads({ ...fixture, threads: 0 })).toThrow(RangeError);
  });
});
