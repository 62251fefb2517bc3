import type { Address, Hex } from '../../report/types';
import type { TouchedToken } from '../types';

/** One contract call out of a request (a transaction, or one call of a batch). */
export interface Call {
  chainId: number;
  to: Address | null;
  data: Hex;
  value: bigint;
}

/** A calldata decoder: the tokens touched, or null when the calldata is not its kind. */
export type CallDecoder = (call: Call) => TouchedToken[] | null;
