/**
 * Production start (copied to dist/start.cjs by `npm run build`): runs the bundle dist/bot.cjs with
 * the V8 code cache dist/bot.cache, so the ~18 MB of bundled code is not parsed and compiled again.
 * In a worker thread started with workerData.bundle 'answer-thread' (answer-threads.ts) it runs
 * dist/answer-thread.cjs with dist/answer-thread.cache instead.
 * A missing or stale cache (bundle rebuilt without it) only costs time, and says so once on stderr.
 * BOT_CODE_CACHE=write makes this run write the cache after the modules have loaded (the build does it).
 */
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const path = require('node:path');
const { Script } = require('node:vm');

const { isMainThread, workerData } = require('node:worker_threads');

const name = !isMainThread && workerData?.bundle === 'answer-thread' ? 'answer-thread' : 'bot';
const bundle = path.join(__dirname, `${name}.cjs`);
const cacheFile = path.join(__dirname, `${name}.cache`);

function readCache() {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

const cachedData = process.env.BOT_CODE_CACHE === 'write' ? undefined : readCache();
const script = new Script(wrap(readFileSync(bundle, 'utf8')), {
  filename: bundle,
  cachedData,
});
if (cachedData && script.cachedDataRejected) console.error(`${cacheFile} does not match ${bundle} (run npm run build): starting without it`);
const bundleModule = { exports: {}, filename: bundle, id: '.', loaded: false };
script.runInThisContext()(bundleModule.exports, createRequire(bundle), bundleModule, bundle, __dirname);
// The bundle's modules have all loaded (synchronously); what they compiled is now in the cache.
if (process.env.BOT_CODE_CACHE === 'write') {
  writeFileSync(cacheFile, script.createCachedData());
  if (name === 'answer-thread') process.exit(0);
}
