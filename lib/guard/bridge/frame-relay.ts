/**
 * Checks from a subframe, answered in the top frame. A dapp or widget inside an iframe (same-
 * or cross-origin) is guarded by the hook and guard scripts of its own frame, but the dialog
 * belongs in the top frame, where the person looks and where a small or hidden frame cannot
 * crop it. The subframe's guard script hands its check to the background, which asks the
 * top frame's guard script (frameId 0) to run it and returns the decision.
 *
 * The check crossing here is the one the subframe's bridge already validated; each hop
 * validates it again (parsePageMessage) because it still carries page data.
 */
import { parsePageMessage, type Decision, type PageMessage } from './protocol';

export type FrameCheck = Extract<PageMessage, { kind: 'check' }>;

/** Subframe guard script → background. */
export const FRAME_CHECK = 'guard.frame-check';
/** Background → the top frame's guard script. */
export const TOP_CHECK = 'guard.top-check';

export interface FrameCheckMessage {
  type: typeof FRAME_CHECK | typeof TOP_CHECK;
  check: FrameCheck;
}

/** The answer to either message: the decision, or that no top frame could take it. */
export type FrameCheckAnswer = { decision: Decision } | { unavailable: true };

export function parseFrameCheck(x: unknown, type: FrameCheckMessage['type']): FrameCheck | null {
  if (typeof x !== 'object' || x === null || (x as { type?: unknown }).type !== type) return null;
  const check = parsePageMessage((x as { check?: unknown }).check);
  return check && check.kind === 'check' ? check : null;
}

export function parseFrameAnswer(x: unknown): FrameCheckAnswer | null {
  if (typeof x !== 'object' || x === null) return null;
  const a = x as { decision?: unknown; unavailable?: unknown };
  if (a.decision === 'forward' || a.decision === 'reject') return { decision: a.decision };
  if (a.unavailable === true) return { unavailable: true };
  return null;
}
