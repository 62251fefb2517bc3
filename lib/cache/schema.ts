/**
 * IndexedDB schema and its migrations. Each version's step runs once, in order, inside
 * idb's upgrade transaction; a browser that skipped versions runs every missing step.
 *   v1: reports (key), checkpoints (key)
 *   v2: reports.lastAccess index (LRU eviction), labels, pending analyses
 *   v3: reports from v1/v2 stored without `bytes`: filled in (size bound counts them)
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ScanCheckpoint } from '../chain/checkpoints';
import type { CacheRecord, LabelRecord, PendingAnalysis } from './types';

export const DB_NAME = 'whale-lens-cache';
export const DB_VERSION = 3;

export interface CacheDB extends DBSchema {
  reports: { key: string; value: CacheRecord; indexes: { lastAccess: number } };
  checkpoints: { key: string; value: ScanCheckpoint };
  labels: { key: string; value: LabelRecord };
  pending: { key: string; value: PendingAnalysis };
}

type UpgradeTx = IDBPTransaction<CacheDB, StoreNames<CacheDB>[], 'versionchange'>;

const STEPS: Record<number, (db: IDBPDatabase<CacheDB>, tx: UpgradeTx) => Promise<void> | void> = {
  1: (db) => {
    db.createObjectStore('reports', { keyPath: 'key' });
    db.createObjectStore('checkpoints', { keyPath: 'key' });
  },
  2: (db, tx) => {
    tx.objectStore('reports').createIndex('lastAccess', 'lastAccess');
    db.createObjectStore('labels', { keyPath: 'key' });
    db.createObjectStore('pending', { keyPath: 'key' });
  },
  3: async (_db, tx) => {
    let cursor = await tx.objectStore('reports').openCursor();
    while (cursor) {
      const v = cursor.value as Partial<CacheRecord>;
      if (typeof v.bytes !== 'number' || typeof v.lastAccess !== 'number') {
        const bytes = v.report ? JSON.stringify(v.report).length : 0;
        await cursor.update({ ...(v as CacheRecord), bytes, lastAccess: v.lastAccess ?? v.fetchedAt ?? 0 });
      }
      cursor = await cursor.continue();
    }
  },
};

/** Runs the steps after `oldVersion` up to `newVersion` (exported for tests of partial upgrades). */
export async function upgradeSchema(db: IDBPDatabase<CacheDB>, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion + 1; v <= newVersion; v++) await STEPS[v]?.(db, tx);
}
