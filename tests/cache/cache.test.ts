import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createIdbCache, createMemoryCache, openCacheDb, DEFAULT_TTL } from '../../lib/cache/index';
import { tokenKey as reportKey } from '../../lib/tokens/tokenRef';
import type { CacheOptions, ReportCache } from '../../lib/cache/types';
import { healthyReport, rugReport, whaleReport, TOKEN, addr } from '../fixtures/reports/build';
import type { Report } from '../../lib/report/types';

const MIN = 60_000;
let dbSeq = 0;

function tokenReport(n: number, base: () => Report = healthyReport): Report {
  const r = base();
  r.token = { ...r.token, address: addr(n) };
  return r;
}

const backends: [string, (opts: CacheOptions) => Promise<ReportCache>][] = [
  ['memory', async (opts) => createMemoryCache(opts)],
  ['idb', async (opts) => createIdbCache(await openCacheDb(`test-cache-${++dbSeq}`), opts)],
];

describe.each(backends)('%s cache', (_name, make) => {
  let now: number;
  const clock = () => now;
  beforeEach(() => {
    now = 1_700_000_000_000;
  });

  it('hits with a copy of what was stored', async () => {
    const cache = await make({ now: clock });
    const report = whaleReport();
    await cache.put(report);
    const hit = await cache.get(reportKey(1, TOKEN));
    expect(hit?.stale).toBe(false);
    expect(hit?.record.report).toEqual(report);
    expect(hit?.record.fetchedAt).toBe(now);
    expect(await cache.get(reportKey(1, addr(1)))).toBeUndefined();
  });

  it('uses the address key case-insensitively', async () => {
    const cache = await make({ now: clock });
    await cache.put(healthyReport());
    expect(await cache.get(`1:${TOKEN.toUpperCase().replace('0X', '0x')}`.toLowerCase())).toBeDefined();
  });

  it('turns stale after the shortest section TTL and expires after maxAge', async () => {
    const cache = await make({ now: clock });
    await cache.put(healthyReport()); // has liquidity → 30 min
    now += 30 * MIN - 1;
    expect((await cache.get(reportKey(1, TOKEN)))?.stale).toBe(false);
    now += 1;
    expect((await cache.get(reportKey(1, TOKEN)))?.stale).toBe(true);
    now += DEFAULT_TTL.maxAge;
    expect(await cache.get(reportKey(1, TOKEN))).toBeUndefined();
    expect((await cache.stats()).reports).toBe(0);
  });

  it('TTL differs per kind: a report without liquidity lives for the control TTL (1 h)', async () => {
    const cache = await make({ now: clock });
    const r = healthyReport();
    delete r.liquidity;
    await cache.put(r);
    now += 59 * MIN;
    expect((await cache.get(reportKey(1, TOKEN)))?.stale).toBe(false);
    now += MIN;
    expect((await cache.get(reportKey(1, TOKEN)))?.stale).toBe(true);
  });

  it('evicts the least recently used past maxEntries', async () => {
    const cache = await make({ now: clock, maxEntries: 2 });
    await cache.put(tokenReport(1));
    now += 2 * MIN;
    await cache.put(tokenReport(2));
    now += 2 * MIN;
    await cache.get(reportKey(1, addr(1))); // 1 is now more recent than 2
    now += 2 * MIN;
    await cache.put(tokenReport(3));
    expect(await cache.get(reportKey(1, addr(2)))).toBeUndefined();
    expect(await cache.get(reportKey(1, addr(1)))).toBeDefined();
    expect(await cache.get(reportKey(1, addr(3)))).toBeDefined();
    expect((await cache.stats()).reports).toBe(2);
  });

  it('evicts past maxBytes', async () => {
    const size = JSON.stringify(tokenReport(1)).length;
    const cache = await make({ now: clock, maxBytes: Math.floor(size * 2.5) });
    for (let i = 1; i <= 4; i++) {
      await cache.put(tokenReport(i));
      now += 2 * MIN;
    }
    const stats = await cache.stats();
    expect(stats.reports).toBe(2);
    expect(stats.bytes).toBeLessThanOrEqual(size * 2.5);
    expect(await cache.get(reportKey(1, addr(4)))).toBeDefined();
  });

  it('replacing a report keeps one entry and the byte count right', async () => {
    const cache = await make({ now: clock });
    await cache.put(healthyReport());
    await cache.put(rugReport());
    const stats = await cache.stats();
    expect(stats.reports).toBe(1);
    expect(stats.bytes).toBe(JSON.stringify(rugReport()).length);
  });

  it('shrink drops the least recently used half', async () => {
    const cache = await make({ now: clock });
    for (let i = 1; i <= 4; i++) {
      await cache.put(tokenReport(i));
      now += 2 * MIN;
    }
    await cache.shrink();
    expect((await cache.stats()).reports).toBe(2);
    expect(await cache.get(reportKey(1, addr(1)))).toBeUndefined();
    expect(await cache.get(reportKey(1, addr(4)))).toBeDefined();
  });

  it('stores checkpoints and pending analyses; clear empties all', async () => {
    const cache = await make({ now: clock });
    const cp = { key: 'holders:1:0xabc', nextBlock: 500, toBlock: 1000, state: { balances: { a: '1' } }, updatedAt: now };
    await cache.checkpoints.put(cp);
    expect(await cache.checkpoints.get(cp.key)).toEqual(cp);
    await cache.pending.put({ key: '1:0xabc', chainId: 1, address: TOKEN, startedAt: now });
    expect(await cache.pending.list()).toHaveLength(1);
    await cache.put(healthyReport());
    await cache.clear();
    expect(await cache.checkpoints.get(cp.key)).toBeUndefined();
    expect(await cache.pending.list()).toEqual([]);
    expect(await cache.stats()).toEqual({ reports: 0, bytes: 0 });
    await cache.checkpoints.put(cp);
    await cache.checkpoints.delete(cp.key);
    expect(await cache.checkpoints.get(cp.key)).toBeUndefined();
  });
});
