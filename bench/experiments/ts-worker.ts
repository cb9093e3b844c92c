/**
 * Worker threads that run TypeScript: a worker does not inherit the tsx loader of `npx tsx`, so its
 * entry registers tsx's ESM hooks first and then imports the .ts module.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/index\.cjs$/, 'index.mjs');

export function startTsWorker(moduleUrl: URL, options: WorkerOptions = {}): Worker {
  const source = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl.href)}); });`;
  return new Worker(source, { ...options, eval: true });
}
