/**
 * Teams re-sends an activity when the bot takes longer than ~15 s to answer. This remembers the
 * activity ids seen in the last minutes (per process) so a re-delivered turn is acknowledged and
 * not processed twice. It is in memory on purpose: a store write per message would cost more than
 * the rare duplicate, and several instances behind a load balancer see the retry on any instance
 * only when the first instance has already failed.
 */
export interface RedeliveryGuard {
  /** True the first time an id is seen within the window. */
  firstSighting(id: string, now?: number): boolean;
}

export function createRedeliveryGuard(options: { windowMs?: number; maxEntries?: number } = {}): RedeliveryGuard {
  const windowMs = options.windowMs ?? 10 * 60_000;
  const maxEntries = options.maxEntries ?? 50_000;
  const seen = new Map<string, number>();
  return {
    firstSighting(id, now = Date.now()) {
      for (const [key, at] of seen) {
        if (now - at < windowMs && seen.size <= maxEntries) break;
        seen.delete(key);
      }
      if (seen.has(id)) return false;
      seen.set(id, now);
      return true;
    },
  };
}
