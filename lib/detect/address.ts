import type { Address } from '../report/types';

const HEX40 = /^0x[0-9a-fA-F]{40}$/;
const ZERO = '0x0000000000000000000000000000000000000000';
/** The placeholder many DEX front-ends use for the chain's native coin. */
const NATIVE = '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee';

/**
 * A token address from a URL part, lower-cased, or null. Lower-case on purpose: viem's
 * getAddress (keccak and all) adds ~11 KB minified to a content script that runs on every page;
 * the background checksums on receipt, and ./index.ts returns the checksummed form elsewhere.
 */
export function tokenAddress(s: string | null | undefined): Address | null {
  if (!s || s.length !== 42 || !HEX40.test(s)) return null;
  const a = s.toLowerCase();
  return a === ZERO || a === NATIVE ? null : (a as Address);
}

/** "1:0xabc…" or "0xabc…" → the address part. */
export function stripChainPrefix(s: string | null | undefined): string | null {
  if (!s) return null;
  const i = s.indexOf(':');
  return i < 0 ? s : s.slice(i + 1);
}
