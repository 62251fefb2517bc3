/**
 * Messages between the guard content script and the dialog frame (an extension page framed over
 * the dapp). They travel over a runtime Port that only this extension's own scripts can open, so
 * the page can neither read nor forge them. The frame accepts one port, named after the random
 * nonce the content script put in the frame's URL (inside a closed shadow root the page cannot read).
 * Every dialog has a sequence number: a late click on one dialog never counts for the next.
 */
import type { GuardView } from '../../lib/guard/decide';
import type { TouchedToken } from '../../lib/guard/types';

export const FRAME_PORT_PREFIX = 'whale-lens-guard-frame:';
/** Firefox: the frame's own Port to the background, which pairs it with the content script's. */
export const FRAME_PAGE_PORT_PREFIX = 'whale-lens-guard-frame-page:';

/** Content script → frame: draw dialog `seq` (or update it), or clear the frame. */
export type ToFrame = { kind: 'view'; seq: number; view: GuardView; touches: TouchedToken[]; locale: string } | { kind: 'clear' };

/** Frame → content script. */
export type FromFrame =
  | { kind: 'ready' }
  /** Dialog `seq` is drawn; `onScreen`: on screen with a size (sent again when that changes). */
  | { kind: 'state'; seq: number; onScreen: boolean }
  | { kind: 'choose'; seq: number; decision: 'forward' | 'reject'; dontWarnAgain: boolean }
  /** Dialog `seq` was covered or faded for too long. */
  | { kind: 'hidden'; seq: number };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;
const isSeq = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

export function parseToFrame(m: unknown): ToFrame | null {
  if (!isObj(m)) return null;
  if (m.kind === 'clear') return { kind: 'clear' };
  if (m.kind !== 'view' || !isSeq(m.seq) || !isObj(m.view) || !Array.isArray(m.view.tokens) || !Array.isArray(m.touches)) return null;
  return {
    kind: 'view',
    seq: m.seq,
    view: m.view as unknown as GuardView,
    touches: m.touches as TouchedToken[],
    locale: typeof m.locale === 'string' ? m.locale : 'en',
  };
}

export function parseFromFrame(m: unknown): FromFrame | null {
  if (!isObj(m)) return null;
  if (m.kind === 'ready') return { kind: 'ready' };
  if (!isSeq(m.seq)) return null;
  if (m.kind === 'hidden') return { kind: 'hidden', seq: m.seq };
  if (m.kind === 'state' && typeof m.onScreen === 'boolean') return { kind: 'state', seq: m.seq, onScreen: m.onScreen };
  if (m.kind === 'choose' && (m.decision === 'forward' || m.decision === 'reject') && typeof m.dontWarnAgain === 'boolean') {
    return { kind: 'choose', seq: m.seq, decision: m.decision, dontWarnAgain: m.dontWarnAgain };
  }
  return null;
}
