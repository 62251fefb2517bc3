/**
 * A wallet request (EIP-1193 `{ method, params }`) → the tokens it touches.
 * Pure and total: malformed or unknown input yields [] (the request passes through).
 *
 * chainId: from the request itself where it carries one (tx.chainId, typed-data domain,
 * wallet_sendCalls chainId), else `providerChainId` (the provider's cached eth_chainId).
 */
import type { Hex } from '../../report/types';
import type { TouchedToken } from '../types';
import { toAddress, toBigInt, toChainId } from './amount';
import { decodeCall } from './calldata';
import { decodeTypedData, typedDataOf } from './typed-data';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface WalletRequest {
  method: string;
  params?: unknown;
}

function decodeTx(tx: Obj, chainId: number): TouchedToken[] {
  const out: TouchedToken[] = [];
  const data = typeof tx.data === 'string' ? tx.data : typeof tx.input === 'string' ? tx.input : '0x';
  out.push(...decodeCall({ chainId, to: toAddress(tx.to), data: data as Hex, value: toBigInt(tx.value) ?? 0n }));
  // EIP-7702: each authorization makes the account run the delegate contract's code.
  if (Array.isArray(tx.authorizationList)) {
    for (const auth of tx.authorizationList) {
      if (!isObj(auth)) continue;
      const delegate = toAddress(auth.address ?? auth.contractAddress);
      if (delegate) out.push({ chainId: toChainId(auth.chainId) || chainId, token: delegate, action: 'delegate' });
    }
  }
  return out;
}

export function decodeRequest(req: WalletRequest, providerChainId: number | null): TouchedToken[] {
  try {
    const params = Array.isArray(req.params) ? req.params : [];
    switch (req.method) {
      case 'eth_sendTransaction': {
        const tx = params[0];
        if (!isObj(tx)) return [];
        const chainId = toChainId(tx.chainId) ?? providerChainId;
        return chainId === null ? [] : decodeTx(tx, chainId);
      }
      case 'eth_signTypedData':
      case 'eth_signTypedData_v3':
      case 'eth_signTypedData_v4': {
        const data = typedDataOf(params);
        return data ? decodeTypedData(data, providerChainId).tokens : [];
      }
      case 'wallet_sendCalls': {
        const batch = params[0];
        if (!isObj(batch) || !Array.isArray(batch.calls)) return [];
        const chainId = toChainId(batch.chainId) ?? providerChainId;
        if (chainId === null) return [];
        return batch.calls.flatMap((c) => (isObj(c) ? decodeTx(c, chainId) : []));
      }
    }
  } catch {
    /* never throw on page input */
  }
  return [];
}

/** One entry per (chain, token), keeping the most telling action. */
export function uniqueTokens(tokens: TouchedToken[]): { chainId: number; token: `0x${string}` }[] {
  const seen = new Map<string, { chainId: number; token: `0x${string}` }>();
  for (const t of tokens) seen.set(`${t.chainId}:${t.token.toLowerCase()}`, { chainId: t.chainId, token: t.token });
  return [...seen.values()];
}
