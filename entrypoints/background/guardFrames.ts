/**
 * Relays a subframe's pre-sign check to the top frame of the same tab (see
 * lib/guard/bridge/frame-relay.ts). Only the extension's own content scripts in a subframe
 * (frameId > 0) may ask; the answer is the top frame's decision, or "unavailable" when the top
 * frame has no guard script to take it (the subframe then asks the person itself).
 * Nothing is stored and no page URL is read: the check carries only the request.
 */
import type { WxtBrowser } from 'wxt/browser';
import { FRAME_CHECK, TOP_CHECK, parseFrameAnswer, parseFrameCheck, type FrameCheckAnswer } from '../../lib/guard/bridge/frame-relay';

interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export function relayFrameChecks(b: WxtBrowser): void {
  const origin = b.runtime.getURL('/');
  b.runtime.onMessage.addListener((msg: unknown, sender: Sender) => {
    const check = parseFrameCheck(msg, FRAME_CHECK);
    if (!check) return undefined;
    // Our content scripts only: not another extension, not an extension page framed in a tab.
    if (sender.id !== b.runtime.id || (typeof sender.url === 'string' && sender.url.startsWith(origin))) return undefined;
    const tabId = sender.tab?.id;
    if (typeof tabId !== 'number' || typeof sender.frameId !== 'number' || sender.frameId <= 0) return undefined;
    const unavailable: FrameCheckAnswer = { unavailable: true };
    return b.tabs.sendMessage(tabId, { type: TOP_CHECK, check }, { frameId: 0 }).then(
      (answer: unknown) => parseFrameAnswer(answer) ?? unavailable,
      () => unavailable,
    );
  });
}
