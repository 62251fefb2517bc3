/** Checks on what comes back from storage: anything malformed is dropped and refetched. */
import { REPORT_SCHEMA_VERSION, type Report } from '../report/types';
import type { CacheRecord } from './types';
import type { ScanCheckpoint } from '../chain/checkpoints';

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function isValidReport(x: unknown): x is Report {
  if (!isObj(x)) return false;
  const token = x.token;
  const block = x.block;
  return (
    x.schemaVersion === REPORT_SCHEMA_VERSION &&
    typeof x.chainId === 'number' &&
    isObj(token) &&
    typeof token.address === 'string' &&
    typeof token.totalSupply === 'string' &&
    isObj(block) &&
    typeof block.number === 'number' &&
    Array.isArray(x.sources)
  );
}

export function isValidRecord(x: unknown, key: string): x is CacheRecord {
  return (
    isObj(x) &&
    x.key === key &&
    typeof x.fetchedAt === 'number' &&
    Number.isFinite(x.fetchedAt) &&
    typeof x.lastAccess === 'number' &&
    typeof x.bytes === 'number' &&
    isValidReport(x.report)
  );
}

export function isValidCheckpoint(x: unknown, key: string): x is ScanCheckpoint {
  return isObj(x) && x.key === key && typeof x.nextBlock === 'number' && typeof x.toBlock === 'number' && typeof x.updatedAt === 'number';
}

/** JSON length is a fair, cheap proxy of the stored size (strings dominate a Report). */
export function sizeOf(report: Report): number {
  return JSON.stringify(report).length;
}
