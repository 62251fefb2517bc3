import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { createIdbCache, openCacheDb, DB_VERSION } from '../../lib/cache/index';
import { tokenKey as reportKey } from '../../lib/tokens/tokenRef';
import { healthyReport, TOKEN } from '../fixtures/reports/build';

let seq = 0;
const name = () => `idb-test-${++seq}`;

describe('IndexedDB cache', () => {
  it('survives a new worker: a second instance on the same database sees the report', async () => {
    const dbName = name();
    const first = createIdbCache(await openCacheDb(dbName));
    await first.put(healthyReport());
    const second = createIdbCache(await openCacheDb(dbName));
    expect((await second.get(reportKey(1, TOKEN)))?.record.report.token.symbol).toBe('EGT');
  });

  it('drops a corrupt report record and reports a miss (the caller refetches)', async () => {
    const dbName = name();
    const db = await openCacheDb(dbName);
    const cache = createIdbCache(db);
    const key = reportKey(1, TOKEN);
    await db.put('reports', { key, report: { schemaVersion: 1, chainId: 'one' }, fetchedAt: 'yesterday' } as never);
    expect(await cache.get(key)).toBeUndefined();
    expect(await db.get('reports', key)).toBeUndefined();
    // A report of an older schema is dropped the same way.
    const old = { ...healthyReport(), schemaVersion: 0 };
    await db.put('reports', { key, report: old, fetchedAt: Date.now(), lastAccess: Date.now(), bytes: 10 } as never);
    expect(await cache.get(key)).toBeUndefined();
    await cache.put(healthyReport());
    expect(await cache.get(key)).toBeDefined();
  });

  it('drops a corrupt checkpoint', async () => {
    const db = await openCacheDb(name());
    const cache = createIdbCache(db);
    await db.put('checkpoints', { key: 'scan', nextBlock: 'ten' } as never);
    expect(await cache.checkpoints.get('scan')).toBeUndefined();
    expect(await db.get('checkpoints', 'scan')).toBeUndefined();
  });

  it('migrates a v1 database: keeps reports, fills size and recency, adds the new stores', async () => {
    const dbName = name();
    const v1 = await openDB(dbName, 1, {
      upgrade(db) {
        db.createObjectStore('reports', { keyPath: 'key' });
        db.createObjectStore('checkpoints', { keyPath: 'key' });
      },
    });
    const key = reportKey(1, TOKEN);
    const fetchedAt = Date.now();
    await v1.put('reports', { key, report: healthyReport(), fetchedAt });
    await v1.put('checkpoints', { key: 'scan', nextBlock: 5, toBlock: 9, state: null, updatedAt: 1 });
    v1.close();

    const db = await openCacheDb(dbName);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['checkpoints', 'labels', 'pending', 'reports']);
    const migrated = await db.get('reports', key);
    expect(migrated?.bytes).toBe(JSON.stringify(healthyReport()).length);
    expect(migrated?.lastAccess).toBe(fetchedAt);
    const cache = createIdbCache(db);
    expect((await cache.get(key))?.record.report.token.symbol).toBe('EGT');
    expect((await cache.checkpoints.get('scan'))?.nextBlock).toBe(5);
  });
});
