/**
 * What the pre-sign guard works out from a wallet request: the tokens it touches.
 * Plain JSON-safe data; amounts are decimal strings of base units.
 */
import type { Address } from '../report/types';

export type TouchAction = 'buy' | 'sell' | 'approve' | 'permit' | 'transfer' | 'delegate';

export interface TouchedToken {
  chainId: number;
  token: Address;
  action: TouchAction;
  /** Decimal string of base units, when the request states one. */
  amount?: string;
  /** True when the amount is effectively infinite (see decode/amount.ts). */
  unlimited?: boolean;
  spender?: Address;
}

/** Wallet methods that lead to a signature; everything else passes the hook untouched. */
export const SIGNING_METHODS = [
  'eth_sendTransaction',
  'eth_signTransaction',
  'eth_sendRawTransaction',
  'eth_signTypedData_v4',
  'eth_signTypedData_v3',
  'eth_signTypedData',
  'wallet_sendCalls',
  'eth_sign',
  'personal_sign',
] as const;
export type SigningMethod = (typeof SIGNING_METHODS)[number];

export function isSigningMethod(m: unknown): m is SigningMethod {
  return typeof m === 'string' && (SIGNING_METHODS as readonly string[]).includes(m);
}
