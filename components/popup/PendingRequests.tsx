/**
 * Requests the pre-sign guard is holding for the person, shown first in the toolbar popup: a page
 * cannot hide, cover or script this (it is the extension's own page), so a dialog the page kept
 * out of sight can still be answered here. Same choice as the dialog: Cancel (the page gets
 * "rejected by the user") or Continue to wallet (the wallet still asks). Names are untrusted text.
 */
import { useState } from 'preact/hooks';
import type { Decision } from '../../lib/guard/bridge/protocol';
import type { PendingDecision } from '../../lib/guard/pending/protocol';
import { HEADLINES, STATUS_WORDS } from '../guard-dialog/format';
import { SafeText } from '../common/SafeText';
import { Truncated } from '../common/Truncated';

export interface PendingRequestsProps {
  pending: PendingDecision[];
  /** The tab the popup was opened over: its requests say "this page", others name their site. */
  activeTabId?: number;
  onChoose(p: PendingDecision, decision: Decision): Promise<boolean>;
}

/** Shown at most; the rest are counted (a page flooding checks must not bury the popup). */
const MAX_SHOWN = 3;

function Waiting({ p, here, onChoose }: { p: PendingDecision; here: boolean; onChoose: PendingRequestsProps['onChoose'] }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const choose = (d: Decision) => async () => {
    setBusy(true);
    setFailed(false);
    const ok = await onChoose(p, d).catch(() => false);
    setBusy(false);
    if (!ok) setFailed(true);
  };
  const from = here ? 'this page' : p.site ? `${p.site} (another tab)` : 'another tab';
  return (
    <section class={`wl-pending wl-pending-${p.summary.headline}`} aria-labelledby={`wl-pending-${p.id}`}>
      <h2 id={`wl-pending-${p.id}`}>A request from {from} is waiting for you</h2>
      <p class="wl-pending-headline">
        <strong>{HEADLINES[p.summary.headline]}</strong>
      </p>
      {p.hidden ? (
        <p class="wl-pending-hidden" role="alert">
          The page hid Whale Lens’s warning. Decide here; nothing has gone to your wallet yet.
        </p>
      ) : null}
      <ul class="wl-pending-tokens">
        {p.summary.tokens.map((t) => (
          <li key={`${t.chainId}:${t.token}`}>
            <SafeText value={t.label} max={40} what="token name" /> <span class="wl-muted">· {STATUS_WORDS[t.status]}</span>
            {t.reason ? (
              <span class="wl-pending-reason">
                <SafeText value={t.reason} max={160} what="reason" />
              </span>
            ) : null}
            <span class="wl-muted wl-pending-address">
              <Truncated value={t.token} max={18} what="token address" copy={false} /> · chain {t.chainId}
            </span>
          </li>
        ))}
      </ul>
      <div class="wl-row wl-pending-buttons">
        <button type="button" class="wl-primary" disabled={busy} onClick={choose('reject')}>
          Cancel
        </button>
        <button type="button" disabled={busy} onClick={choose('forward')}>
          Continue to wallet
        </button>
      </div>
      {failed ? (
        <p class="wl-pending-hidden" role="status">
          That request has already ended (or its page was closed).
        </p>
      ) : null}
    </section>
  );
}

export function PendingRequests({ pending, activeTabId, onChoose }: PendingRequestsProps) {
  if (pending.length === 0) return null;
  // The tab the popup was opened over first; the rest keep the background's order (hidden, then oldest).
  const ordered = [...pending].sort((a, b) => Number(b.tabId === activeTabId) - Number(a.tabId === activeTabId));
  const shown = ordered.slice(0, MAX_SHOWN);
  return (
    <div class="wl-pending-list">
      {shown.map((p) => (
        <Waiting key={`${p.tabId}:${p.id}`} p={p} here={p.tabId === activeTabId} onChoose={onChoose} />
      ))}
      {pending.length > shown.length ? <p class="wl-muted">{pending.length - shown.length} more requests are waiting.</p> : null}
    </div>
  );
}
