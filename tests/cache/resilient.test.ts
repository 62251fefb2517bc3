import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryCache, openReportCache, withMemoryFallback, createIdbCache, openCacheDb } from '../../lib/cache/index';
import { tokenKey as reportKey } from '../../lib/tokens/tokenRef';
import type { ReportCache } from '../../lib/cache/types';
import { healthyReport, TOKEN } from '../fixtures/reports/build';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A real IndexedDB cache whose writes fail the way a full disk makes them fail. */
async function fullDisk(failures: number): Promise<ReportCache & { shrinkCalls: number }> {
  const real = createIdbCache(await openCacheDb(`quota-${Math.random()}`));
  let left = failures;
  const wrapped = {
    ...real,
    shrinkCalls: 0,
    async put(r: Parameters<ReportCache['put']>[0]) {
      if (left-- > 0) throw quota();
      return real.put(r);
    },
    async shrink() {
      wrapped.shrinkCalls++;
      return real.shrink();
    },
  };
  return wrapped;
}

describe('quota errors degrade to memory', () => {
  it('a quota error evicts and retries once before giving up on IndexedDB', async () => {
    const primary = await fullDisk(1);
    const cache = withMemoryFallback(primary, createMemoryCache());
    await cache.put(healthyReport());
    expect(primary.shrinkCalls).toBe(1);
    expect(cache.backend).toBe('idb');
    expect(await primary.get(reportKey(1, TOKEN))).toBeDefined();
  });

  it('a persisting quota error switches to memory, which keeps serving', async () => {
    const onDegrade = vi.fn();
    const cache = withMemoryFallback(await fullDisk(99), createMemoryCache(), onDegrade);
    await cache.put(healthyReport());
    expect(cache.backend).toBe('memory');
    expect(cache.degradedReason).toBe('storage quota exceeded');
    expect(onDegrade).toHaveBeenCalledOnce();
    expect(await cache.get(reportKey(1, TOKEN))).toBeDefined();
    await cache.checkpoints.put({ key: 'k', nextBlock: 1, toBlock: 2, state: null, updatedAt: 0 });
    expect(await cache.checkpoints.get('k')).toBeDefined();
  });

  it('a read that throws is a miss, not a crash', async () => {
    const broken = {
      ...createMemoryCache(),
      get: async () => {
        throw new Error('disk I/O error');
      },
    } as ReportCache;
    const cache = withMemoryFallback(broken, createMemoryCache());
    expect(await cache.get('1:0x')).toBeUndefined();
  });

  it('checkpoint writes that fail fall back to memory', async () => {
    const mem = createMemoryCache();
    const broken = {
      ...mem,
      checkpoints: {
        ...mem.checkpoints,
        put: async () => {
          throw quota();
        },
      },
    } as ReportCache;
    const cache = withMemoryFallback(broken, createMemoryCache());
    await cache.checkpoints.put({ key: 'k', nextBlock: 1, toBlock: 2, state: null, updatedAt: 0 });
    expect(cache.backend).toBe('memory');
    expect((await cache.checkpoints.get('k'))?.nextBlock).toBe(1);
  });

  it('openReportCache uses IndexedDB when present', async () => {
    const cache = await openReportCache({ name: `open-${Math.random()}` });
    expect(cache.backend).toBe('idb');
  });
});
