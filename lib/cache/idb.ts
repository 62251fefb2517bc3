/**
 * IndexedDB ReportCache (idb). Reads validate every record: a corrupt one is deleted and
 * reported as missing, so the caller refetches instead of crashing. Writes enforce the size
 * bound by evicting the least recently used reports.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { Report } from '../report/types';
import type { CacheLookup, CacheOptions, CacheRecord, ReportCache } from './types';
import { tokenKey } from '../tokens/tokenRef';
import { DEFAULT_TTL, freshness, type TtlTable } from './ttl';
import { isValidCheckpoint, isValidRecord, sizeOf } from './record';
import { DB_NAME, DB_VERSION, upgradeSchema, type CacheDB } from './schema';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES } from './memory';

/** Reads within this window do not rewrite lastAccess: saves a write per read on hot tokens. */
const ACCESS_GRANULARITY_MS = 60_000;

export async function openCacheDb(name = DB_NAME): Promise<IDBPDatabase<CacheDB>> {
  const opened: IDBPDatabase<CacheDB> = await openDB<CacheDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      upgradeSchema(db, oldVersion, newVersion ?? DB_VERSION, tx).catch(() => tx.abort());
    },
    // A newer worker (after an update) wants a newer schema: step aside instead of blocking it.
    blocking() {
      opened.close();
    },
  });
  return opened;
}

export function createIdbCache(database: IDBPDatabase<CacheDB>, opts: CacheOptions = {}): ReportCache {
  const now = opts.now ?? Date.now;
  const ttl: TtlTable = { ...DEFAULT_TTL, ...opts.ttl };
  const maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;

  // Total bytes: summed once (one scan), then kept up to date by put/delete/evict.
  let totalBytes: number | undefined;

  async function knownBytes(): Promise<number> {
    if (totalBytes === undefined) {
      let sum = 0;
      let c = await database.transaction('reports').store.openCursor();
      while (c) {
        sum += c.value.bytes ?? 0;
        c = await c.continue();
      }
      totalBytes = sum;
    }
    return totalBytes;
  }

  async function evict(): Promise<void> {
    let bytes = await knownBytes();
    const tx = database.transaction('reports', 'readwrite');
    let count = await tx.store.count();
    if (count <= maxEntries && bytes <= maxBytes) return tx.done;
    let cursor = await tx.store.index('lastAccess').openCursor();
    while (cursor && (count > maxEntries || bytes > maxBytes)) {
      bytes -= cursor.value.bytes ?? 0;
      count--;
      await cursor.delete();
      cursor = await cursor.continue();
    }
    totalBytes = bytes;
    await tx.done;
  }

  async function remove(key: string): Promise<void> {
    const old = await database.get('reports', key).catch(() => undefined);
    await database.delete('reports', key);
    if (totalBytes !== undefined && old && typeof old.bytes === 'number') totalBytes -= old.bytes;
  }

  return {
    backend: 'idb',
    async get(key): Promise<CacheLookup | undefined> {
      let raw: unknown;
      try {
        raw = await database.get('reports', key);
      } catch {
        raw = null; // unreadable record: treat as corrupt
      }
      if (raw === undefined) return undefined;
      if (!isValidRecord(raw, key)) {
        await database.delete('reports', key).catch(() => undefined);
        totalBytes = undefined; // the dropped record's size is unknown: recount next time
        return undefined;
      }
      const record = raw;
      const t = now();
      const f = freshness(record.report, record.fetchedAt, t, ttl);
      if (f === 'expired') {
        await remove(key);
        return undefined;
      }
      if (t - record.lastAccess >= ACCESS_GRANULARITY_MS) {
        record.lastAccess = t;
        await database.put('reports', record);
      }
      return { record, stale: f === 'stale' };
    },
    async put(report: Report) {
      const t = now();
      const record: CacheRecord = {
        key: tokenKey(report.chainId, report.token.address),
        report,
        fetchedAt: t,
        lastAccess: t,
        bytes: sizeOf(report),
      };
      await remove(record.key);
      await database.put('reports', record);
      if (totalBytes !== undefined) totalBytes += record.bytes;
      await evict();
    },
    async delete(key) {
      await remove(key);
    },
    async shrink() {
      const tx = database.transaction('reports', 'readwrite');
      let drop = Math.ceil((await tx.store.count()) / 2);
      let cursor = await tx.store.index('lastAccess').openCursor();
      while (cursor && drop-- > 0) {
        await cursor.delete();
        cursor = await cursor.continue();
      }
      await tx.done;
      totalBytes = undefined;
    },
    async stats() {
      let reports = 0;
      let bytes = 0;
      let c = await database.transaction('reports').store.openCursor();
      while (c) {
        reports++;
        bytes += c.value.bytes ?? 0;
        c = await c.continue();
      }
      return { reports, bytes };
    },
    async clear() {
      const tx = database.transaction(['reports', 'checkpoints', 'labels', 'pending'], 'readwrite');
      await Promise.all([...tx.objectStoreNames].map((n) => tx.objectStore(n).clear()));
      await tx.done;
      totalBytes = 0;
    },
    checkpoints: {
      async get(key) {
        const raw: unknown = await database.get('checkpoints', key).catch(() => null);
        if (raw === undefined) return undefined;
        if (!isValidCheckpoint(raw, key)) {
          await database.delete('checkpoints', key).catch(() => undefined);
          return undefined;
        }
        return raw;
      },
      async put(cp) {
        await database.put('checkpoints', cp);
      },
      async delete(key) {
        await database.delete('checkpoints', key);
      },
    },
    pending: {
      async list() {
        return database.getAll('pending');
      },
      async put(p) {
        await database.put('pending', p);
      },
      async delete(key) {
        await database.delete('pending', key);
      },
    },
  };
}
