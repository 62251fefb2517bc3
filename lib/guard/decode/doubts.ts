/**
 * What the guard cannot vouch for in a request, in people's words. Pure.
 * A doubt names the contract it is about (`token`, when known) and its chain (0: unknown).
 */
import type { Address } from '../../report/types';
import { tokenAbi } from './erc20';
import { toFunctionSelector } from 'viem';

export interface Doubt {
  chainId: number;
  token: Address | null;
  note: string;
}

export const NO_CHAIN_NOTE =
  'Your wallet did not say which network this request is for (it did not answer in time), so Whale Lens could not check this token.';

/** Calldata larger than this is not decoded (bounded work on page input). */
export const MAX_CALLDATA_CHARS = 256 * 1024;

const TOKEN_SELECTORS = new Set(tokenAbi.map((f) => toFunctionSelector(f)));
/** approve/transfer-style calls: selector + two or three 32-byte words. */
const MIN_TOKEN_CALL_CHARS = 2 + 8 + 64 * 2;

/** Why this calldata cannot be checked, or null when it can (or is simply not a token call). */
export function calldataDoubt(data: unknown): string | null {
  if (typeof data !== 'string') return null;
  if (data.length > MAX_CALLDATA_CHARS) return 'This transaction\u2019s data is too large for Whale Lens to check.';
  if (!/^0x[0-9a-fA-F]*$/.test(data) || data.length % 2 !== 0) return 'This transaction\u2019s data is malformed, so Whale Lens could not read it.';
  if (data.length >= 10 && TOKEN_SELECTORS.has(data.slice(0, 10).toLowerCase() as `0x${string}`) && data.length < MIN_TOKEN_CALL_CHARS) {
    return 'This looks like a token approval or transfer, but its data is cut short, so Whale Lens could not read it.';
  }
  return null;
}
