/**
 * Keeps the worker serving when storage fails. A quota error first evicts the least recently used
 * half of the cached reports and retries once; if storage still fails (quota, a broken or closed database),
 * the cache switches to memory for the rest of this worker's life. Reads that fail count as
 * misses: the report is fetched again, never a crash.
 */
import type { Report } from '../report/types';
import type { CacheLookup, CacheStats, ReportCache } from './types';

export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export interface ResilientCache extends ReportCache {
  /** Why the cache fell back to memory, if it did. */
  readonly degradedReason: string | undefined;
}

export function withMemoryFallback(primary: ReportCache, fallback: ReportCache, onDegrade?: (reason: string) => void): ResilientCache {
  let active: ReportCache = primary;
  let degradedReason: string | undefined;

  function degrade(err: unknown): void {
    if (active === fallback) return;
    degradedReason = isQuotaError(err) ? 'storage quota exceeded' : `storage failed: ${(err as Error)?.message ?? String(err)}`;
    active = fallback;
    onDegrade?.(degradedReason);
  }

  /** Runs op on the active store; on failure degrades and runs it on memory. */
  async function guarded<T>(op: (c: ReportCache) => Promise<T>): Promise<T> {
    if (active === fallback) return op(fallback);
    try {
      return await op(active);
    } catch (err) {
      degrade(err);
      return op(fallback);
    }
  }

  const cache: ResilientCache = {
    get backend() {
      return active.backend;
    },
    get degradedReason() {
      return degradedReason;
    },
    async get(key): Promise<CacheLookup | undefined> {
      if (active === fallback) return fallback.get(key);
      try {
        return await primary.get(key);
      } catch {
        return fallback.get(key);
      }
    },
    async put(report: Report) {
      if (active === fallback) return fallback.put(report);
      try {
        await primary.put(report);
      } catch (err) {
        if (isQuotaError(err)) {
          try {
            await primary.shrink();
            await primary.put(report);
            return;
          } catch (retryErr) {
            degrade(retryErr);
          }
        } else {
          degrade(err);
        }
        await fallback.put(report);
      }
    },
    delete: (key) => guarded((c) => c.delete(key)),
    stats: (): Promise<CacheStats> => guarded((c) => c.stats()),
    shrink: () => guarded((c) => c.shrink()),
    async clear() {
      await Promise.allSettled([primary.clear(), fallback.clear()]);
    },
    checkpoints: {
      get: (key) => guarded((c) => c.checkpoints.get(key)),
      put: (cp) => guarded((c) => c.checkpoints.put(cp)),
      delete: (key) => guarded((c) => c.checkpoints.delete(key)),
    },
    pending: {
      list: () => guarded((c) => c.pending.list()),
      put: (p) => guarded((c) => c.pending.put(p)),
      delete: (key) => guarded((c) => c.pending.delete(key)),
    },
  };
  return cache;
}
