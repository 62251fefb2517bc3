/**
 * Risk engine and report cache: what serving a known token costs.
 * Floor: structuredClone of the same Report (what any hand-off across a message port costs anyway).
 * Rows: deciding alone (assess), and a warm-cache answer (read + decide) from the memory cache and
 * from IndexedDB (fake-indexeddb in Node; a browser's IndexedDB differs, so read it as a relative figure).
 */
import 'fake-indexeddb/auto';
import type { BenchRow } from './format';
import { medianMs } from './format';
import { assess } from '../../lib/risk/index';
import { createIdbCache, createMemoryCache, openCacheDb, type ReportCache } from '../../lib/cache/index';
import { tokenKey as reportKey } from '../../lib/tokens/tokenRef';
import { governanceReport, rugReport, whaleReport, TOKEN } from '../fixtures/reports/build';
import type { Report } from '../../lib/report/types';

const N = 200;

function perOp(ms: number): number {
  return (ms * 1000) / N; // µs per operation
}

async function timeLoop(fn: () => unknown | Promise<unknown>): Promise<number> {
  return perOp(
    await medianMs(async () => {
      for (let i = 0; i < N; i++) await fn();
    }, 7),
  );
}

function row(name: string, ours: number, floor: number): BenchRow {
  return {
    name,
    ours: `${ours.toFixed(1)} µs`,
    baseline: `${floor.toFixed(1)} µs`,
    ratio: ours / floor,
    budget: 'none set',
    pass: null,
  };
}

async function servedFrom(cache: ReportCache, report: Report): Promise<() => Promise<unknown>> {
  await cache.put(report);
  const key = reportKey(report.chainId, TOKEN);
  return async () => {
    const hit = await cache.get(key);
    return assess(hit!.record.report);
  };
}

export async function rows(): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const [label, report] of [
    ['whale report, 100 top holders', whaleReport()],
    ['rug report, 41 holders', rugReport()],
    ['governance report', governanceReport()],
  ] as const) {
    const floor = await timeLoop(() => structuredClone(report));
    out.push(row(`risk: decide alone (${label})`, await timeLoop(() => assess(report)), floor));
    if (label.startsWith('whale')) {
      out.push(row(`risk: warm memory cache read + decide (${label})`, await timeLoop(await servedFrom(createMemoryCache(), report)), floor));
      const idb = createIdbCache(await openCacheDb(`bench-${Date.now()}`));
      out.push(row(`risk: warm IndexedDB read + decide (${label})`, await timeLoop(await servedFrom(idb, report)), floor));
    }
  }
  return out;
}
