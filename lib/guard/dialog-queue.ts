/**
 * One guard dialog at a time. Several checks can need the person at once (a dapp firing nine
 * approves, or a page flooding forged checks); stacking their dialogs would let the top one
 * hide the others. Each `show` returns its handle at once; the dialog is mounted when the
 * ones before it have closed, with the latest view. Browser-free.
 */
import type { Decision } from './bridge/protocol';
import type { GuardView } from './decide';
import type { DialogHandle, FlowDeps } from './flow';
import type { TouchedToken } from './types';

type Show = FlowDeps['show'];

export function oneDialogAtATime(show: Show): Show & { waiting(): number } {
  const queue: (() => void)[] = [];
  let busy = false;
  const next = () => {
    busy = false;
    const run = queue.shift();
    if (run) run();
  };

  const queued = (view: GuardView, touches: TouchedToken[], choose: (d: Decision, dontWarnAgain: boolean) => void): DialogHandle => {
    let latest = view;
    let inner: DialogHandle | null = null;
    let closed = false;
    const mount = (deferred: boolean) => {
      if (closed) return next();
      busy = true;
      try {
        inner = show(latest, touches, choose);
      } catch (err) {
        next();
        if (!deferred) throw err;
        // No way to ask the person: stop the request (the caller's own failure path, deferred).
        console.warn('Whale Lens: could not show the warning; the request was stopped.', err);
        choose('reject', false);
      }
    };
    if (busy) queue.push(() => mount(true));
    else mount(false);
    return {
      update(v) {
        latest = v;
        inner?.update(v);
      },
      close() {
        if (closed) return;
        closed = true;
        if (inner) {
          // Whatever happens while taking this dialog down, the next one must get its turn.
          try {
            inner.close();
          } finally {
            next();
          }
        }
      },
    };
  };
  return Object.assign(queued, { waiting: () => queue.length });
}
