/**
 * The page ↔ extension bridge: the only messages the page world and the isolated content
 * script exchange (window.postMessage on this window only). The page may ask "please
 * check this request" and learn "forward" or "reject" for its own request id — nothing else:
 * no settings, no reports, no way to record a decision (see lib/guard/THREAT_MODEL.md).
 *
 * Validation here runs in the isolated world (its own built-ins) on untrusted page data.
 */
import { isSigningMethod, type SigningMethod } from '../types';

export const CHANNEL = 'whale-lens:guard/v1';
/** 128-bit random ids, hex. */
export const ID_PATTERN = /^[0-9a-f]{32}$/;
/** Bounds what a page can make the extension parse. */
export const MAX_PAYLOAD_CHARS = 512 * 1024;
/** Lets the hook fail open when the extension side is gone (reloaded, disabled, crashed). */
export const ACK_TIMEOUT_MS = 1500;

export type Decision = 'forward' | 'reject';

/** Page → extension. */
export type PageMessage =
  | {
      channel: typeof CHANNEL;
      dir: 'to-ext';
      kind: 'check';
      id: string;
      method: SigningMethod;
      payload: string;
      chainId: string | null;
      /** The request was larger than MAX_PAYLOAD_CHARS: not sent, shown as "could not verify". */
      tooLarge?: true;
    }
  | { channel: typeof CHANNEL; dir: 'to-ext'; kind: 'bypass'; reason: string };

/** Extension → page. */
export type ExtMessage =
  | { channel: typeof CHANNEL; dir: 'to-page'; kind: 'ack'; id: string }
  | { channel: typeof CHANNEL; dir: 'to-page'; kind: 'decision'; id: string; decision: Decision };

type Obj = Record<string, unknown>;

export function parsePageMessage(data: unknown): PageMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Obj;
  if (m.channel !== CHANNEL || m.dir !== 'to-ext') return null;
  if (m.kind === 'check') {
    if (typeof m.id !== 'string' || !ID_PATTERN.test(m.id)) return null;
    if (!isSigningMethod(m.method)) return null;
    if (typeof m.payload !== 'string' || m.payload.length > MAX_PAYLOAD_CHARS) return null;
    if (m.chainId !== null && (typeof m.chainId !== 'string' || !/^0x[0-9a-fA-F]{1,16}$/.test(m.chainId))) return null;
    const base = { channel: CHANNEL, dir: 'to-ext', kind: 'check', id: m.id, method: m.method, payload: m.payload, chainId: m.chainId } as const;
    return m.tooLarge === true ? { ...base, payload: '', tooLarge: true } : base;
  }
  if (m.kind === 'bypass' && typeof m.reason === 'string') {
    return { channel: CHANNEL, dir: 'to-ext', kind: 'bypass', reason: m.reason.slice(0, 200) };
  }
  return null;
}
