/**
 * Probe (fresh process): loads the prebuilt knowledge base from `--data` as the bot does at start,
 * reports load time and memory, then times whole answerQuestion() calls over the development
 * questions (`--rounds` times; the first call, which builds answering's lazy index, separately),
 * the answering accuracy with the evaluation's scoring rule, and the two baselines.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { answerQuestion } from '../../src/answering/index.js';
import { isCorrect } from '../../src/answering/score.js';
import { loadKnowledgeBase } from '../../src/knowledge/index.js';
import { buildLunrEnglish, buildMiniSearch, type Baseline } from '../baselines.js';
import { printResult } from '../child.js';
import { profilePhases } from '../phase-profile.js';
import { ANSWER_PHASES, LOAD_PHASES } from '../phases.js';
import { readDevQuestions } from '../questions.js';
import { medianPercentiles, percentilesOf, type Percentiles } from '../stats.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    data: { type: 'string' },
    seeds: { type: 'string', default: 'seeds' },
    rounds: { type: 'string', default: '3' },
    'no-baselines': { type: 'boolean', default: false },
  },
});
if (!values.corpus || !values.data) throw new Error('usage: serve-load.ts --corpus DIR --data DIR [--rounds N]');
const rounds = Number(values.rounds);
const mb = (bytes: number) => bytes / 2 ** 20;

global.gc?.();
const started = performance.now();
const loaded = await profilePhases(Object.keys(LOAD_PHASES), () =>
  loadKnowledgeBase({ corpusDirs: [path.resolve(values.corpus!)], seedsDir: path.resolve(values.seeds!), dataDir: values.data }),
);
const loadMs = performance.now() - started;
const { kb, rebuilt } = loaded.result;
global.gc?.();
const afterLoad = process.memoryUsage();

const questions = await readDevQuestions();
let answers: Record<string, unknown> = { skipped: 'no development questions (../shared/eval/dev-questions.jsonl)' };
let afterWarmUp = afterLoad;
if (questions) {
  const firstStarted = performance.now();
  answerQuestion(kb, questions[0].question);
  const firstAnswerMs = performance.now() - firstStarted;
  global.gc?.();
  afterWarmUp = process.memoryUsage();

  const perRound: Percentiles[] = [];
  let correct = 0;
  const failures: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const times: number[] = [];
    for (const question of questions) {
      const t0 = performance.now();
      const answer = answerQuestion(kb, question.question);
      times.push(performance.now() - t0);
      if (round === 0) {
        if (isCorrect(question, { answered: answer.answered, answer: answer.text })) correct += 1;
        else failures.push(question.id);
      }
    }
    perRound.push(percentilesOf(times));
  }
  // One more round under the sampling profiler, apart from the timed rounds (the profiler costs a few %).
  const profiledRound = await profilePhases(Object.keys(ANSWER_PHASES), async () => {
    for (const question of questions) answerQuestion(kb, question.question);
  });
  const answerPhases = Object.fromEntries(Object.entries(profiledRound.times.phases).map(([name, ms]) => [name, ms / questions.length]));
  const baselineResults: Record<string, unknown> = {};
  if (!values['no-baselines']) {
    for (const build of [buildLunrEnglish, buildMiniSearch]) {
      global.gc?.();
      const baseline: Baseline = build(kb.passages);
      const searchRounds: Percentiles[] = [];
      baseline.search(questions[0].question);
      for (let round = 0; round < rounds; round++) {
        const times: number[] = [];
        for (const question of questions) {
          const t0 = performance.now();
          baseline.search(question.question);
          times.push(performance.now() - t0);
        }
        searchRounds.push(percentilesOf(times));
      }
      baselineResults[baseline.key] = { build_ms: baseline.buildMs, answer_ms: medianPercentiles(searchRounds), p95_runs: searchRounds.map((r) => r.p95) };
    }
  }
  answers = {
    questions: questions.length,
    first_answer_ms: firstAnswerMs,
    answer_ms: medianPercentiles(perRound),
    p95_runs: perRound.map((r) => r.p95),
    accuracy: correct / questions.length,
    answer_phases_ms: answerPhases,
    failures,
    baselines: baselineResults,
  };
}

printResult({
  load_ms: loadMs,
  load_phases_ms: loaded.times.phases,
  rebuilt,
  passages: kb.passages.length,
  heap_mb: mb(afterLoad.heapUsed),
  rss_mb: mb(afterLoad.rss),
  heap_warm_mb: mb(afterWarmUp.heapUsed),
  rss_warm_mb: mb(afterWarmUp.rss),
  ...answers,
});
