/** The shape of one benchmark run, as `--json` prints it. */
import type { Machine } from './machine.js';
import type { EndpointResult } from './measure/endpoint.js';
import type { FanoutResult } from './measure/fanout.js';
import type { ScaleResult } from './measure/scale.js';

export interface BenchResult {
  machine: Machine & { load_average_start: number[]; load_average_end: number[] };
  settings: { runs: number; quick: boolean; seed: number; load_seconds: number };
  scales: Record<string, ScaleResult>;
  endpoint?: EndpointResult;
  fanout?: FanoutResult | { skipped: string };
  errors: string[];
}
