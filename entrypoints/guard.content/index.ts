/**
 * The isolated half of the pre-sign guard: receives "please check" from the page hook
 * (entrypoints/guard-hook.content.ts), decodes the request, asks the background about each
 * token and, when needed, asks the person. Only "forward" or "reject" goes back to the page.
 * Nothing happens (no storage read, no message) until the page actually makes a signing request.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { askBackground } from '../../lib/messaging/client';
import { loadSettings } from '../../lib/settings/store';
import { guardOffOn } from '../../lib/settings/sites';
import { listenForChecks, type CheckMessage } from '../../lib/guard/bridge/ext-bridge';
import type { Decision } from '../../lib/guard/bridge/protocol';
import { inspectRequest } from '../../lib/guard/decode/request';
import { runGuard } from '../../lib/guard/flow';
import { oneDialogAtATime } from '../../lib/guard/dialog-queue';
import type { FlowDeps } from '../../lib/guard/flow';
import { showDialog } from './dialog';
import { pendingDecisions, type PendingOffer } from './pending';
import { checkInTopFrame, isTopFrame, serveFrameChecks } from './frames';
import { guardFrame } from './frame';

/**
 * Every check ends: if the guard has neither decided nor put a dialog in front of the person
 * by then (a bug, a storage or background call that never returns), the request is stopped
 * (4001) — never forwarded unchecked. The flow itself shows "Not verified yet" at ~2.5 s.
 */
export const CHECK_WATCHDOG_MS = 8000;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  // Every frame, also about:blank/srcdoc/blob frames a dapp creates; the dialog shows in the top frame (./frames.ts).
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // WXT would otherwise post "<extension-id>:…:content-script-started" to every page: a fingerprint.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const open = new Set<(d: Decision) => void>();
    // Every request waiting for the person is also offered in the toolbar popup; a dialog the
    // page hides stays answerable there (./pending.ts) instead of ending at once.
    const pending = pendingDecisions();
    const offers = new WeakMap<object, PendingOffer>();
    const frame = guardFrame(ctx);
    const show = oneDialogAtATime((view, t, choose) => showDialog(frame, view, t, choose, offers.get(choose)?.hidden));
    // If the extension is reloaded mid-dialog its UI disappears: let the wallet ask instead.
    ctx.onInvalidated(() => {
      for (const finish of open) finish('forward');
    });
    const runHere = (msg: CheckMessage) =>
      new Promise<Decision>((resolve) => {
        let settled = false;
        let release: (() => void) | null = null;
        const finish = (d: Decision) => {
          if (settled) return;
          settled = true;
          open.delete(finish);
          resolve(d);
          // After the decision is on its way to the page: what the page sees change (focus, hit
          // testing) never tells it more, or sooner, than its request ending does.
          if (release) setTimeout(release, 0);
        };
        // The frame comes up for every check that touches a token, before anything is known
        // about it, and goes when the check ends: the page sees the same for every verdict.
        const hold = () => {
          if (!settled) release ??= frame.hold();
        };
        open.add(finish);
        let asked = false;
        const watchdog = setTimeout(() => {
          if (asked) return;
          console.warn('Whale Lens: the pre-sign check did not finish; the request was stopped.');
          finish('reject');
        }, CHECK_WATCHDOG_MS);
        const shown: FlowDeps['show'] = (view, t, choose) => {
          asked = true;
          const offer = pending.offer(view, (d) => choose(d, false));
          offers.set(choose, offer);
          try {
            const dialog = show(view, t, choose);
            return {
              update: (v) => (offer.update(v), dialog.update(v)),
              close: () => (offer.end(), dialog.close()),
            };
          } catch (err) {
            offer.end();
            throw err;
          }
        };
        check(msg, shown, hold).then(
          (d) => {
            clearTimeout(watchdog);
            finish(d);
          },
          (err: unknown) => {
            clearTimeout(watchdog);
            console.warn('Whale Lens: the pre-sign check failed; the request was stopped.', err);
            finish('reject');
          },
        );
      });
    const top = isTopFrame();
    if (top) serveFrameChecks(runHere);
    listenForChecks(window, {
      onCheck: top ? runHere : (msg) => checkInTopFrame(ctx, msg, runHere),
      onBypass: (reason) => console.warn(`Whale Lens: ${reason}`),
    });
  },
});

async function check(msg: CheckMessage, show: FlowDeps['show'], hold: () => void): Promise<Decision> {
  let params: unknown;
  try {
    params = JSON.parse(msg.payload);
  } catch {
    return 'reject'; // the hook always sends JSON: this is not its message
  }
  const chainId = msg.chainId ? Number(BigInt(msg.chainId)) : null;
  const { touches, doubts } = msg.tooLarge
    ? { touches: [], doubts: [{ chainId: chainId ?? 0, token: null, note: 'This request is too large for Whale Lens to check.' }] }
    : inspectRequest({ method: msg.method, params }, chainId);
  if (touches.length === 0 && doubts.length === 0) return 'forward';
  hold();

  const settings = await loadSettings().catch(() => null);
  const host = location.hostname;
  // Only the explicit "warnings off on this site" switch (or Whale Lens off here) skips the check;
  // a hidden badge does not.
  if (settings && guardOffOn(settings, host)) return 'forward';

  return runGuard(
    touches,
    {
      ask: (chainId, address, waitMs) => askBackground({ type: 'report.get', chainId, address, waitMs }),
      dismiss: (chainId, address) => askBackground({ type: 'token.dismiss', chainId, address, dismissed: true }),
      show,
    },
    doubts,
  );
}
