/**
 * Time-to-live per kind of data. A report is as fresh as its most perishable section:
 * - liquidity 30 min: a pool can be pulled in one transaction, and re-reading reserves is cheap;
 * - control 1 h: owner/admin changes are rare but the most dangerous, and a few eth_calls re-read them;
 * - holders 6 h: balances drift slowly, and a holder scan is the most expensive read;
 * - governance / snapshot 12 h: delegations and admins change slowly.
 * A stale report is served at once (marked stale) while a refresh runs; past `maxAge` it is
 * dropped instead: a week-old verdict is not worth showing.
 */
import type { Report } from '../report/types';

export interface TtlTable {
  holders: number;
  control: number;
  governance: number;
  snapshot: number;
  liquidity: number;
  /** Used when a report has none of the sections above. */
  base: number;
  /** Hard limit: older reports are not served at all. */
  maxAge: number;
}

const MIN = 60_000;
const HOUR = 60 * MIN;

export const DEFAULT_TTL: TtlTable = {
  liquidity: 30 * MIN,
  control: HOUR,
  holders: 6 * HOUR,
  governance: 12 * HOUR,
  snapshot: 12 * HOUR,
  base: HOUR,
  maxAge: 7 * 24 * HOUR,
};

/** The time-to-live of a report: the shortest among the sections it has. */
export function ttlOf(report: Report, table: TtlTable = DEFAULT_TTL): number {
  let ttl = Infinity;
  for (const kind of ['holders', 'control', 'governance', 'snapshot', 'liquidity'] as const) {
    if (report[kind] !== undefined) ttl = Math.min(ttl, table[kind]);
  }
  // A report missing sections (a source failed) is retried sooner.
  if (report.sources?.some((s) => !s.ok)) ttl = Math.min(ttl, table.liquidity);
  return Number.isFinite(ttl) ? ttl : table.base;
}

export type Freshness = 'fresh' | 'stale' | 'expired';

export function freshness(report: Report, fetchedAt: number, now: number, table: TtlTable = DEFAULT_TTL): Freshness {
  const age = now - fetchedAt;
  if (age < 0) return 'fresh';
  if (age > table.maxAge) return 'expired';
  return age >= ttlOf(report, table) ? 'stale' : 'fresh';
}
