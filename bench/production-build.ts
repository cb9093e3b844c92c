/**
 * The production way to run the bot: `npm run build` (tsc to dist/, then scripts/build-bundle.mjs:
 * one esbuild bundle with a V8 code cache) and `node dist/start.cjs` (`npm run start:prod`), with
 * its index from `node dist/cli/ingest.js`. `node dist/main.js` (the unbundled build) still works. The knowledge and answer
 * indexes are tied to the code that built them (a hash of the files where they run from), so the
 * compiled bot needs an index built by the compiled ingest.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './child.js';

const run = promisify(execFile);

export const PROD_ENTRY = ['dist/start.cjs'];
/** The compiled modules without the bundle: what the production start was before the bundle. */
export const UNBUNDLED_ENTRY = ['dist/main.js'];

let built: Promise<void> | undefined;

/** `npm run build` into a clean dist/, once per bench run. Type errors still emit JavaScript; a missing dist/main.js or a failed bundle fails. */
export function buildProduction(): Promise<void> {
  built ??= (async () => {
    await rm(path.join(REPO_ROOT, 'dist'), { recursive: true, force: true });
    await run(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: REPO_ROOT }).catch(() => undefined);
    await run(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(path.join(REPO_ROOT, 'dist', 'main.js'))})`]);
    await run(process.execPath, ['scripts/build-bundle.mjs'], { cwd: REPO_ROOT });
  })();
  return built;
}

/** The compiled ingest, as a production deployment runs it: knowledge.json and answer-index.bin in dataDir. */
export async function ingestProduction(corpusDir: string, dataDir: string): Promise<void> {
  await buildProduction();
  await run(process.execPath, ['--max-old-space-size=8192', 'dist/cli/ingest.js', '--corpus', corpusDir, '--data', dataDir, '--seeds', 'seeds'], { cwd: REPO_ROOT, maxBuffer: 16 * 2 ** 20 });
}
