/** Uniswap path helpers: V2 address[] paths and V3 packed paths (token ‖ fee(3) ‖ token …). */
import { getAddress, type Hex } from 'viem';
import type { Address } from '../../report/types';
import type { TouchedToken } from '../types';

/** Tokens of a V3 packed path, in path order; null when the bytes are not a path. */
export function decodeV3Path(path: Hex): Address[] | null {
  const hex = path.slice(2);
  // 20-byte token, then (3-byte fee + 20-byte token) per hop.
  if (hex.length < 40 || (hex.length - 40) % 46 !== 0) return null;
  const tokens: Address[] = [];
  for (let i = 0; i < hex.length; i += 46) tokens.push(getAddress(`0x${hex.slice(i, i + 40)}`));
  return tokens.length >= 2 ? tokens : null;
}

export interface SwapSides {
  chainId: number;
  /** Token paid (null when native ETH is paid). */
  tokenIn: Address | null;
  /** Token received (null when native ETH is received). */
  tokenOut: Address | null;
  amountIn?: bigint;
  amountOut?: bigint;
}

/** The two ends of a swap as touched tokens: the one sold and the one bought; hops are transient. */
export function swapTouches(s: SwapSides): TouchedToken[] {
  const out: TouchedToken[] = [];
  if (s.tokenIn) {
    out.push({ chainId: s.chainId, token: s.tokenIn, action: 'sell', ...(s.amountIn !== undefined && { amount: s.amountIn.toString() }) });
  }
  if (s.tokenOut) {
    out.push({ chainId: s.chainId, token: s.tokenOut, action: 'buy', ...(s.amountOut !== undefined && { amount: s.amountOut.toString() }) });
  }
  return out;
}

export function first<T>(xs: readonly T[]): T {
  return xs[0] as T;
}
export function last<T>(xs: readonly T[]): T {
  return xs[xs.length - 1] as T;
}
