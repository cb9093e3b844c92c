/** Questions posted to /api/messages and answered on worker threads, as `npm start` runs with ANSWER_THREADS ≥ 1. */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnswerThreads, type AnswerThreads } from '../../src/answering/answer-threads.js';
import { answerQuestion } from '../../src/answering/index.js';
import type { KnowledgeBase } from '../../src/knowledge/index.js';
import { loadTestKnowledge } from '../helpers/knowledge.js';
import { startHarness, visibleText, type Harness } from '../helpers/http-harness.js';

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await loadTestKnowledge();
});

describe('POST /api/messages with answering threads', () => {
  let threads: AnswerThreads;
  let harness: Harness;
  beforeAll(async () => {
    // The saved knowledge base loadTestKnowledge() reads: the threads load the same build.
    threads = startAnswerThreads({ corpusDirs: [path.resolve('corpus')], seedsDir: path.resolve('seeds'), dataDir: path.join(tmpdir(), 'rjh-bot-test-knowledge'), threads: 1 });
    await threads.load();
    harness = await startHarness({ kb, answerer: threads });
  });
  afterAll(async () => {
    await harness.close();
    await threads.close();
  });

  it('answers a question with the card that answering on the main thread gives', async () => {
    const question = 'who chairs kommunchefsgruppen';
    const [reply] = await harness.say(question, { locale: 'en-US' });
    const expected = answerQuestion(kb, question, { now: new Date() });
    expect(visibleText(reply!)).toContain(expected.text.split('\n')[0]);
    expect(visibleText(reply!)).toMatch(/Byström/);
  });
});

describe('POST /api/messages when an answering thread fails', () => {
  let threads: AnswerThreads;
  let harness: Harness;
  beforeAll(async () => {
    threads = startAnswerThreads({ corpusDirs: ['fixture'], seedsDir: 'seeds', threads: 1, entry: path.resolve('tests/answering/fixtures/threads/misbehaving-thread.ts') });
    await threads.load();
    harness = await startHarness({ kb, answerer: threads });
  });
  afterAll(async () => {
    await harness.close();
    await threads.close();
  });

  it('tells the user something went wrong, and answers the next question from a fresh thread', async () => {
    const [failed] = await harness.say('exit');
    expect(failed!.text).toMatch(/något gick fel/i);
    const [next] = await harness.say('nästa fråga');
    expect(visibleText(next!)).toContain('nästa fråga @');
  });
});
