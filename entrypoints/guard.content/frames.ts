/**
 * Iframes: the guard runs in every frame, but the person is asked in the top frame.
 * - In a subframe, a check goes to the background, which has the top frame's guard script run
 *   it (decode, verdicts, the dialog, the click gate) and returns the decision. When no top
 *   frame can take it (the top document has no guard script), the subframe asks the person
 *   itself, so the request is never forwarded unchecked.
 * - In the top frame, checks relayed by the background are run like the page's own, through
 *   the same one-dialog-at-a-time queue.
 * Each frame keeps its own bridge (hook ↔ isolated script on that frame's window only), so a
 * parent or child frame cannot post checks or decisions into another frame's bridge.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Decision } from '../../lib/guard/bridge/protocol';
import {
  FRAME_CHECK,
  TOP_CHECK,
  parseFrameAnswer,
  parseFrameCheck,
  type FrameCheck,
  type FrameCheckAnswer,
} from '../../lib/guard/bridge/frame-relay';

type RunCheck = (msg: FrameCheck) => Promise<Decision>;

export function isTopFrame(): boolean {
  return window.top === window;
}

/** Subframe: the top frame decides; this frame asks only if there is no top frame to ask. */
export async function checkInTopFrame(ctx: ContentScriptContext, msg: FrameCheck, runHere: RunCheck): Promise<Decision> {
  let answer: FrameCheckAnswer | null;
  try {
    answer = parseFrameAnswer(await browser.runtime.sendMessage({ type: FRAME_CHECK, check: msg }));
  } catch {
    // The extension went away (reloaded, disabled): the wallet still asks the person.
    if (ctx.isInvalid) return 'forward';
    answer = null;
  }
  if (answer && 'decision' in answer) return answer.decision;
  if (answer) return runHere(msg);
  // The relay failed mid-way (the background stopped while the person decided): stop the request.
  console.warn('Whale Lens: the pre-sign check in the top frame did not finish; the request was stopped.');
  return 'reject';
}

/** Top frame: run the checks the background relays from this tab's subframes. */
export function serveFrameChecks(runHere: RunCheck): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: { id?: string; tab?: unknown }) => {
    // From the background only (a content script's message would carry its tab).
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const check = parseFrameCheck(msg, TOP_CHECK);
    if (!check) return undefined;
    return runHere(check).then((decision) => ({ decision }));
  });
}
