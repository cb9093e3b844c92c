/**
 * Times a call over the question set in rounds, within a time budget: at 100× a single search of a
 * plain baseline can take a second, and the whole benchmark has to stay within minutes.
 */
import { percentilesOf, type Percentiles } from './stats.js';

export interface RoundPlan {
  maxRounds: number;
  /**
   * Untimed calls over the questions first, repeated until this long has passed, so the JIT has compiled and
   * settled the hot paths as in a server that has answered a few hundred questions (one pass left V8 mid-tiering:
   * per-round p95 then swung 2–3× between rounds).
   */
  warmUpMs: number;
  /** Stop starting new rounds after this long; a round may be cut short once `minSamples` calls are in. */
  budgetMs: number;
  /** Cut-short rounds still time at least this many calls (the whole first round when undefined). */
  minSamples?: number;
}

export interface TimedRounds {
  perRound: Percentiles[];
  samples: number;
  /** True when the first round was cut short by the budget (not every question was timed). */
  partial: boolean;
}

export function timeRounds<Q>(questions: readonly Q[], call: (question: Q, round: number) => void, plan: RoundPlan): TimedRounds {
  const warmUpStarted = performance.now();
  for (let k = 0; questions.length > 0 && performance.now() - warmUpStarted <= plan.warmUpMs; k += 1) call(questions[k % questions.length], -1);
  const started = performance.now();
  const perRound: Percentiles[] = [];
  let samples = 0;
  let partial = false;
  for (let round = 0; round < plan.maxRounds; round++) {
    if (round > 0 && performance.now() - started > plan.budgetMs) break;
    const times: number[] = [];
    for (const question of questions) {
      const overBudget = performance.now() - started > plan.budgetMs;
      if (overBudget && plan.minSamples !== undefined && samples + times.length >= plan.minSamples) {
        partial = round === 0;
        break;
      }
      const t0 = performance.now();
      call(question, round);
      times.push(performance.now() - t0);
    }
    samples += times.length;
    perRound.push(percentilesOf(times));
    if (partial) break;
  }
  return { perRound, samples, partial };
}
