/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';

export const SECTIONS = ['scales', 'endpoint', 'fanout'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  json: boolean;
  scales: number[];
  /** Repetitions of each whole measurement (ingest, cold start, question rounds). */
  runs: number;
  quick: boolean;
  sections: Section[];
  seed: number;
  /** Seconds per endpoint load level. */
  loadSeconds: number;
  help: boolean;
}

export const HELP = `Usage: npm run bench -- [options]

Measures ingest, index build, index size, cold start, memory and answer latency at 1×, 10× and 100× corpus
size, with plain lunr and minisearch as baselines; /api/messages throughput against a bare Node server; and
posting one agenda to 1,000 channels through a fake connector with Teams' rate limits.

Options:
  --json             print exactly one JSON object on stdout (progress goes to stderr)
  --scales LIST      corpus scales, e.g. 1x,10x (default 1x,10x,100x)
  --runs N           ingest and cold-start runs per scale (default 3; at 100×: 1 ingest, 2 cold starts);
                     question rounds are time-boxed (3 rounds within 30 s per system)
  --quick            smoke run: 1 run, 1x and 10x only unless --scales says otherwise, 2 s load levels,
                     fan-out to 100 channels at the same limits (about 2 s)
  --only LIST        sections to run: scales,endpoint,fanout (default all)
  --seed N           seed of the synthetic corpus (default 7)
  --load-seconds N   seconds per endpoint load level (default 8; --quick 2)
  --help             this text`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      scales: { type: 'string' },
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      seed: { type: 'string', default: '7' },
      'load-seconds': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const quick = values.quick ?? false;
  const scales = (values.scales ?? (quick ? '1x,10x' : '1x,10x,100x')).split(',').map(parseScale);
  const sections = values.only ? values.only.split(',').map(parseSection) : [...SECTIONS];
  return {
    json: values.json ?? false,
    scales: [...new Set(scales)].sort((a, b) => a - b),
    runs: parseWhole('--runs', values.runs ?? (quick ? '1' : '3'), 1, 50),
    quick,
    sections,
    seed: parseWhole('--seed', values.seed ?? '7', 0, 2 ** 31),
    loadSeconds: parseWhole('--load-seconds', values['load-seconds'] ?? (quick ? '2' : '8'), 1, 120),
    help: values.help ?? false,
  };
}

function parseScale(text: string): number {
  const match = /^\s*(\d+)x?\s*$/i.exec(text);
  const scale = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) throw new Error(`--scales: "${text}" is not a scale like 1x, 10x or 100x`);
  return scale;
}

function parseSection(text: string): Section {
  const section = SECTIONS.find((name) => name === text.trim());
  if (!section) throw new Error(`--only: "${text}" is not one of ${SECTIONS.join(', ')}`);
  return section;
}

function parseWhole(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name}: "${text}" must be a whole number from ${min} to ${max}`);
  return value;
}
