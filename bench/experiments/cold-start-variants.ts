/**
 * Experiment: how much of the cold start is the way the code is run? Starts the bot with a prebuilt 1×
 * index (a) as `npm start` does (tsx transpiling src/ on the fly), (b) compiled by tsc to plain JS, and
 * (c) bundled by esbuild into one ESM file (node_modules left external), (d) as (c) with node_modules inlined. Each variant first starts once
 * in place so its own index is built and saved (the knowledge hash covers the code files where they
 * run from), then is timed RUNS times. (d) bundles the dependencies too (except pino's worker-thread
 * transports and native or optional modules, which esbuild cannot inline), to see what module loading costs. Usage: npx tsx bench/experiments/cold-start-variants.ts [RUNS]
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { startBot, TSX_ENTRY } from '../bot-process.js';
import { REPO_ROOT } from '../child.js';
import { spreadOf } from '../stats.js';

const runs = Number(process.argv[2] ?? 3);
const work = path.join(REPO_ROOT, 'node_modules', '.cache', 'rjh-bench');
const corpusDir = path.join(REPO_ROOT, 'corpus');
await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });

const tscOut = path.join(work, 'dist');
try {
  execFileSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json', '--outDir', tscOut], { cwd: REPO_ROOT, stdio: 'pipe' });
} catch {
  // Type errors elsewhere in the tree still emit JavaScript; only a missing main.js matters.
}
const bundle = path.join(work, 'bundle', 'main.mjs');
execFileSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'esbuild'), ['src/main.ts', '--bundle', '--platform=node', '--format=esm', '--target=node20', '--packages=external', `--outfile=${bundle}`, '--log-level=warning'], {
  cwd: REPO_ROOT,
  stdio: 'inherit',
});

const fullBundle = path.join(work, 'fullbundle', 'main.mjs');
const commonJsShim = "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);";
const notInlined = ['pino', 'pino-pretty', 'thread-stream', 'dtrace-provider', '@microsoft/m365agentsplayground', 'open'];
execFileSync(
  path.join(REPO_ROOT, 'node_modules', '.bin', 'esbuild'),
  ['src/main.ts', '--bundle', '--platform=node', '--format=esm', '--target=node20', `--outfile=${fullBundle}`, '--log-level=error', `--banner:js=${commonJsShim}`, ...notInlined.map((name) => `--external:${name}`)],
  { cwd: REPO_ROOT, stdio: 'inherit' },
);

const variants: Array<{ name: string; entry: string[] }> = [
  { name: 'tsx src/main.ts (npm start)', entry: TSX_ENTRY },
  { name: 'tsc → node dist/main.js', entry: [path.join(tscOut, 'main.js')] },
  { name: 'esbuild bundle → node main.mjs', entry: [bundle] },
  { name: 'esbuild bundle + deps → main.mjs', entry: [fullBundle] },
];
for (const variant of variants) {
  const prebuilt = path.join(work, `data-${variants.indexOf(variant)}`);
  await mkdir(prebuilt, { recursive: true });
  const first = await startBot({ corpusDir, prebuiltDir: prebuilt, inPlace: true, entry: variant.entry });
  await first.stop();
  const times: number[] = [];
  const rss: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const bot = await startBot({ corpusDir, prebuiltDir: prebuilt, entry: variant.entry });
    times.push(bot.readyMs);
    cpu.push(bot.readyCpuMs ?? NaN);
    rss.push((await bot.memory()).rssMb ?? NaN);
    await bot.stop();
  }
  const spread = spreadOf(times);
  console.log(`${variant.name.padEnd(34)} cold start ${spread.median.toFixed(0)} ms (${spread.min.toFixed(0)}–${spread.max.toFixed(0)}), CPU ${spreadOf(cpu).median.toFixed(0)} ms, RSS ${spreadOf(rss).median.toFixed(0)} MB (first start, building its index: ${first.readyMs.toFixed(0)} ms)`);
}
