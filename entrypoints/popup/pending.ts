/**
 * The popup's view of requests the pre-sign guard holds for the person: asked of the background
 * on open and every second while open (a request may start or end meanwhile); the answer is
 * validated like any message, and a choice is sent back for the background to hand to its tab.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Decision } from '../../lib/guard/bridge/protocol';
import {
  parseSummary,
  PENDING_ID_PATTERN,
  type PendingDecision,
  type PendingFromPopup,
  type PendingResponses,
} from '../../lib/guard/pending/protocol';

const POLL_MS = 1_000;

function parseList(x: unknown): PendingDecision[] {
  const list = (x as { pending?: unknown } | undefined)?.pending;
  if (!Array.isArray(list)) return [];
  const out: PendingDecision[] = [];
  for (const p of list as Record<string, unknown>[]) {
    const summary = parseSummary(p?.summary);
    if (!summary || typeof p.id !== 'string' || !PENDING_ID_PATTERN.test(p.id) || typeof p.tabId !== 'number') continue;
    out.push({
      tabId: p.tabId,
      id: p.id,
      site: typeof p.site === 'string' ? p.site : undefined,
      hidden: p.hidden === true,
      since: typeof p.since === 'number' ? p.since : 0,
      summary,
    });
  }
  return out;
}

const ask = (m: PendingFromPopup) => browser.runtime.sendMessage(m);

export function usePendingDecisions() {
  const [list, setList] = useState<PendingDecision[]>([]);
  const refresh = useCallback(async () => {
    try {
      setList(parseList(await ask({ type: 'guard.pending' })));
    } catch {
      setList([]);
    }
  }, []);
  useEffect(() => {
    // A turn after the popup's own first question (the active tab), then every second.
    const first = setTimeout(() => void refresh(), 0);
    const id = setInterval(() => void refresh(), POLL_MS);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [refresh]);
  const choose = useCallback(
    async (p: PendingDecision, decision: Decision) => {
      const answer = (await ask({ type: 'guard.choose', tabId: p.tabId, id: p.id, decision })) as PendingResponses['guard.choose'] | undefined;
      await refresh();
      return answer?.ok === true;
    },
    [refresh],
  );
  return { list, choose };
}
