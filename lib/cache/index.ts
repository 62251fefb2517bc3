/**
 * The report cache: IndexedDB when the environment has it, memory otherwise (Node, private
 * windows), and memory again if IndexedDB fails later (see ./resilient.ts).
 */
import type { CacheOptions } from './types';
import { createMemoryCache } from './memory';
import { createIdbCache, openCacheDb } from './idb';
import { withMemoryFallback, type ResilientCache } from './resilient';
import { DB_NAME } from './schema';

export type { CacheOptions, ReportCache } from './types';
export type { ResilientCache } from './resilient';
export { createMemoryCache } from './memory';
export { createIdbCache, openCacheDb } from './idb';
export { withMemoryFallback } from './resilient';
export { DEFAULT_TTL } from './ttl';
export { DB_VERSION } from './schema';

export async function openReportCache(opts: CacheOptions & { name?: string; onDegrade?: (reason: string) => void } = {}): Promise<ResilientCache> {
  const memory = createMemoryCache(opts);
  if (typeof indexedDB === 'undefined') return withMemoryFallback(memory, memory);
  try {
    const db = await openCacheDb(opts.name ?? DB_NAME);
    return withMemoryFallback(createIdbCache(db, opts), memory, opts.onDegrade);
  } catch (err) {
    opts.onDegrade?.(`IndexedDB unavailable: ${(err as Error)?.message ?? String(err)}`);
    return withMemoryFallback(memory, memory);
  }
}
