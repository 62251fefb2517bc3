/**
 * Token-bucket math on a simulated clock (sleep advances time instantly), so the published
 * limits can be checked over minutes and days without waiting.
 */
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../../lib/sources/http/clock';
import { RATE_POLICIES } from '../../../lib/sources/http/policies';
import { RateLimiter } from '../../../lib/sources/http/rateLimiter';
import { maxInWindow } from '../../support/loopback/server';

function simulatedClock(): Clock {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms) => {
      // Let resolved waiters record the time before it moves on.
      await new Promise((r) => setImmediate(r));
      t += ms;
    },
  };
}

async function sendTimes(limiter: RateLimiter, clock: Clock, n: number): Promise<number[]> {
  const times: number[] = [];
  // All requested at once: the worst case for a limiter.
  await Promise.all(Array.from({ length: n }, () => limiter.acquire().then(() => times.push(clock.now()))));
  return times.sort((a, b) => a - b);
}

describe('RateLimiter (simulated time)', () => {
  it('Blockscout keyless: never more than 4 requests in any second', async () => {
    const clock = simulatedClock();
    const times = await sendTimes(new RateLimiter(RATE_POLICIES.blockscout, clock), clock, 40);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(4);
    expect(times[39]).toBeGreaterThanOrEqual(39 * 250 - 1);
  });

  it('Ethplorer freekey: ≤ 2 per second, ≤ 30 per minute, ≤ 200 per hour', async () => {
    const clock = simulatedClock();
    const times = await sendTimes(new RateLimiter(RATE_POLICIES.ethplorer, clock), clock, 260);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(2);
    expect(maxInWindow(times, 60_000)).toBeLessThanOrEqual(30);
    expect(maxInWindow(times, 3_600_000)).toBeLessThanOrEqual(200);
  });

  it('Snapshot: ≤ 100 per minute; GoPlus ≤ 30 per minute', async () => {
    for (const [name, n, windowMs, max] of [
      ['snapshot', 300, 60_000, 100],
      ['goplus', 90, 60_000, 30],
      ['blockscout-keyed', 50, 1000, 5],
    ] as const) {
      const clock = simulatedClock();
      const times = await sendTimes(new RateLimiter(RATE_POLICIES[name], clock), clock, n);
      expect(maxInWindow(times, windowMs), name).toBeLessThanOrEqual(max);
    }
  });

  it('pauseUntil holds every waiter until the service said so', async () => {
    const clock = simulatedClock();
    const limiter = new RateLimiter([{ capacity: 5, perSecond: 100 }], clock);
    limiter.pauseUntil(3000);
    const times = await sendTimes(limiter, clock, 3);
    expect(times[0]).toBeGreaterThanOrEqual(3000);
  });

  it('an aborted waiter leaves the queue at once with the abort reason', async () => {
    const clock = simulatedClock();
    const limiter = new RateLimiter([{ capacity: 1, perSecond: 0.001 }], clock);
    await limiter.acquire();
    const ctrl = new AbortController();
    const waiting = limiter.acquire(ctrl.signal);
    ctrl.abort(new Error('user left'));
    await expect(waiting).rejects.toThrow('user left');
  });

  it('when every waiter aborts, the pump stops waiting (no timer keeps the process alive)', async () => {
    let sleeping = 0;
    const clock: Clock = {
      now: () => 0,
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          sleeping++;
          signal?.addEventListener('abort', () => {
            sleeping--;
            reject(new Error('woken'));
          });
        }),
    };
    const limiter = new RateLimiter([{ capacity: 1, perSecond: 1 }], clock);
    await limiter.acquire();
    const ctrl = new AbortController();
    const waiting = limiter.acquire(ctrl.signal).catch(() => 'aborted');
    await new Promise((r) => setImmediate(r));
    expect(sleeping).toBe(1);
    ctrl.abort();
    expect(await waiting).toBe('aborted');
    expect(sleeping).toBe(0);
  });

  it('refuses impossible bucket specs', () => {
    expect(() => new RateLimiter([{ capacity: 0, perSecond: 1 }], simulatedClock())).toThrow(RangeError);
  });
});
