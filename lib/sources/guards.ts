/**
 * Hand-written guards for API responses. Every reader either returns a value of the
 * promised type or throws MalformedResponseError naming the source and the field —
 * never a silently wrong number (balances are parsed to bigint from exact decimal text).
 */
import { getAddress, isAddress } from 'viem';
import type { Address, Hex } from '../report/types';
import { InputError } from '../errors';
import { MalformedResponseError, type SourceLabel } from './errors';

export type Json = Record<string, unknown>;

const HEX_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
/** Checksumming costs a keccak; holder lists repeat the same addresses across calls. */
const checksummed = new Map<string, Address>();

function checksum(v: string): Address {
  const key = v.toLowerCase();
  let out = checksummed.get(key);
  if (!out) {
    if (checksummed.size >= 20_000) checksummed.clear();
    out = getAddress(key);
    checksummed.set(key, out);
  }
  return out;
}

export function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class Reader {
  constructor(readonly source: SourceLabel) {}

  fail(reason: string): never {
    throw new MalformedResponseError(this.source, reason);
  }

  record(v: unknown, what: string): Json {
    return isRecord(v) ? v : this.fail(`${what} is not an object`);
  }

  array(v: unknown, what: string): unknown[] {
    return Array.isArray(v) ? v : this.fail(`${what} is not a list`);
  }

  string(v: unknown, what: string): string {
    return typeof v === 'string' ? v : this.fail(`${what} is not a string`);
  }

  optString(v: unknown, what: string): string | null {
    return v === undefined || v === null ? null : this.string(v, what);
  }

  optBoolean(v: unknown, what: string): boolean | null {
    if (v === undefined || v === null) return null;
    return typeof v === 'boolean' ? v : this.fail(`${what} is not true/false`);
  }

  /** A non-negative integer that fits a double exactly (counts, page sizes), from a number or digit string. */
  count(v: unknown, what: string): number {
    const n = typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : v;
    if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) return n;
    return this.fail(`${what} is not a count`);
  }

  optCount(v: unknown, what: string): number | null {
    return v === undefined || v === null ? null : this.count(v, what);
  }

  /** A finite number ≥ 0 (Snapshot scores and voting power are floats). */
  nonNegative(v: unknown, what: string): number {
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : this.fail(`${what} is not a non-negative number`);
  }

  /**
   * An unsigned integer amount in base units, exactly. Accepts a decimal digit string
   * (what indexers send for uint256) or a JSON number only when it is a safe integer —
   * a larger JSON number has already been rounded by JSON.parse and is refused.
   */
  uint(v: unknown, what: string): bigint {
    if (typeof v === 'string' && /^\d{1,78}$/.test(v)) {
      const b = BigInt(v);
      if (b < 2n ** 256n) return b;
    }
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
    return this.fail(`${what} is not an exact unsigned integer`);
  }

  optUint(v: unknown, what: string): bigint | null {
    return v === undefined || v === null ? null : this.uint(v, what);
  }

  address(v: unknown, what: string): Address {
    if (typeof v === 'string' && HEX_ADDRESS.test(v)) return checksum(v);
    return this.fail(`${what} is not an address`);
  }

  optAddress(v: unknown, what: string): Address | null {
    return v === undefined || v === null || v === '' ? null : this.address(v, what);
  }

  txHash(v: unknown, what: string): Hex {
    if (typeof v === 'string' && /^0x[0-9a-fA-F]{64}$/.test(v)) return v.toLowerCase() as Hex;
    return this.fail(`${what} is not a transaction hash`);
  }

  optTxHash(v: unknown, what: string): Hex | null {
    return v === undefined || v === null || v === '' ? null : this.txHash(v, what);
  }
}

/** An address a caller passes in (not from a service): lowercase for URLs, validated. */
export function pathAddress(address: string): string {
  if (!isAddress(address, { strict: false })) throw new InputError(`not an address: ${address}`);
  return address.toLowerCase();
}
