/**
 * Probe (fresh process): loads the prebuilt knowledge base and answer index from `--data` as the bot
 * does at start, reports load time and memory, then times whole answerQuestion() calls over the
 * development questions (`--rounds` times; the first call, which fills answering's lazy caches, separately),
 * the answering accuracy with the evaluation's scoring rule, and the two baselines.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { answerQuestion } from '../../src/answering/index.js';
import { isCorrect } from '../../src/answering/score.js';
import { restoreAnswerIndex } from '../../src/answering/answer-index-store.js';
import { loadKnowledgeBase } from '../../src/knowledge/index.js';
import { buildLunrEnglish, buildMiniSearch, type Baseline } from '../baselines.js';
import { printResult } from '../child.js';
import { profilePhases } from '../phase-profile.js';
import { ANSWER_PHASES, LOAD_PHASES } from '../phases.js';
import { readDevQuestions } from '../questions.js';
import { timeRounds } from '../rounds.js';
import { medianPercentiles } from '../stats.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    data: { type: 'string' },
    seeds: { type: 'string', default: 'seeds' },
    rounds: { type: 'string', default: '3' },
    /** Time budget per system (ours, each baseline) for the timed rounds, in seconds. */
    'budget-seconds': { type: 'string', default: '30' },
    'no-baselines': { type: 'boolean', default: false },
  },
});
if (!values.corpus || !values.data) throw new Error('usage: serve-load.ts --corpus DIR --data DIR [--rounds N]');
const rounds = Number(values.rounds);
const budgetMs = Number(values['budget-seconds']) * 1000;
const mb = (bytes: number) => bytes / 2 ** 20;

global.gc?.();
const started = performance.now();
// As the bot starts: the knowledge base, then the answer index saved beside it (built on the first answer if absent).
/** Untimed warm-up of each system before its timed rounds: the same for this project and the baselines. */
const WARM_UP_MS = 5_000;

const loaded = await profilePhases(Object.keys(LOAD_PHASES), async () => {
  const opened = await loadKnowledgeBase({ corpusDirs: [path.resolve(values.corpus!)], seedsDir: path.resolve(values.seeds!), dataDir: values.data });
  return { ...opened, answerIndexRestored: await restoreAnswerIndex(values.data!, opened.kb) };
});
const loadMs = performance.now() - started;
const { kb, rebuilt, answerIndexRestored } = loaded.result;
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
  process.stderr.write(`    loaded in ${(loadMs / 1000).toFixed(1)} s, first answer ${(firstAnswerMs / 1000).toFixed(1)} s\n`);

  let correct = 0;
  const failures: string[] = [];
  const ours = timeRounds(
    questions,
    (question, round) => {
      const answer = answerQuestion(kb, question.question);
      if (round !== 0) return;
      if (isCorrect(question, { answered: answer.answered, answer: answer.text })) correct += 1;
      else failures.push(question.id);
    },
    { maxRounds: rounds, budgetMs, warmUpMs: WARM_UP_MS },
  );
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
      const timed = timeRounds(questions, (question) => baseline.search(question.question), { maxRounds: rounds, budgetMs, minSamples: 20, warmUpMs: WARM_UP_MS });
      baselineResults[baseline.key] = {
        build_ms: baseline.buildMs,
        answer_ms: medianPercentiles(timed.perRound),
        p95_runs: timed.perRound.map((r) => r.p95),
        samples: timed.samples,
        partial: timed.partial,
      };
      process.stderr.write(`    baseline ${baseline.key}: built in ${(baseline.buildMs / 1000).toFixed(1)} s, ${timed.samples} searches timed\n`);
    }
  }
  answers = {
    questions: questions.length,
    first_answer_ms: firstAnswerMs,
    answer_ms: medianPercentiles(ours.perRound),
    p95_runs: ours.perRound.map((r) => r.p95),
    samples: ours.samples,
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
  answer_index_restored: answerIndexRestored,
  passages: kb.passages.length,
  heap_mb: mb(afterLoad.heapUsed),
  rss_mb: mb(afterLoad.rss),
  heap_warm_mb: mb(afterWarmUp.heapUsed),
  rss_warm_mb: mb(afterWarmUp.rss),
  ...answers,
});
