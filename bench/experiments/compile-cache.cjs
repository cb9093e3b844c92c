/**
 * Experiment: V8 code cache for CommonJS modules (what v8-compile-cache does; Node 20 has no
 * module.enableCompileCache). Preload with `node --require ./bench/experiments/compile-cache.cjs …`;
 * cache files go to $RJH_COMPILE_CACHE (default /tmp/rjh-compile-cache), one per module file.
 */
'use strict';
const Module = require('node:module');
const vm = require('node:vm');
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const dir = process.env.RJH_COMPILE_CACHE || '/tmp/rjh-compile-cache';
fs.mkdirSync(dir, { recursive: true });
const pending = [];

const originalCompile = Module.prototype._compile;
Module.prototype._compile = function compileWithCache(content, filename) {
  // Only CommonJS files of dependencies; .mjs (require of ES modules, Node ≥ 20.19) keeps Node's own path.
  if (!filename.includes(`${path.sep}node_modules${path.sep}`) || filename.endsWith('.mjs')) return originalCompile.call(this, content, filename);
  const key = crypto.createHash('sha1').update(filename).update(content).digest('hex');
  const file = path.join(dir, key);
  let cachedData;
  try { cachedData = fs.readFileSync(file); } catch { cachedData = undefined; }
  const wrapper = Module.wrap(content);
  let script;
  try {
    script = new vm.Script(wrapper, { filename, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  } catch {
    // ES module syntax in a .js file: Node's loader knows what to do with it.
    return originalCompile.call(this, content, filename);
  }
  if (!cachedData || script.cachedDataRejected) pending.push({ script, file });
  const compiled = script.runInThisContext({ displayErrors: true });
  const mod = this;
  const require = (id) => mod.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, mod);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return compiled.call(mod.exports, mod.exports, require, mod, filename, path.dirname(filename));
};

// Write the caches once the process has run a while, so lazily compiled functions are in them too.
setTimeout(() => {
  for (const { script, file } of pending) {
    try { fs.writeFileSync(file, script.createCachedData()); } catch { /* best effort */ }
  }
  pending.length = 0;
}, 5000).unref();
