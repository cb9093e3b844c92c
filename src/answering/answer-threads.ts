/**
 * Answering on worker threads. A question costs a few ms of CPU; on the main thread that time is
 * taken from every other turn, card action and health check. Each thread holds its own knowledge
 * base from DATA_DIR: at start it loads the saved one at once, in parallel with the main thread;
 * `load(builtAt)` then makes sure it holds the build the main thread has (loading again after a
 * rebuild or a re-ingest). A thread that crashes or overruns the timeout fails its pending
 * questions with an error (the turn says so) and is replaced.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { KnowledgeOptions } from '../knowledge/index.js';
import type { Answerer } from './answerer.js';
import type { Answer } from './compose.js';
import type { ThreadReply, ThreadRequest } from './answer-thread-messages.js';

export interface AnswerThreadsOptions extends KnowledgeOptions {
  threads: number;
  /** The thread's module (.js, or .ts run through tsx); answer-thread.ts next to this file unless given. */
  entry?: string;
  /** A question unanswered after this long fails, and its thread is replaced: a stuck thread must not hold the next questions. */
  timeoutMs?: number;
  onThreadExit?: (info: { thread: number; code: number; replaced: boolean }) => void;
}

export interface AnswerThreads extends Answerer {
  /**
   * Resolves when every thread answers from the knowledge base built at `builtAt` (the main thread's);
   * threads holding another build, or none, load it from DATA_DIR. Without `builtAt` every thread loads.
   */
  load(builtAt?: string): Promise<void>;
  close(): Promise<void>;
}

export class AnswerThreadError extends Error {
  override name = 'AnswerThreadError';
}

const DEFAULT_TIMEOUT_MS = 10_000;

const here = fileURLToPath(import.meta.url);
const ENTRY = path.join(path.dirname(here), `answer-thread${path.extname(here)}`);
/** Set by the production bundle (scripts/build-bundle.mjs): dist/start.cjs, which runs the thread's own bundle and code cache. */
const BUNDLE_START = process.env.ANSWER_THREAD_START;

function spawnThread(entry: string | undefined, options: KnowledgeOptions): Worker {
  const workerData: KnowledgeOptions & { bundle?: string } = { corpusDirs: options.corpusDirs, seedsDir: options.seedsDir, dataDir: options.dataDir };
  if (entry === undefined && BUNDLE_START) return new Worker(BUNDLE_START, { workerData: { ...workerData, bundle: 'answer-thread' } });
  entry ??= ENTRY;
  if (!entry.endsWith('.ts')) return new Worker(entry, { workerData });
  // Run from source (npm start under tsx, tests): tsx's loader must be registered inside the thread itself.
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then((api) => { api.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** tsx's ESM register API by its package's export map (its CommonJS build cannot register hooks in a thread). */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api'].import.default)).href;
}

interface Pending {
  resolve(reply: ThreadReply): void;
  reject(error: Error): void;
  timer?: NodeJS.Timeout;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Taken out of its slot: gets no new questions; its exit needs no replacement. */
  retired: boolean;
  /** Resolves when the thread first has a knowledge base: a question's timeout runs from then, not while it loads. */
  loaded: Promise<void>;
  markLoaded(): void;
  /** The build the thread answers from; settles after the load of the saved one at start. */
  builtAt: Promise<string | null>;
}

export function startAnswerThreads(options: AnswerThreadsOptions): AnswerThreads {
  if (!Number.isInteger(options.threads) || options.threads < 1) throw new RangeError(`threads must be a positive integer, not ${options.threads}`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const threads: Thread[] = [];
  let nextId = 1;
  let loaded = false;
  let closing = false;

  function start(slot: number): Thread {
    let markLoaded = () => {};
    const loadedOnce = new Promise<void>((resolve) => (markLoaded = resolve));
    const thread: Thread = {
      worker: spawnThread(options.entry, options),
      pending: new Map(),
      retired: false,
      loaded: loadedOnce,
      markLoaded,
      builtAt: Promise.resolve(null),
    };
    thread.worker.on('message', (reply: ThreadReply) => {
      const waiting = thread.pending.get(reply.id);
      if (!waiting) return;
      settled(thread, reply.id);
      clearTimeout(waiting.timer);
      waiting.resolve(reply);
    });
    // An 'error' event is always followed by 'exit'; the exit settles what was pending.
    thread.worker.on('error', () => {});
    thread.worker.on('exit', (code) => {
      for (const waiting of thread.pending.values()) {
        clearTimeout(waiting.timer);
        waiting.reject(new AnswerThreadError(`the answering thread stopped (exit code ${code})`));
      }
      thread.pending.clear();
      if (closing) return;
      const replaced = thread.retired || replace(slot, thread);
      options.onThreadExit?.({ thread: slot, code, replaced });
    });
    // An idle thread does not keep the process alive; one with questions pending does (see request()).
    thread.worker.unref();
    return thread;
  }

  /** Puts a fresh thread (loaded as the others are) in the slot of one that stopped or got stuck. */
  function replace(slot: number, thread: Thread): boolean {
    thread.retired = true;
    if (closing || !loaded || threads[slot] !== thread) return false;
    const fresh = start(slot);
    threads[slot] = fresh;
    void preload(fresh).then(() => loadThread(fresh, currentBuild)).catch(() => undefined);
    return true;
  }

  function request(thread: Thread, message: WithoutId<ThreadRequest>, timeout?: number): Promise<ThreadReply> {
    const id = nextId++;
    return new Promise<ThreadReply>((resolve, reject) => {
      const waiting: Pending = { resolve, reject };
      if (timeout !== undefined) {
        void thread.loaded.then(() => {
          if (!thread.pending.has(id)) return;
          waiting.timer = setTimeout(() => {
            settled(thread, id);
            reject(new AnswerThreadError(`no answer within ${timeout} ms`));
            replace(threads.indexOf(thread), thread);
            void thread.worker.terminate();
          }, timeout);
        });
      }
      thread.pending.set(id, waiting);
      if (thread.pending.size === 1) thread.worker.ref();
      thread.worker.postMessage({ ...message, id } as ThreadRequest);
    });
  }

  function settled(thread: Thread, id: number): void {
    thread.pending.delete(id);
    if (thread.pending.size === 0) thread.worker.unref();
  }

  /** Loads the saved knowledge base if it matches the sources; builds nothing. */
  function preload(thread: Thread): Promise<string | null> {
    thread.builtAt = request(thread, { type: 'load', savedOnly: true }).then(
      (reply) => {
        if (reply.type !== 'loaded' || reply.builtAt === null) return null;
        thread.markLoaded();
        return reply.builtAt;
      },
      () => null,
    );
    return thread.builtAt;
  }

  async function loadThread(thread: Thread, builtAt: string | undefined): Promise<void> {
    if (builtAt !== undefined && (await thread.builtAt) === builtAt) return;
    const reply = await request(thread, { type: 'load' });
    if (reply.type === 'failed') throw new AnswerThreadError(reply.message);
    if (reply.type === 'loaded') thread.builtAt = Promise.resolve(reply.builtAt);
    thread.markLoaded();
  }

  for (let slot = 0; slot < options.threads; slot++) threads.push(start(slot));
  let currentBuild: string | undefined;
  // The first thread restores (or builds and saves) answering's index; the others then restore it.
  if (options.dataDir) {
    const first = preload(threads[0]);
    for (const thread of threads.slice(1)) thread.builtAt = first.then(() => preload(thread));
  }

  return {
    async load(builtAt) {
      currentBuild = builtAt;
      await loadThread(threads[0], builtAt);
      await Promise.all(threads.slice(1).map((thread) => loadThread(thread, builtAt)));
      loaded = true;
    },
    async answer(question, answerOptions = {}): Promise<Answer> {
      if (closing) throw new AnswerThreadError('answering has stopped');
      const thread = threads.reduce((least, t) => (t.pending.size < least.pending.size ? t : least));
      const reply = await request(thread, { type: 'answer', question, now: answerOptions.now?.getTime() }, timeoutMs);
      if (reply.type !== 'answered') throw new AnswerThreadError(reply.type === 'failed' ? reply.message : `unexpected reply ${reply.type}`);
      return reply.answer;
    },
    async close() {
      closing = true;
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
