/**
 * Guarded requests waiting for the person, held per tab for the toolbar popup (where no page can
 * hide or cover them), with the toolbar badge saying so while any wait. Messages are typed and
 * validated on receipt (lib/guard/pending/protocol.ts): tabs may only report their own requests,
 * only extension pages may list them or choose, and a choice goes only to the tab it came from.
 */
import type { WxtBrowser } from 'wxt/browser';
import type { Badge } from '../../lib/service/badge';
import { BADGE_COLORS } from '../../lib/service/badge';
import { classifySender, type ExtensionIdentity } from '../../lib/service/sender';
import { PendingStore } from '../../lib/guard/pending/store';
import {
  isPendingMessage,
  parsePendingFromPopup,
  parsePendingFromTab,
  type GuardChoice,
  type PendingResponses,
} from '../../lib/guard/pending/protocol';

type SetBadge = (tabId: number, badge: Badge | null) => Promise<void>;

const EXPIRE_EVERY_MS = 10_000;

export function pendingBadge(n: number): Badge {
  return {
    text: n > 9 ? '9+' : String(n),
    color: BADGE_COLORS.danger,
    title: `Whale Lens: ${n === 1 ? 'a request from this page is' : `${n} requests from this page are`} waiting for you — open Whale Lens to decide`,
  };
}

export interface PendingWiring {
  store: PendingStore;
  /** The service's badge setter, wrapped: while a tab has requests waiting, their badge stays. */
  setBadge: SetBadge;
}

export function wirePendingDecisions(b: WxtBrowser, ext: ExtensionIdentity, setBadge: SetBadge): PendingWiring {
  const store = new PendingStore();
  /** The last badge the service asked for, per tab: put back when nothing waits any more. */
  const verdictBadge = new Map<number, Badge | null>();
  let sweep: ReturnType<typeof setInterval> | undefined;

  const showBadge = (tabId: number) => {
    const n = store.count(tabId);
    void setBadge(tabId, n > 0 ? pendingBadge(n) : (verdictBadge.get(tabId) ?? null)).catch(() => undefined);
  };
  const keepSweeping = () => {
    if (store.list().length === 0) {
      if (sweep) clearInterval(sweep);
      sweep = undefined;
    } else {
      sweep ??= setInterval(() => {
        for (const tabId of store.expire(Date.now())) showBadge(tabId);
        keepSweeping();
      }, EXPIRE_EVERY_MS);
    }
  };

  b.runtime.onMessage.addListener((msg: unknown, sender: Parameters<typeof classifySender>[0]) => {
    if (!isPendingMessage(msg)) return undefined;
    const info = classifySender(sender, ext);
    if (!info) return undefined;
    if (info.kind === 'tab') {
      const m = parsePendingFromTab(msg);
      if (!m) return undefined;
      if (m.type === 'guard.waiting') store.waiting(info.tabId, info.hostname, m.id, m.hidden, m.summary, Date.now());
      else store.settled(info.tabId, m.id);
      showBadge(info.tabId);
      keepSweeping();
      return Promise.resolve<PendingResponses['guard.waiting']>({ ok: true });
    }
    const m = parsePendingFromPopup(msg);
    if (!m) return undefined;
    if (m.type === 'guard.pending') return Promise.resolve<PendingResponses['guard.pending']>({ pending: store.list() });
    if (!store.has(m.tabId, m.id)) return Promise.resolve<PendingResponses['guard.choose']>({ ok: false });
    const choice: GuardChoice = { type: 'guard.choice', id: m.id, decision: m.decision };
    return b.tabs.sendMessage(m.tabId, choice, { frameId: 0 }).then(
      (answer: unknown) => {
        const ok = (answer as { ok?: unknown } | undefined)?.ok === true;
        if (ok) {
          store.settled(m.tabId, m.id);
          showBadge(m.tabId);
          keepSweeping();
        }
        return { ok } satisfies PendingResponses['guard.choose'];
      },
      () => ({ ok: false }) satisfies PendingResponses['guard.choose'],
    );
  });

  const forget = (tabId: number) => {
    verdictBadge.delete(tabId);
    store.forgetTab(tabId);
    keepSweeping();
  };
  b.tabs.onRemoved.addListener(forget);
  b.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forget(tabId);
  });

  return {
    store,
    setBadge: async (tabId, badge) => {
      verdictBadge.set(tabId, badge);
      if (store.count(tabId) > 0) return;
      await setBadge(tabId, badge);
    },
  };
}
