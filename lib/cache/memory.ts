/**
 * In-memory ReportCache: the Node implementation and the fallback when IndexedDB fails.
 * Values are structured-cloned in and out so callers never share mutable state with the cache.
 */
import type { Report } from '../report/types';
import type { ScanCheckpoint } from '../chain/checkpoints';
import type { CacheLookup, CacheOptions, CacheRecord, PendingAnalysis, ReportCache } from './types';
import { tokenKey } from '../tokens/tokenRef';
import { DEFAULT_TTL, freshness, type TtlTable } from './ttl';
import { sizeOf } from './record';

export const DEFAULT_MAX_ENTRIES = 200;
export const DEFAULT_MAX_BYTES = 25_000_000;

export function createMemoryCache(opts: CacheOptions = {}): ReportCache {
  const now = opts.now ?? Date.now;
  const ttl: TtlTable = { ...DEFAULT_TTL, ...opts.ttl };
  const maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  // Map order = recency: a read moves the key to the end, eviction takes from the front.
  const reports = new Map<string, CacheRecord>();
  const checkpoints = new Map<string, ScanCheckpoint>();
  const pending = new Map<string, PendingAnalysis>();
  let bytes = 0;

  function remove(key: string): void {
    const r = reports.get(key);
    if (!r) return;
    bytes -= r.bytes;
    reports.delete(key);
  }

  function evict(): void {
    for (const key of reports.keys()) {
      if (reports.size <= maxEntries && bytes <= maxBytes) break;
      remove(key);
    }
  }

  return {
    backend: 'memory',
    async get(key): Promise<CacheLookup | undefined> {
      const r = reports.get(key);
      if (!r) return undefined;
      const f = freshness(r.report, r.fetchedAt, now(), ttl);
      if (f === 'expired') {
        remove(key);
        return undefined;
      }
      reports.delete(key);
      r.lastAccess = now();
      reports.set(key, r);
      return { record: structuredClone(r), stale: f === 'stale' };
    },
    async put(report: Report) {
      const key = tokenKey(report.chainId, report.token.address);
      remove(key);
      const t = now();
      const record: CacheRecord = { key, report: structuredClone(report), fetchedAt: t, lastAccess: t, bytes: sizeOf(report) };
      reports.set(key, record);
      bytes += record.bytes;
      evict();
    },
    async delete(key) {
      remove(key);
    },
    async stats() {
      return { reports: reports.size, bytes };
    },
    async shrink() {
      const drop = Math.ceil(reports.size / 2);
      for (const key of [...reports.keys()].slice(0, drop)) remove(key);
    },
    async clear() {
      reports.clear();
      checkpoints.clear();
      pending.clear();
      bytes = 0;
    },
    checkpoints: {
      async get(key) {
        const cp = checkpoints.get(key);
        return cp && structuredClone(cp);
      },
      async put(cp) {
        checkpoints.set(cp.key, structuredClone(cp));
      },
      async delete(key) {
        checkpoints.delete(key);
      },
    },
    pending: {
      async list() {
        return [...pending.values()].map((p) => ({ ...p }));
      },
      async put(p) {
        pending.set(p.key, { ...p });
      },
      async delete(key) {
        pending.delete(key);
      },
    },
  };
}
