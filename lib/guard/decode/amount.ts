import { getAddress, isAddress } from 'viem';
import type { Address } from '../../report/types';

/**
 * "Unlimited" is any allowance at or above 2^160 − 1: that covers uint256 max (the usual
 * infinite approve), uint160 max (Permit2's infinite amount) and 2^255-style values, and
 * is far above any real token supply, so it never mislabels a finite amount.
 */
export const UNLIMITED_FLOOR = 2n ** 160n - 1n;

export function isUnlimited(amount: bigint): boolean {
  return amount >= UNLIMITED_FLOOR;
}

/** Parses a JSON number / decimal / hex string / bigint into a bigint, or null. */
export function toBigInt(v: unknown): bigint | null {
  try {
    if (typeof v === 'bigint') return v;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
    if (typeof v === 'string' && /^(0x[0-9a-fA-F]+|[0-9]+)$/.test(v.trim())) return BigInt(v.trim());
  } catch {
    /* fall through */
  }
  return null;
}

/** A chain id from a number, decimal string or hex string; null when absent or odd. */
export function toChainId(v: unknown): number | null {
  const n = toBigInt(v);
  if (n === null || n <= 0n || n > 2n ** 53n) return null;
  return Number(n);
}

export function toAddress(v: unknown): Address | null {
  return typeof v === 'string' && isAddress(v, { strict: false }) ? getAddress(v) : null;
}
