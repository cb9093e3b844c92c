import { describe, expect, it } from 'vitest';
import { createRateLimiter, TEAMS_RATE_LIMITS } from '../../src/agendas/index.js';
import { createFakeTime } from './fakes.js';

/** Most requests granted in any window of `windowMs` ending at a grant. */
function busiestWindow(grants: number[], windowMs = 1_000): number {
  return Math.max(...grants.map((end) => grants.filter((t) => t > end - windowMs && t <= end).length));
}

describe('rate limiter', () => {
  it('keeps one tenant under 50 requests in any second, close to the limit', async () => {
    const time = createFakeTime('2022-01-31T07:00:00Z');
    const limiter = createRateLimiter({ now: time.nowMs, sleep: time.sleep });
    const grants: number[] = [];
    for (let i = 0; i < 500; i++) {
      await limiter.acquire(`19:channel-${i}`, 'tenant-1');
      grants.push(time.nowMs());
    }
    expect(busiestWindow(grants)).toBeLessThanOrEqual(49);
    const seconds = (grants[grants.length - 1]! - grants[0]!) / 1000;
    expect(499 / seconds).toBeGreaterThan(45); // ≥ 90 % of the 50/s ceiling
  });

  it('keeps one conversation under 7 messages in any second', async () => {
    const time = createFakeTime('2022-01-31T07:00:00Z');
    const limiter = createRateLimiter({ now: time.nowMs, sleep: time.sleep });
    const grants: number[] = [];
    for (let i = 0; i < 60; i++) {
      await limiter.acquire('19:general', 'tenant-1');
      grants.push(time.nowMs());
    }
    expect(busiestWindow(grants)).toBeLessThanOrEqual(7);
  });

  it('lets different tenants go side by side without waiting', async () => {
    const time = createFakeTime('2022-01-31T07:00:00Z');
    const limiter = createRateLimiter({ now: time.nowMs, sleep: time.sleep });
    for (let i = 0; i < 2; i++) await limiter.acquire(`19:a-${i}`, 'tenant-a');
    for (let i = 0; i < 2; i++) await limiter.acquire(`19:b-${i}`, 'tenant-b');
    expect(time.sleeps).toEqual([]);
  });

  it('has defaults strictly inside the Teams limits', () => {
    const { perConversation, perTenant } = TEAMS_RATE_LIMITS;
    expect(perConversation.burst + perConversation.perSecond).toBeLessThan(7);
    expect(perTenant.burst + perTenant.perSecond).toBeLessThan(50);
  });
});
