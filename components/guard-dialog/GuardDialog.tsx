/**
 * The pre-sign warning: verdict, top reasons with their numbers, the action and amount,
 * "Cancel" / "Continue to wallet" and "Don't warn me again for this token".
 * Decisions come only from trusted user events (`isTrusted`): a page script dispatching
 * synthetic clicks or key presses cannot choose for the person. All strings render as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuardView } from '../../lib/guard/decide';
import type { TouchedToken } from '../../lib/guard/types';
import { HEADLINES, actionText, reasonDetail, tokenLabel } from './format';

export interface GuardDialogProps {
  view: GuardView;
  touches: TouchedToken[];
  onChoose(decision: 'forward' | 'reject', dontWarnAgain: boolean): void;
}

export function GuardDialog({ view, touches, onChoose }: GuardDialogProps) {
  const [dontWarn, setDontWarn] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);

  const choose = (d: 'forward' | 'reject') => (ev: Event) => {
    if (!ev.isTrusted) return;
    onChoose(d, dontWarn);
  };
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'Escape' && ev.isTrusted) onChoose('reject', dontWarn);
  };

  return (
    <div class="wl-guard-backdrop">
      <div
        class={`wl-guard wl-guard-${view.headline}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby="wl-guard-title"
        aria-describedby="wl-guard-desc"
        onKeyDown={onKey}
      >
        <h2 id="wl-guard-title">Whale Lens · {HEADLINES[view.headline]}</h2>
        <p id="wl-guard-desc" class="wl-guard-lead">
          {view.headline === 'pending'
            ? 'The check of this token is still running. You can wait here, cancel, or go on without it.'
            : view.headline === 'unknown'
              ? 'Whale Lens could not check this token. That does not mean it is safe.'
              : view.headline === 'ok'
                ? 'The check finished without concerns.'
                : 'Before your wallet opens: this request touches a token with concentrated control.'}
        </p>
        {view.tokens.map((t) => {
          const mine = touches.filter((x) => x.chainId === t.chainId && x.token.toLowerCase() === t.token.toLowerCase());
          const label = tokenLabel(t);
          return (
            <section class="wl-guard-token" key={`${t.chainId}:${t.token}`} data-status={t.status}>
              <h3>
                {label} <span class="wl-guard-status">{t.status === 'pending' ? 'not verified yet' : t.status}</span>
              </h3>
              <ul class="wl-guard-actions">
                {mine.map((m, i) => (
                  <li key={i} class={m.unlimited ? 'wl-guard-unlimited' : undefined}>
                    {actionText(m, t.symbol ?? label, t.decimals)}
                  </li>
                ))}
              </ul>
              {t.reasons.length > 0 && (
                <ol class="wl-guard-reasons">
                  {t.reasons.map((f) => (
                    <li key={f.ruleId}>
                      <strong>{f.title}</strong>
                      <span class="wl-guard-detail">{reasonDetail(f)}</span>
                    </li>
                  ))}
                </ol>
              )}
              {t.note && <p class="wl-guard-note">{t.note}</p>}
              <p class="wl-guard-address" title={t.token}>
                {t.token} · chain {t.chainId}
              </p>
            </section>
          );
        })}
        <label class="wl-guard-dismiss">
          <input type="checkbox" checked={dontWarn} onChange={(e) => e.isTrusted && setDontWarn(e.currentTarget.checked)} />
          Don't warn me about this token on this site
        </label>
        <div class="wl-guard-buttons">
          <button type="button" ref={cancelRef} class="wl-guard-cancel" onClick={choose('reject')}>
            Cancel
          </button>
          <button type="button" class="wl-guard-continue" onClick={choose('forward')}>
            Continue to wallet
          </button>
        </div>
      </div>
    </div>
  );
}
