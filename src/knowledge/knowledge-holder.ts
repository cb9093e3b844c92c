/**
 * Holds the current knowledge base and swaps in a rebuilt one atomically: questions being
 * answered keep the instance they started with, new questions get the new one.
 */
import type { KnowledgeBase, KnowledgeOptions } from './index.js';
import { buildKnowledgeBase, loadKnowledgeBase } from './index.js';

export interface KnowledgeHolder {
  current(): KnowledgeBase;
  isLoaded(): boolean;
  /** Rebuilds from the sources and swaps it in; concurrent calls share one rebuild. */
  reload(): Promise<KnowledgeBase>;
}

export interface HoldOptions extends KnowledgeOptions {
  /** Runs on each knowledge base before it is swapped in (e.g. warming the answer index). */
  prepare?: (kb: KnowledgeBase) => void | Promise<void>;
}

export async function openKnowledge(options: HoldOptions): Promise<KnowledgeHolder & { rebuiltAtStart: boolean }> {
  const { kb, rebuilt } = await loadKnowledgeBase(options);
  await options.prepare?.(kb);
  return holdKnowledge(kb, options, rebuilt);
}

export function holdKnowledge(initial: KnowledgeBase, options: HoldOptions, rebuiltAtStart = false) {
  let current = initial;
  let pending: Promise<KnowledgeBase> | undefined;
  return {
    rebuiltAtStart,
    current: () => current,
    isLoaded: () => current !== undefined,
    reload(): Promise<KnowledgeBase> {
      pending ??= (async () => {
        try {
          const fresh = options.dataDir ? (await loadKnowledgeBase({ ...options })).kb : await buildKnowledgeBase(options);
          await options.prepare?.(fresh);
          current = fresh;
          return fresh;
        } finally {
          pending = undefined;
        }
      })();
      return pending;
    },
  };
}
