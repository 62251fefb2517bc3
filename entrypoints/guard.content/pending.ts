/**
 * Tells the background which guarded requests wait for the person, so the toolbar popup can offer
 * the same choice where no page can reach it, and takes the person's choice from there. A dialog
 * the page hides, covers or keeps removing no longer ends the request at once: it stays offered
 * in the popup (the toolbar badge says so) for `HIDDEN_WAIT_MS`, then it is stopped (4001) —
 * never left waiting unseen. If the background cannot be told, a hidden dialog ends at once.
 */
import { browser } from 'wxt/browser';
import type { Decision } from '../../lib/guard/bridge/protocol';
import type { GuardView } from '../../lib/guard/decide';
import { parseGuardChoice, summarize, type PendingFromTab } from '../../lib/guard/pending/protocol';
import { tokenLabel } from '../../components/guard-dialog/format';

/** How long a request whose dialog the page hides stays offered in the popup. */
export const HIDDEN_WAIT_MS = 120_000;
/** Repeats "still waiting", so a background worker that restarted learns it again. */
const HEARTBEAT_MS = 10_000;

export interface PendingOffer {
  update(view: GuardView): void;
  /** The page hid the dialog: keep the choice in the popup, bounded. */
  hidden(): void;
  /** The request ended (by either choice, or otherwise). */
  end(): void;
}

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function pendingDecisions() {
  const waiting = new Map<string, (d: Decision) => void>();
  let listening = false;
  const listen = () => {
    if (listening) return;
    listening = true;
    browser.runtime.onMessage.addListener((msg: unknown, sender: { id?: string; tab?: unknown }) => {
      // Only the extension's own background (no tab) may choose; pages cannot send here at all.
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const c = parseGuardChoice(msg);
      if (!c) return undefined;
      const choose = waiting.get(c.id);
      if (choose) choose(c.decision);
      return Promise.resolve({ ok: !!choose });
    });
  };
  const send = (m: PendingFromTab) => browser.runtime.sendMessage(m);

  return {
    offer(view: GuardView, choose: (d: Decision) => void): PendingOffer {
      listen();
      const id = randomId();
      let latest = view;
      let isHidden = false;
      let ended = false;
      let limit: ReturnType<typeof setTimeout> | undefined;
      const stop = (why: string) => {
        if (ended) return;
        console.warn(`Whale Lens: could not show the warning (${why}); the request was stopped.`);
        choose('reject');
      };
      const report = () => {
        if (ended) return;
        send({ type: 'guard.waiting', id, hidden: isHidden, summary: summarize(latest, tokenLabel) }).then(
          () => undefined,
          () => {
            // Nobody can offer it elsewhere: a hidden dialog must not wait for a choice nobody can make.
            if (isHidden) stop('the page hid it');
          },
        );
      };
      waiting.set(id, (d) => {
        if (!ended) choose(d);
      });
      report();
      const heartbeat = setInterval(report, HEARTBEAT_MS);
      return {
        update(v) {
          latest = v;
          report();
        },
        hidden() {
          if (isHidden || ended) return;
          isHidden = true;
          console.warn('Whale Lens: the page hid the warning; the request waits in the Whale Lens toolbar popup.');
          report();
          limit = setTimeout(() => stop('the page hid it, and no choice was made in the toolbar popup'), HIDDEN_WAIT_MS);
        },
        end() {
          if (ended) return;
          ended = true;
          clearInterval(heartbeat);
          clearTimeout(limit);
          waiting.delete(id);
          send({ type: 'guard.settled', id }).catch(() => undefined);
        },
      };
    },
  };
}
