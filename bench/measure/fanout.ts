/** Agenda fan-out: one agenda to 1,000 channels (100 with --quick) under Teams' limits, in its own process. */
import { REPO_ROOT, runProbe } from '../child.js';
import path from 'node:path';

export interface FanoutResult {
  channels: number;
  seconds: number;
  achieved_per_s: number;
  ceiling_per_s: number;
  rate_share_of_ceiling: number;
  duplicates: number;
  missed: number;
  throttled: number;
  outcomes: Record<string, number>;
  second_run: { seconds: number; outcomes: Record<string, number>; new_posts: number };
  meeting: { id: string; items: number };
  card_bytes: number;
  notes: string[];
}

export async function measureFanout(options: { channels: number; prebuiltDir: string; log: (line: string) => void }): Promise<FanoutResult> {
  const result = await runProbe<Omit<FanoutResult, 'notes'>>('probes/fanout.ts', {
    args: ['--channels', String(options.channels), '--data', options.prebuiltDir, '--corpus', path.join(REPO_ROOT, 'corpus')],
    timeoutMs: 10 * 60_000,
  });
  const notes: string[] = [];
  if (result.second_run.new_posts > 0) notes.push(`publishing again posted ${result.second_run.new_posts} more cards (should be 0)`);
  if (result.throttled > 0) notes.push(`${result.throttled} requests were refused with 429 by the connector (the poster's limiter should keep this near 0)`);
  options.log(`  fan-out: ${result.channels} channels in ${result.seconds.toFixed(1)} s = ${result.achieved_per_s.toFixed(1)}/s (${(result.rate_share_of_ceiling * 100).toFixed(1)} % of ${result.ceiling_per_s}/s), ${result.duplicates} duplicates, ${result.missed} missed, ${result.throttled} × 429`);
  return { ...result, notes };
}
