/**
 * Token buckets per conversation and per tenant, so a fan-out stays inside Teams' limits
 * (7 messages/s per conversation, 50 requests/s per tenant) instead of learning them from 429s.
 *
 * Each bucket holds `burst` tokens and refills at `perSecond`. In any one-second window a bucket
 * lets through at most burst + perSecond requests, so the defaults stay a little under the limits:
 * the connector counts arrivals, which network jitter can bunch together. The limits are per bot
 * instance; several instances share the tenant limit and rely on the 429 handling for the rest.
 */

export interface BucketLimit {
  perSecond: number;
  burst: number;
}

export interface RateLimits {
  perConversation: BucketLimit;
  perTenant: BucketLimit;
}

export const TEAMS_RATE_LIMITS: RateLimits = {
  perConversation: { perSecond: 5.5, burst: 1 },
  perTenant: { perSecond: 47, burst: 2 },
};

export interface RateLimiter {
  /** Resolves when one request may go to this conversation in this tenant (taking a token from each). */
  acquire(conversationId: string, tenantId: string | null): Promise<void>;
}

interface Bucket {
  tokens: number;
  refilledAt: number;
  limit: BucketLimit;
}

export function createRateLimiter(options: { now: () => number; sleep: (ms: number) => Promise<void>; limits?: RateLimits }): RateLimiter {
  const limits = options.limits ?? TEAMS_RATE_LIMITS;
  const buckets = new Map<string, Bucket>();

  function bucket(key: string, limit: BucketLimit, now: number): Bucket {
    let found = buckets.get(key);
    if (!found) {
      found = { tokens: limit.burst, refilledAt: now, limit };
      buckets.set(key, found);
    }
    found.tokens = Math.min(limit.burst, found.tokens + ((now - found.refilledAt) / 1000) * limit.perSecond);
    found.refilledAt = now;
    return found;
  }

  function forget(now: number): void {
    // Full buckets carry no information; dropping them keeps the map as small as the active set.
    if (buckets.size < 10_000) return;
    for (const [key, b] of buckets) if (b.tokens + ((now - b.refilledAt) / 1000) * b.limit.perSecond >= b.limit.burst) buckets.delete(key);
  }

  return {
    async acquire(conversationId, tenantId) {
      for (;;) {
        const now = options.now();
        const needed = [bucket(`conversation:${conversationId}`, limits.perConversation, now), bucket(`tenant:${tenantId ?? 'unknown'}`, limits.perTenant, now)];
        const waitMs = Math.max(...needed.map((b) => (b.tokens >= 1 ? 0 : ((1 - b.tokens) / b.limit.perSecond) * 1000)));
        if (waitMs === 0) {
          for (const b of needed) b.tokens -= 1;
          forget(now);
          return;
        }
        await options.sleep(Math.ceil(waitMs));
      }
    },
  };
}
