/**
 * One guarded request, from decoded tokens to the person's decision. Browser-free: the
 * background, the dialog and the clock come in as dependencies (the content script passes
 * the real ones, tests pass their own).
 *
 * Timing: every token's report is asked for at once (cache first, `waitMs` bounded). A flagged
 * answer opens the dialog at once; otherwise it opens at `notVerifiedAfterMs` as "not verified
 * yet" and keeps filling in as answers arrive. When everything comes back fine before that,
 * the request goes on with no dialog. A background that cannot be reached counts as
 * "could not verify", never as fine.
 */
import type { ReportState } from '../report/state';
import type { Address } from '../report/types';
import { oneLine } from '../errors';
import type { Decision } from './bridge/protocol';
import { groupByToken, guardView, nextStep, tokenView, withDoubts, type GuardView } from './decide';
import type { Doubt } from './decode/doubts';
import type { TouchedToken } from './types';

export interface DialogHandle {
  update(view: GuardView): void;
  close(): void;
}

export interface FlowDeps {
  ask(chainId: number, address: Address, waitMs: number): Promise<ReportState>;
  /** Opens the dialog; `choose` is called once with the person's choice. */
  show(view: GuardView, touches: TouchedToken[], choose: (d: Decision, dontWarnAgain: boolean) => void): DialogHandle;
  dismiss(chainId: number, address: Address): Promise<unknown>;
  notVerifiedAfterMs?: number;
  /** How long one re-ask waits while a token is still being analysed. */
  followUpWaitMs?: number;
}

export const NOT_VERIFIED_AFTER_MS = 2500;

export function runGuard(touches: TouchedToken[], deps: FlowDeps, doubts: Doubt[] = []): Promise<Decision> {
  const groups = groupByToken(touches);
  if (groups.length === 0 && doubts.length === 0) return Promise.resolve('forward');
  const states: (ReportState | null)[] = groups.map(() => null);
  const deadline = deps.notVerifiedAfterMs ?? NOT_VERIFIED_AFTER_MS;

  return new Promise<Decision>((resolve) => {
    let done = false;
    let dialog: DialogHandle | null = null;
    let deadlinePassed = false;
    const view = () =>
      guardView(
        withDoubts(
          groups.map((g, i) => tokenView(g, states[i]!)),
          doubts,
        ),
      );

    const finish = (d: Decision) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        dialog?.close();
      } catch (err) {
        // Taking the dialog down failed; the request must still end.
        console.warn('Whale Lens: could not close the warning.', err);
      }
      resolve(d);
    };
    let latest: GuardView | null = null;
    const step = () => {
      if (done) return;
      const v = view();
      latest = v;
      if (dialog) return dialog.update(v);
      const next = nextStep(v, deadlinePassed);
      if (next === 'pass') return finish('forward');
      if (next === 'wait') return;
      try {
        dialog = deps.show(v, touches, (d, dontWarnAgain) => {
          if (dontWarnAgain) {
            // "This token": the ones the dialog warned about, not those that checked out fine.
            for (const t of (latest ?? v).tokens) {
              if (t.status !== 'ok') deps.dismiss(t.chainId, t.token).catch(() => undefined);
            }
          }
          finish(d);
        });
      } catch (err) {
        // No way to ask the person, and this request needed them (something is flagged or
        // unverified): stop it rather than forward it unchecked. The page gets EIP-1193 4001.
        console.warn('Whale Lens: could not show the warning; the request was stopped.', err);
        finish('reject');
      }
    };
    const timer = setTimeout(() => {
      deadlinePassed = true;
      step();
    }, deadline);
    if (groups.length === 0) step(); // only doubts: nothing to wait for

    groups.forEach((g, i) => {
      const { chainId, token } = g[0]!;
      const poll = (waitMs: number) => {
        deps.ask(chainId, token, waitMs).then(
          (state) => {
            states[i] = state;
            step();
            if (state.status === 'analysing' && !done) poll(deps.followUpWaitMs ?? 5000);
          },
          (err: unknown) => {
            states[i] = { status: 'error', error: `Whale Lens could not check this token (${oneLine(err)}).`, retryable: true };
            step();
          },
        );
      };
      poll(deadline);
    });
  });
}
