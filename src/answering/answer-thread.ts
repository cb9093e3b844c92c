/**
 * Entry of an answering worker thread (see answer-threads.ts). It loads the knowledge base the main
 * thread has saved in DATA_DIR (or builds it from the sources without one), restores answering's
 * index, and answers questions one at a time. A failed reload keeps the knowledge base it had.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledgeBase, loadSavedKnowledgeBase, type KnowledgeBase, type KnowledgeOptions } from '../knowledge/index.js';
import { prepareAnsweringWithStore } from './answer-index-store.js';
import { answerQuestion, prepareAnswering } from './index.js';
import type { ThreadReply, ThreadRequest } from './answer-thread-messages.js';

const port = parentPort;
if (!port) throw new Error('answer-thread.ts runs only as a worker thread');
const options = workerData as KnowledgeOptions;

let kb: KnowledgeBase | undefined;
let loads: Promise<void> = Promise.resolve();
/** Settles with the first load: questions before it wait; after a failed first load they fail. */
let markFirstLoad: (error?: Error) => void = () => {};
const firstLoad = new Promise<void>((resolve, reject) => (markFirstLoad = (error) => (error ? reject(error) : resolve())));
firstLoad.catch(() => undefined);

async function load(savedOnly: boolean): Promise<KnowledgeBase | undefined> {
  const dataDir = options.dataDir;
  const fresh = savedOnly ? dataDir && (await loadSavedKnowledgeBase({ ...options, dataDir })) : (await loadKnowledgeBase(options)).kb;
  if (!fresh) return undefined;
  if (dataDir) await prepareAnsweringWithStore(dataDir, fresh);
  else prepareAnswering(fresh);
  return fresh;
}

const reply = (message: ThreadReply) => port.postMessage(message);

function answer(request: Extract<ThreadRequest, { type: 'answer' }>): void {
  try {
    if (!kb) throw new Error('no knowledge base is loaded');
    reply({ type: 'answered', id: request.id, answer: answerQuestion(kb, request.question, { now: request.now === undefined ? undefined : new Date(request.now) }) });
  } catch (error) {
    reply({ type: 'failed', id: request.id, message: (error as Error).message });
  }
}

port.on('message', (request: ThreadRequest) => {
  if (request.type === 'load') {
    // Loads run one after another; a question during a reload is answered from the knowledge base the thread has.
    loads = loads.then(async () => {
      try {
        const fresh = await load(request.savedOnly === true);
        if (fresh) {
          kb = fresh;
          markFirstLoad();
        }
        reply({ type: 'loaded', id: request.id, builtAt: fresh ? fresh.builtAt : null });
      } catch (error) {
        const message = `could not load the knowledge base: ${(error as Error).message}`;
        if (!kb && !request.savedOnly) markFirstLoad(new Error(message));
        reply({ type: 'failed', id: request.id, message });
      }
    });
    return;
  }
  if (kb) answer(request);
  else firstLoad.then(() => answer(request), (error: Error) => reply({ type: 'failed', id: request.id, message: error.message }));
});
