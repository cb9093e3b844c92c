/**
 * `npm run build:bundle` (part of `npm run build`): the production start as one CommonJS file with a
 * V8 code cache. `node dist/main.js` spends most of its start resolving, reading and compiling the
 * ~2,000 module files of the Teams stack (botbuilder, teams-ai, restify …). Here esbuild bundles
 * the compiled dist/main.js into dist/bot.cjs, and a run of the bundle with `--help` (every module
 * loads, the bot does not start) writes the compiled code to dist/bot.cache, which
 * dist/start.cjs hands back to V8. Start with `node dist/start.cjs` (`npm run start:prod`).
 *
 * A V8 startup snapshot would also skip running the modules' top-level code, but Node 20's snapshot
 * builder cannot hold node:http (its http_parser binding is not serializable): see bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const bundle = path.join(dist, 'bot.cjs');
const cache = path.join(dist, 'bot.cache');
const start = path.join(dist, 'start.cjs');
/** The answering threads' code (src/answering/answer-thread.ts) as its own bundle and code cache; start.cjs runs it in a thread. */
const threadBundle = path.join(dist, 'answer-thread.cjs');
const threadCache = path.join(dist, 'answer-thread.cache');

if (!existsSync(path.join(dist, 'main.js'))) {
  console.error('dist/main.js is missing: run `tsc -p tsconfig.build.json` first');
  process.exit(2);
}

/**
 * Left to Node's resolver at run time: the MongoDB driver (optional native add-ons; loaded only when
 * MONGODB_URI is set), pdf-parse (pdf.js, imported only when a PDF is read), the Playground CLI (resolved to a path and run as its own process) and
 * restify's optional native DTrace add-on.
 */
const RUNTIME_PACKAGES = ['mongodb', 'pdf-parse', '@microsoft/m365agentsplayground', 'dtrace-provider'];

const isRuntimePackage = (specifier) => RUNTIME_PACKAGES.some((pkg) => specifier === pkg || specifier.startsWith(`${pkg}/`));

/**
 * import() of a runtime package (pdf-parse) goes through dist/dynamic-import.cjs, a module Node loads
 * itself: V8 drops the import() hook of code restored from a code cache (Node 20: "A dynamic import
 * callback was not specified"). Resolved from dist/, the specifier finds what dist/main.js would.
 */
const DYNAMIC_IMPORT = path.join(dist, 'dynamic-import.cjs');
const BANNER = `var __importFromDist = (specifier) => require(${JSON.stringify(DYNAMIC_IMPORT)})(specifier);`;

/**
 * Bundled, but their top-level code runs on first use instead of at start: teams-ai's AI half
 * (tokenizer, OpenAI client, YAML prompt parsing; the bot configures no AI planner) and the
 * Recognizers-Text packages of botbuilder-dialogs' prompts (number, choice, date and confirm
 * prompts, which the bot never runs), ~0.1–0.2 s CPU together. A message turn loads none of them
 * (bench/bundle-smoke.ts checks); if one were ever used it would load then, synchronously.
 */
const LAZY_PACKAGES = [
  'gpt-tokenizer',
  'openai',
  'yaml',
  '@microsoft/recognizers-text-suite',
  '@microsoft/recognizers-text-number',
  '@microsoft/recognizers-text-choice',
  '@microsoft/recognizers-text-date-time',
];

/**
 * botbuilder-dialogs reads only the `Culture` constants of recognizers-text-suite while it loads
 * (promptCultureModels.js). The suite's bundled Culture equals that of @microsoft/recognizers-text,
 * so that one answers until anything else of the suite is used (checked below at build time).
 */
const EAGER_KEYS = { '@microsoft/recognizers-text-suite': { Culture: '@microsoft/recognizers-text' } };

function checkEagerKeys() {
  const require = createRequire(path.join(root, 'package.json'));
  for (const [pkg, keys] of Object.entries(EAGER_KEYS)) {
    for (const [key, source] of Object.entries(keys)) {
      const actual = require(pkg)[key];
      const standIn = require(source)[key];
      for (const name of ['English', 'Chinese', 'Spanish', 'Portuguese', 'French', 'German', 'Japanese', 'Dutch', 'Italian']) {
        if (actual[name] !== standIn[name]) throw new Error(`${pkg}.${key}.${name} differs from ${source}'s (${actual[name]} vs ${standIn[name]})`);
      }
    }
  }
}

function lazyModule(pkg) {
  const eager = Object.entries(EAGER_KEYS[pkg] ?? {})
    .map(([key, source]) => `if (key === ${JSON.stringify(key)} && !real) return require(${JSON.stringify(source)})[key];`)
    .join('\n    ');
  return `let real;
const load = () => (real ??= require(${JSON.stringify(`lazy-real:${pkg}`)}));
if (process.env.BOT_LAZY_TRACE) process.on('exit', () => console.error(${JSON.stringify(`lazy ${pkg}:`)}, real ? 'loaded' : 'not loaded'));
module.exports = new Proxy({}, {
  get(_, key) {
    if (key === '__esModule') return true;
    ${eager}
    return load()[key];
  },
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor(_, key) {
    const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
    if (descriptor) descriptor.configurable = true;
    return descriptor;
  },
});`;
}

/**
 * Each module of ours keeps its own dist/ file as import.meta.url, exactly as under `node dist/main.js`:
 * the knowledge and answering code hashes read the files next to it, so the bundle accepts the index
 * built by `node dist/cli/ingest.js`. A module-level `const require = createRequire(import.meta.url)`
 * is dropped for the bundle's own require, so what it loads (lunr-languages) is bundled too.
 */
const distModules = {
  name: 'dist-modules',
  setup(build) {
    build.onResolve({ filter: /^lazy-real:/ }, (args) => build.resolve(args.path.slice('lazy-real:'.length), { kind: 'require-call', resolveDir: root }));
    build.onResolve({ filter: /.*/ }, (args) => (LAZY_PACKAGES.includes(args.path) ? { path: args.path, namespace: 'lazy-package' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({ contents: lazyModule(args.path), resolveDir: root, loader: 'js' }));
    build.onResolve({ filter: /.*/ }, (args) => {
      return isRuntimePackage(args.path) ? { path: args.path, external: true } : undefined;
    });
    build.onLoad({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith(dist + path.sep)) return undefined;
      const source = readFileSync(args.path, 'utf8')
        .replace(/\bimport\((['"])([^'"]+)\1\)/g, (call, quote, specifier) => (isRuntimePackage(specifier) ? `__importFromDist(${quote}${specifier}${quote})` : call))
        .replace(/\bconst require = createRequire\(import\.meta\.url\);/g, '')
        .replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href));
      return { contents: source, loader: 'js' };
    });
  },
};

checkEagerKeys();
const bundleOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', plugins: [distModules], banner: { js: BANNER }, logLevel: 'error' };
await esbuild.build({
  ...bundleOptions,
  entryPoints: [path.join(dist, 'main.js')],
  outfile: bundle,
  // answer-threads.ts starts its threads from dist/start.cjs, which runs dist/answer-thread.cjs in them.
  define: { 'process.env.ANSWER_THREAD_START': JSON.stringify(start) },
});
await esbuild.build({ ...bundleOptions, entryPoints: [path.join(dist, 'answering', 'answer-thread.js')], outfile: threadBundle });

writeFileSync(DYNAMIC_IMPORT, "'use strict';\n// See scripts/build-bundle.mjs: import() for the bundle, from a module Node loads itself.\nmodule.exports = (specifier) => import(specifier);\n");
copyFileSync(path.join(root, 'scripts', 'start-bundle.cjs'), start);
rmSync(cache, { force: true });
rmSync(threadCache, { force: true });
execFileSync(process.execPath, [start, '--help'], { cwd: root, stdio: 'ignore', env: { ...process.env, BOT_CODE_CACHE: 'write' } });
// The thread's bundle compiled in a thread started as answer-threads.ts starts it; it exits once the cache is written.
execFileSync(
  process.execPath,
  ['-e', `new (require('node:worker_threads').Worker)(${JSON.stringify(start)}, { workerData: { bundle: 'answer-thread' } })`],
  { cwd: root, stdio: 'ignore', env: { ...process.env, BOT_CODE_CACHE: 'write' } },
);
if (!existsSync(cache) || !existsSync(threadCache)) throw new Error('no code cache was written');
console.log(`bundle: ${path.relative(root, bundle)}, code cache: ${path.relative(root, cache)}; start: node ${path.relative(root, start)}`);
