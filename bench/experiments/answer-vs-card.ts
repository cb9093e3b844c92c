/**
 * Of a question's CPU at /api/messages, how much is answering (src/answering, not the Teams edge's to
 * change) and how much the Teams reply built from it (Adaptive Card, citation entities, JSON)?
 * In-process, CPU time per call over ROUNDS rounds of the development questions, after one warm-up round.
 * Usage: npx tsx bench/experiments/answer-vs-card.ts CORPUS_DIR DATA_DIR [ROUNDS]
 */
import path from 'node:path';
import { answerQuestion } from '../../src/answering/index.js';
import { loadKnowledgeBase } from '../../src/knowledge/index.js';
import { answerCitationEntities, buildAnswerCard } from '../../src/teams/cards/answer-card.js';
import { readDevQuestions } from '../questions.js';

const [corpusDir, dataDir, rounds = '5'] = process.argv.slice(2);
if (!corpusDir || !dataDir) throw new Error('usage: answer-vs-card.ts CORPUS_DIR DATA_DIR [ROUNDS]');
const { kb } = await loadKnowledgeBase({ corpusDirs: [path.resolve(corpusDir)], seedsDir: path.resolve('seeds'), dataDir });
const questions = ((await readDevQuestions()) ?? []).map((q) => q.question);
if (questions.length === 0) throw new Error('no development questions (../shared/eval)');
const now = new Date();
const cpuUs = () => {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
};
let answerUs = 0;
let replyUs = 0;
let calls = 0;
for (let round = 0; round <= Number(rounds); round++) {
  for (const question of questions) {
    const a = cpuUs();
    const answer = answerQuestion(kb, question, { now });
    const b = cpuUs();
    const body = JSON.stringify({ attachments: [buildAnswerCard(question, answer)], entities: answerCitationEntities(answer) });
    const c = cpuUs();
    if (round === 0 || body.length === 0) continue; // warm-up round
    answerUs += b - a;
    replyUs += c - b;
    calls += 1;
  }
}
// The reply alone, over answers computed beforehand: the interleaved figure above also carries the
// garbage collections that answering's allocations trigger during the reply.
const answers = questions.map((question) => ({ question, answer: answerQuestion(kb, question, { now }) }));
const replyStarted = cpuUs();
let replies = 0;
for (let round = 0; round < 20; round++) {
  for (const { question, answer } of answers) {
    replies += JSON.stringify({ attachments: [buildAnswerCard(question, answer)], entities: answerCitationEntities(answer) }).length > 0 ? 1 : 0;
  }
}
const replyAloneMs = (cpuUs() - replyStarted) / replies / 1000;
console.log(`${calls} questions: answerQuestion ${(answerUs / calls / 1000).toFixed(2)} ms CPU each; answer card + entities + JSON ${(replyUs / calls / 1000).toFixed(3)} ms interleaved, ${replyAloneMs.toFixed(3)} ms alone`);
