/**
 * The report cache behind a small interface: IndexedDB in the extension (./idb.ts),
 * memory in Node and as the fallback when storage fails (./memory.ts).
 */
import type { LabelCategory, Report } from '../report/types';
import type { CheckpointStore } from '../chain/checkpoints';

export interface CacheRecord {
  /** `${chainId}:${lowercase address}` (see ./keys.ts). */
  key: string;
  report: Report;
  /** When the report was stored (ms since epoch). */
  fetchedAt: number;
  /** For least-recently-used eviction (ms). */
  lastAccess: number;
  /** Approximate size (JSON length), for the size bound. */
  bytes: number;
}

export interface CacheLookup {
  record: CacheRecord;
  /** Past its time-to-live: serve it, and refresh behind. */
  stale: boolean;
}

/** Rows of the IndexedDB `labels` store (schema v2). Nothing writes it any more; clear() still empties it. */
export interface LabelRecord {
  /** `${chainId}:${lowercase address}` */
  key: string;
  name: string;
  category: LabelCategory;
  source: string;
  updatedAt: number;
}

/** A token whose analysis was running; resumed when a restarted worker starts. */
export interface PendingAnalysis {
  key: string;
  chainId: number;
  address: `0x${string}`;
  startedAt: number;
}

export interface PendingStore {
  list(): Promise<PendingAnalysis[]>;
  put(p: PendingAnalysis): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface CacheStats {
  reports: number;
  bytes: number;
}

export interface ReportCache {
  /** 'memory' also after IndexedDB failed (quota, private mode): nothing survives a restart then. */
  readonly backend: 'idb' | 'memory';
  /** Fresh or stale record; undefined when missing, past the hard age limit, or corrupt (dropped). */
  get(key: string): Promise<CacheLookup | undefined>;
  put(report: Report): Promise<void>;
  delete(key: string): Promise<void>;
  stats(): Promise<CacheStats>;
  /** Drops the least recently used half of the reports (to make room after a quota error). */
  shrink(): Promise<void>;
  /** Reports, checkpoints and pending analyses (and old label rows). */
  clear(): Promise<void>;
  readonly checkpoints: CheckpointStore;
  readonly pending: PendingStore;
}

export interface CacheOptions {
  /** Most reports kept; least recently used go first. Default 200. */
  maxEntries?: number;
  /** Approximate bytes kept. Default 25 MB. */
  maxBytes?: number;
  /** Override time-to-live per section kind (ms); see ./ttl.ts. */
  ttl?: Partial<import('./ttl').TtlTable>;
  /** Clock, for tests. */
  now?: () => number;
}
