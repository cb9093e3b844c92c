/**
 * Where the time goes in a V8 .cpuprofile (from `node --cpu-prof`): self time per function and per
 * source file, largest first. Usage: npx tsx bench/experiments/summarize-profile.ts FILE.cpuprofile [TOP] [SKIP_SECONDS] [NAME,NAME…]
 * SKIP_SECONDS leaves out the first seconds (start-up) to look at the steady state under load; a negative
 * value keeps only the last seconds (e.g. -6 for the last 6 s of an 8 s load, whatever the start-up took).
 * NAMEs add the inclusive time of those functions (everything under them on the stack), whole profile.
 */
import { readFile } from 'node:fs/promises';
import { summarize } from '../phase-profile.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topText, skipText, namesText] = process.argv.slice(2);
let skipMs = Number(skipText ?? 0) * 1000;
if (!file) throw new Error('usage: summarize-profile.ts FILE.cpuprofile [TOP]');
const top = Number(topText ?? 25);
const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
if (skipMs < 0) skipMs += profile.timeDeltas.reduce((sum, delta) => sum + delta, 0) / 1000;
const selfMs = new Map<number, number>();
let elapsedMs = 0;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  elapsedMs += ms;
  if (elapsedMs >= skipMs) selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
});

const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
for (const [id, ms] of selfMs) {
  const frame = byId.get(id)!.callFrame;
  const where = frame.url.replace(/^file:\/\/.*?\/(node_modules|src|bench)\//, '$1/') || '(native)';
  const name = `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  byFile.set(where, (byFile.get(where) ?? 0) + ms);
  total += ms;
}
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title} (total ${(total / 1000).toFixed(2)} s)`);
  for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(ms / 1000).toFixed(2).padStart(8)} s ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
  }
};
print('Self time by file', byFile);
print('Self time by function', byFunction);

if (namesText) {
  const { phases, totalMs: wholeMs } = summarize(profile as Parameters<typeof summarize>[0], new Set(namesText.split(',')));
  console.log(`\nInclusive time (whole profile, ${(wholeMs / 1000).toFixed(2)} s)`);
  for (const [name, ms] of Object.entries(phases).sort((a, b) => b[1] - a[1])) {
    console.log(`${(ms / 1000).toFixed(2).padStart(8)} s ${((ms / wholeMs) * 100).toFixed(1).padStart(5)} %  ${name}`);
  }
}
