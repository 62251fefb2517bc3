/**
 * Shape checks for messages arriving at the background. Anything that does not match
 * exactly one known request is dropped (null): pages and other extensions cannot reach
 * handlers with half-formed data. Returns a fresh object holding only the known fields, with
 * every token address checksummed here, once, on receipt.
 */
import type { Address } from '../report/types';
import type { BackgroundRequest, PageTarget } from './background-protocol';
import { checksum as checksummed } from '../tokens/tokenRef';

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;
const PROTOCOL_ID_RE = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Longest wait a caller may ask for; the content script's pre-sign budget is far below it. */
export const MAX_WAIT_MS = 60_000;

type Obj = Record<string, unknown>;

export function isAddress(x: unknown): x is Address {
  return typeof x === 'string' && ADDRESS_RE.test(x);
}

export function isChainId(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x > 0;
}

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function optBool(x: unknown): x is boolean | undefined {
  return x === undefined || typeof x === 'boolean';
}

export function parsePageTarget(x: unknown): PageTarget | null | undefined {
  if (x === null) return null;
  if (!isObj(x)) return undefined;
  if (x.kind === 'token' && isChainId(x.chainId) && isAddress(x.address)) {
    return { kind: 'token', chainId: x.chainId, address: checksummed(x.address) };
  }
  if (x.kind === 'protocol' && typeof x.protocolId === 'string' && PROTOCOL_ID_RE.test(x.protocolId)) {
    return { kind: 'protocol', protocolId: x.protocolId };
  }
  return undefined;
}

function parseRpcUrl(x: unknown): string | null {
  if (typeof x !== 'string' || x.length > 2048) return null;
  try {
    const u = new URL(x);
    return u.protocol === 'https:' || u.protocol === 'http:' ? x : null;
  } catch {
    return null;
  }
}

export function parseBackgroundRequest(x: unknown): BackgroundRequest | null {
  if (!isObj(x) || typeof x.type !== 'string') return null;
  switch (x.type) {
    case 'report.get': {
      if (x.waitMs !== undefined && !(typeof x.waitMs === 'number' && x.waitMs >= 0 && Number.isFinite(x.waitMs))) return null;
      if (x.chainId === undefined && x.address === undefined && x.refresh === undefined) {
        if (typeof x.protocolId !== 'string' || !PROTOCOL_ID_RE.test(x.protocolId)) return null;
        const byProtocol: BackgroundRequest = { type: 'report.get', protocolId: x.protocolId };
        if (x.waitMs !== undefined) byProtocol.waitMs = Math.min(x.waitMs as number, MAX_WAIT_MS);
        return byProtocol;
      }
      if (!isChainId(x.chainId) || !isAddress(x.address) || !optBool(x.refresh)) return null;
      const req: BackgroundRequest = { type: 'report.get', chainId: x.chainId, address: checksummed(x.address) };
      if (x.refresh !== undefined) req.refresh = x.refresh;
      if (x.waitMs !== undefined) req.waitMs = Math.min(x.waitMs as number, MAX_WAIT_MS);
      return req;
    }
    case 'report.cancel':
      return isChainId(x.chainId) && isAddress(x.address) ? { type: 'report.cancel', chainId: x.chainId, address: checksummed(x.address) } : null;
    case 'page.detected': {
      const target = parsePageTarget(x.target);
      return target === undefined ? null : { type: 'page.detected', target };
    }
    case 'tab.state':
      return typeof x.tabId === 'number' && Number.isSafeInteger(x.tabId) && x.tabId >= 0 ? { type: 'tab.state', tabId: x.tabId } : null;
    case 'token.dismiss':
      return isChainId(x.chainId) && isAddress(x.address) && typeof x.dismissed === 'boolean'
        ? { type: 'token.dismiss', chainId: x.chainId, address: checksummed(x.address), dismissed: x.dismissed }
        : null;
    case 'cache.stats':
      return { type: 'cache.stats' };
    case 'cache.clear':
      return { type: 'cache.clear' };
    case 'rpc.test': {
      const rpcUrl = parseRpcUrl(x.rpcUrl);
      return rpcUrl ? { type: 'rpc.test', rpcUrl } : null;
    }
    default:
      return null;
  }
}
