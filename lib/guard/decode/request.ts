/**
 * A wallet request (EIP-1193 `{ method, params }`) → the tokens it touches.
 * Pure and total: malformed or unknown input yields [] (the request passes through).
 *
 * chainId: from the request itself where it carries one (tx.chainId, typed-data domain,
 * wallet_sendCalls chainId), else `providerChainId` (the provider's cached eth_chainId).
 *
 * `inspectRequest` also says what the guard cannot vouch for ("doubts"): a token call on an
 * unknown chain, `data` and `input` that disagree (both are decoded; a wallet may sign either),
 * calldata that is malformed, truncated for its selector or too large, a raw transaction that
 * does not parse. A doubt is shown as "Could not verify", never passed silently.
 */
import type { Hex } from '../../report/types';
import type { TouchedToken } from '../types';
import { toAddress, toBigInt, toChainId } from './amount';
import { decodeCall } from './calldata';
import { calldataDoubt, type Doubt, NO_CHAIN_NOTE } from './doubts';
import { parseRawTransaction } from './raw-tx';
import { decodeTypedData, typedDataOf } from './typed-data';

export type { Doubt } from './doubts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface WalletRequest {
  method: string;
  params?: unknown;
}

/** A chain we could not learn: tokens are still found (to say which ones), then turned into doubts. */
const NO_CHAIN = 0;

function decodeTx(tx: Obj, chainId: number, doubts: Doubt[]): TouchedToken[] {
  const out: TouchedToken[] = [];
  const to = toAddress(tx.to);
  const value = toBigInt(tx.value) ?? 0n;
  const data = typeof tx.data === 'string' ? tx.data : undefined;
  const input = typeof tx.input === 'string' ? tx.input : undefined;
  const bodies = data !== undefined && input !== undefined && data.toLowerCase() !== input.toLowerCase() ? [data, input] : [data ?? input ?? '0x'];
  if (bodies.length === 2) {
    doubts.push({ chainId, token: to, note: 'The transaction carries two different calldata fields (data and input); a wallet may sign either.' });
  }
  for (const body of bodies) {
    const doubt = calldataDoubt(body);
    if (doubt) doubts.push({ chainId, token: to, note: doubt });
    out.push(...decodeCall({ chainId, to, data: body as Hex, value }));
  }
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

function decode(req: WalletRequest, providerChainId: number | null, doubts: Doubt[]): TouchedToken[] {
  const params = Array.isArray(req.params) ? req.params : [];
  switch (req.method) {
    case 'eth_sendTransaction':
    case 'eth_signTransaction': {
      const tx = params[0];
      if (!isObj(tx)) return [];
      return decodeTx(tx, toChainId(tx.chainId) ?? providerChainId ?? NO_CHAIN, doubts);
    }
    case 'eth_sendRawTransaction': {
      const tx = parseRawTransaction(params[0]);
      if (!tx) {
        doubts.push({ chainId: providerChainId ?? NO_CHAIN, token: null, note: 'Whale Lens could not read this signed transaction.' });
        return [];
      }
      return decodeTx(tx, tx.chainId ?? providerChainId ?? NO_CHAIN, doubts);
    }
    case 'eth_signTypedData':
    case 'eth_signTypedData_v3':
    case 'eth_signTypedData_v4': {
      const data = typedDataOf(params);
      return data ? decodeTypedData(data, providerChainId ?? NO_CHAIN).tokens : [];
    }
    case 'wallet_sendCalls': {
      const batch = params[0];
      if (!isObj(batch) || !Array.isArray(batch.calls)) return [];
      const chainId = toChainId(batch.chainId) ?? providerChainId ?? NO_CHAIN;
      return batch.calls.flatMap((c) => (isObj(c) ? decodeTx(c, chainId, doubts) : []));
    }
  }
  return [];
}

export function decodeRequest(req: WalletRequest, providerChainId: number | null): TouchedToken[] {
  return inspectRequest(req, providerChainId).touches.filter((t) => t.chainId !== NO_CHAIN);
}

export function inspectRequest(req: WalletRequest, providerChainId: number | null): { touches: TouchedToken[]; doubts: Doubt[] } {
  const doubts: Doubt[] = [];
  let found: TouchedToken[] = [];
  try {
    found = decode(req, providerChainId, doubts);
  } catch {
    doubts.push({ chainId: providerChainId ?? NO_CHAIN, token: null, note: 'Whale Lens could not read this request.' });
  }
  // Tokens on a chain nobody told us: name them, but they cannot be checked.
  const touches: TouchedToken[] = [];
  for (const t of found) {
    if (t.chainId !== NO_CHAIN) touches.push(t);
    else if (!doubts.some((d) => d.token === t.token && d.note === NO_CHAIN_NOTE))
      doubts.push({ chainId: NO_CHAIN, token: t.token, note: NO_CHAIN_NOTE });
  }
  return { touches, doubts: doubts.filter((d, i) => doubts.findIndex((x) => x.token === d.token && x.note === d.note) === i) };
}
