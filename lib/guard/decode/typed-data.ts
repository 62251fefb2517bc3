/**
 * eth_signTypedData_v3/_v4 payloads: EIP-2612 permits (the token is the domain's
 * verifyingContract), DAI-style permits, and Permit2 signatures (PermitSingle, PermitBatch,
 * PermitTransferFrom, PermitBatchTransferFrom and their Witness variants).
 * Input is untrusted page data: every field is checked, nothing throws.
 */
import type { TouchedToken } from '../types';
import { isUnlimited, toAddress, toBigInt, toChainId } from './amount';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The typed-data object from a request's params (a JSON string or an object, either position). */
export function typedDataOf(params: unknown): Obj | null {
  if (!Array.isArray(params)) return null;
  for (const p of params) {
    if (isObj(p) && isObj(p.message)) return p;
    if (typeof p === 'string' && p.trimStart().startsWith('{')) {
      try {
        const parsed: unknown = JSON.parse(p);
        if (isObj(parsed) && isObj(parsed.message)) return parsed;
      } catch {
        /* not JSON */
      }
    }
  }
  return null;
}

function permitOf(chainId: number, tokenV: unknown, amountV: unknown, spenderV: unknown): TouchedToken | null {
  const token = toAddress(tokenV);
  if (!token) return null;
  const amount = toBigInt(amountV);
  const spender = toAddress(spenderV);
  return {
    chainId,
    token,
    action: 'permit',
    ...(amount !== null && { amount: amount.toString(), unlimited: isUnlimited(amount) }),
    ...(spender && { spender }),
  };
}

export function decodeTypedData(data: Obj, fallbackChainId: number | null): { chainId: number | null; tokens: TouchedToken[] } {
  const domain = isObj(data.domain) ? data.domain : {};
  const chainId = toChainId(domain.chainId) ?? fallbackChainId;
  const message = data.message as Obj;
  const primaryType = typeof data.primaryType === 'string' ? data.primaryType : '';
  if (chainId === null) return { chainId, tokens: [] };
  const keep = (xs: (TouchedToken | null)[]) => xs.filter((x): x is TouchedToken => x !== null);

  switch (primaryType) {
    case 'Permit': {
      // EIP-2612 has `value`; DAI's permit has `allowed` (true = unlimited).
      if ('allowed' in message) {
        if (message.allowed !== true) return { chainId, tokens: [] };
        const t = permitOf(chainId, domain.verifyingContract, undefined, message.spender);
        return { chainId, tokens: t ? [{ ...t, unlimited: true }] : [] };
      }
      return { chainId, tokens: keep([permitOf(chainId, domain.verifyingContract, message.value, message.spender)]) };
    }
    case 'PermitSingle': {
      const d = isObj(message.details) ? message.details : {};
      return { chainId, tokens: keep([permitOf(chainId, d.token, d.amount, message.spender)]) };
    }
    case 'PermitBatch': {
      const ds = Array.isArray(message.details) ? message.details : [];
      return { chainId, tokens: keep(ds.map((d) => (isObj(d) ? permitOf(chainId, d.token, d.amount, message.spender) : null))) };
    }
    case 'PermitTransferFrom':
    case 'PermitWitnessTransferFrom': {
      const p = isObj(message.permitted) ? message.permitted : {};
      return { chainId, tokens: keep([permitOf(chainId, p.token, p.amount, message.spender)]) };
    }
    case 'PermitBatchTransferFrom':
    case 'PermitBatchWitnessTransferFrom': {
      const ps = Array.isArray(message.permitted) ? message.permitted : [];
      return { chainId, tokens: keep(ps.map((p) => (isObj(p) ? permitOf(chainId, p.token, p.amount, message.spender) : null))) };
    }
  }
  return { chainId, tokens: [] };
}
