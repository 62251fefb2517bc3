/** A signed raw transaction (eth_sendRawTransaction) → the fields the decoder reads. Pure. */
import { parseTransaction, type Hex } from 'viem';

export interface RawTxFields {
  [key: string]: unknown;
  to: string | null;
  data: string;
  value: string;
  chainId: number | null;
  authorizationList?: unknown[];
}

export function parseRawTransaction(raw: unknown): RawTxFields | null {
  if (typeof raw !== 'string' || !/^0x[0-9a-fA-F]+$/.test(raw) || raw.length > 2 * 1024 * 1024) return null;
  try {
    const tx = parseTransaction(raw as Hex);
    return {
      to: tx.to ?? null,
      data: tx.data ?? '0x',
      value: (tx.value ?? 0n).toString(),
      chainId: tx.chainId ?? null,
      ...('authorizationList' in tx && tx.authorizationList ? { authorizationList: tx.authorizationList as unknown[] } : {}),
    };
  } catch {
    return null;
  }
}
