/** Summaries of repeated measurements: the median with its spread, and latency percentiles. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('spreadOf needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), min: sorted[0], max: sorted[sorted.length - 1], runs: values.length };
}

export function percentilesOf(values: readonly number[]): Percentiles {
  if (values.length === 0) throw new Error('percentilesOf needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99) };
}

/** Linear interpolation between closest ranks, on an ascending array. */
export function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** Median of each percentile over repeated runs, e.g. three rounds of the question set. */
export function medianPercentiles(runs: readonly Percentiles[]): Percentiles {
  return {
    p50: spreadOf(runs.map((r) => r.p50)).median,
    p95: spreadOf(runs.map((r) => r.p95)).median,
    p99: spreadOf(runs.map((r) => r.p99)).median,
  };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
