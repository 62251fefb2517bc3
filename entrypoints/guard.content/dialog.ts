/**
 * One pre-sign dialog, drawn in the guard frame (./frame.ts). The frame gates clicks on
 * visibility (./visibility.ts) and says whether the dialog is on screen; this side keeps the
 * clock: a dialog that has not been on screen for HIDDEN_LIMIT_MS in a row — the frame never
 * came up, the page blocked it, kept it in a `display:none` box or removed it over and over —
 * is handed to `onHidden` — the toolbar popup offers the choice where no page can reach it
 * (./pending.ts) — or, without one, stops the request (4001): no request waits on a choice nobody can see. A choice counts only
 * for the dialog it was made on (sequence number), never for the next one in the queue.
 */
import type { Decision } from '../../lib/guard/bridge/protocol';
import type { GuardView } from '../../lib/guard/decide';
import type { DialogHandle } from '../../lib/guard/flow';
import type { TouchedToken } from '../../lib/guard/types';
import type { GuardFrame } from './frame';
import { HIDDEN_LIMIT_MS } from './visibility';

let nextSeq = 1;

export function showDialog(
  frame: GuardFrame,
  view: GuardView,
  touches: TouchedToken[],
  choose: (d: Decision, dontWarnAgain: boolean) => void,
  /** The page keeps the dialog hidden: offer the choice elsewhere (the toolbar popup) instead of stopping. */
  onHidden?: () => void,
): DialogHandle {
  const seq = nextSeq++;
  let closed = false;
  let hiddenSince: number | null = performance.now();
  const release = frame.hold();

  const end = (d: Decision, dontWarnAgain: boolean) => {
    if (closed) return;
    choose(d, dontWarnAgain);
  };
  let handedOver = false;
  const stop = (why: string) => {
    if (closed || handedOver) return;
    if (onHidden) {
      handedOver = true;
      console.warn(`Whale Lens: could not show the warning (${why}); the request waits in the toolbar popup.`);
      return onHidden();
    }
    console.warn(`Whale Lens: could not show the warning (${why}); the request was stopped.`);
    end('reject', false);
  };

  frame.listen({
    message(m) {
      if (closed || m.kind === 'ready' || m.seq !== seq) return;
      if (m.kind === 'state') hiddenSince = m.onScreen ? null : (hiddenSince ?? performance.now());
      else if (m.kind === 'hidden') stop('the page covered it');
      else end(m.decision, m.dontWarnAgain);
    },
    lost() {
      hiddenSince ??= performance.now();
    },
  });
  frame.set({ kind: 'view', seq, view, touches, locale: navigator.language });
  frame.focus();

  const clock = window.setInterval(() => {
    if (hiddenSince !== null && performance.now() - hiddenSince >= HIDDEN_LIMIT_MS) {
      clearInterval(clock);
      stop('the page hid it or it did not come up');
    }
  }, 250);

  return {
    update(v) {
      if (closed) return;
      frame.set({ kind: 'view', seq, view: v, touches, locale: navigator.language });
    },
    close() {
      if (closed) return;
      closed = true;
      clearInterval(clock);
      frame.listen(null);
      frame.set(null);
      release();
    },
  };
}
