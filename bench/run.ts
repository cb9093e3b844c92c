/**
 * `npm run bench`: latency, throughput, memory and scale of the bot, side by side with the alternatives.
 * Progress goes to stderr; stdout gets the table, or with --json exactly one JSON object.
 * See bench/README.md for what each number means.
 */
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, runProbe } from './child.js';
import { describeMachine } from './machine.js';
import { measureEndpoint } from './measure/endpoint.js';
import { measureFanout } from './measure/fanout.js';
import { measureScale } from './measure/scale.js';
import { HELP, parseOptions, type BenchOptions } from './options.js';
import { formatReport } from './report.js';
import type { BenchResult } from './run-types.js';

const log = (line: string) => process.stderr.write(`${line}\n`);
const loadAverage = () => os.loadavg().map((value) => Math.round(value * 100) / 100);

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    log(`${(error as Error).message}\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    console.log(HELP);
    return;
  }

  const startedAt = performance.now();
  const result: BenchResult = {
    machine: { ...describeMachine(), load_average_start: loadAverage(), load_average_end: [] },
    settings: { runs: options.runs, quick: options.quick, seed: options.seed, load_seconds: options.loadSeconds },
    scales: {},
    errors: [],
  };
  log(`bench: ${result.machine.cores} cores, ${result.machine.cpu}, Node ${result.machine.node}; load average ${result.machine.load_average_start.join(' ')}`);

  const attempt = async <T>(what: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      // One failing section must not cost the others' numbers: report it and go on.
      const message = `${what}: ${(error as Error).message}`;
      result.errors.push(message);
      log(`bench: FAILED ${message}`);
      return undefined;
    }
  };

  if (options.sections.includes('scales')) {
    for (const scale of options.scales) {
      log(`bench: corpus scale ${scale}×`);
      const measured = await attempt(`scale ${scale}x`, () => measureScale({ scale, runs: options.runs, seed: options.seed, quick: options.quick, log }));
      if (measured) result.scales[`${scale}x`] = measured;
    }
  }

  const needsPrebuilt = options.sections.includes('endpoint') || options.sections.includes('fanout');
  const prebuilt1x = path.join(os.tmpdir(), 'rjh-bench', 'data-1x');
  if (needsPrebuilt && !result.scales['1x']) {
    log('bench: building the 1× index for the endpoint and fan-out');
    await mkdir(prebuilt1x, { recursive: true });
    await attempt('prebuilt 1x index', () => runProbe('probes/ingest.ts', { args: ['--corpus', path.join(REPO_ROOT, 'corpus'), '--data', prebuilt1x, '--runs', '1'] }));
  }
  if (options.sections.includes('endpoint')) {
    log('bench: endpoint');
    result.endpoint = await attempt('endpoint', () => measureEndpoint({ seconds: options.loadSeconds, prebuiltDir: prebuilt1x, log }));
  }
  if (options.sections.includes('fanout')) {
    log('bench: agenda fan-out');
    result.fanout = await attempt('fan-out', () => measureFanout({ channels: options.quick ? 100 : 1000, prebuiltDir: prebuilt1x, log }));
  }

  result.machine.load_average_end = loadAverage();
  log(`bench: done in ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
  if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(`${formatReport(result)}\n`);
  if (result.errors.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  log(`bench: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
