/**
 * Messages between the guard content script and the dialog frame (an extension page in an
 * iframe). They travel over a runtime Port, which only this extension's own scripts can open:
 * the page can neither read nor forge them. The frame is bound to one port, named after the
 * random nonce the content script put in the frame's URL.
 */
import type { GuardView } from '../../lib/guard/decide';
import type { TouchedToken } from '../../lib/guard/types';

export const FRAME_PORT_PREFIX = 'whale-lens-guard-frame:';

/** Content script → frame. */
export type ToFrame = { kind: 'view'; view: GuardView; touches: TouchedToken[] };

/** Frame → content script. */
export type FromFrame = { kind: 'choose'; decision: 'forward' | 'reject'; dontWarnAgain: boolean } | { kind: 'hidden' };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;

export function parseToFrame(m: unknown): ToFrame | null {
  if (!isObj(m) || m.kind !== 'view' || !isObj(m.view) || !Array.isArray((m.view as Obj).tokens) || !Array.isArray(m.touches)) return null;
  return m as unknown as ToFrame;
}

export function parseFromFrame(m: unknown): FromFrame | null {
  if (!isObj(m)) return null;
  if (m.kind === 'hidden') return { kind: 'hidden' };
  if (m.kind === 'choose' && (m.decision === 'forward' || m.decision === 'reject') && typeof m.dontWarnAgain === 'boolean') {
    return { kind: 'choose', decision: m.decision, dontWarnAgain: m.dontWarnAgain };
  }
  return null;
}
