/**
 * The pre-sign warning: verdict, every caution/danger reason (most severe first, "+N more"
 * expands in place) each with its numbers, the bar it crossed as a sentence and one next step;
 * the action and amount; "Cancel" / "Continue to wallet"; "Don't warn me about this token on
 * this site". A modal: focus stays inside (Tab wraps) and goes back where it was on close.
 * Decisions come only from trusted user events (`isTrusted`): a page script dispatching
 * synthetic clicks or key presses cannot choose for the person. All strings render as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_REASONS, type GuardView, type TokenView } from '../../lib/guard/decide';
import type { TouchedToken } from '../../lib/guard/types';
import { nextStep } from '../../lib/wording/nextStep';
import { SEVERITY_WORD, VERDICT_PHRASE } from '../../lib/wording/verdict';
import { WhaleMark } from '../common/WhaleMark';
import { SafeText } from '../common/SafeText';
import { safeLabel } from '../../lib/text/hostile';
import { HEADLINES, STATUS_WORDS, actionText, approvingText, reasonDetail, reasonTechnical, reasonThreshold, tokenLabel } from './format';

export interface GuardDialogProps {
  view: GuardView;
  touches: TouchedToken[];
  onChoose(decision: 'forward' | 'reject', dontWarnAgain: boolean): void;
  /** BCP 47 locale for numbers (default: the browser's). */
  locale?: string;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

function lead(view: GuardView): string {
  switch (view.headline) {
    case 'pending':
      return 'The check of this token is still running. You can wait here, cancel, or go on without it.';
    case 'unknown':
      return 'Whale Lens could not check this token. That does not mean it is safe.';
    case 'ok':
      return 'The check finished and found no concerns about the tokens in this request. You can continue to your wallet.';
    default:
      return 'Before your wallet opens: this request touches a token with concentrated control.';
  }
}

function Reasons({ t, touches, locale }: { t: TokenView; touches: TouchedToken[]; locale?: string }) {
  const [all, setAll] = useState(false);
  if (t.reasons.length === 0) return null;
  const shown = all ? t.reasons : t.reasons.slice(0, MAX_REASONS);
  const more = t.reasons.length - shown.length;
  const approving = approvingText(touches, safeLabel(t.symbol ?? tokenLabel(t), 24), t.decimals, locale);
  const listId = `wl-guard-reasons-${t.chainId}-${t.token}`;
  return (
    <>
      <ol class="wl-guard-reasons" id={listId}>
        {shown.map((f) => {
          const step = nextStep(f, { approving });
          const bar = reasonThreshold(f, locale);
          const detail = reasonDetail(f, locale);
          return (
            <li key={f.ruleId} class={`wl-guard-reason wl-guard-sev-${f.severity}`}>
              <span class="wl-guard-sev">{SEVERITY_WORD[f.severity]}</span> <strong>{f.title}</strong>
              {detail ? <span class="wl-guard-detail">{detail}</span> : null}
              {bar ? <span class="wl-guard-detail">{bar}</span> : null}
              {step ? (
                <span class="wl-guard-step">
                  <span class="wl-guard-step-label">What to do: </span>
                  {step}
                </span>
              ) : null}
              <span class="wl-guard-tech">{reasonTechnical(f)}</span>
            </li>
          );
        })}
      </ol>
      {t.reasons.length > MAX_REASONS ? (
        <button type="button" class="wl-guard-more" aria-expanded={all} aria-controls={listId} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `+${more} more`}
        </button>
      ) : null}
    </>
  );
}

export function GuardDialog({ view, touches, onChoose, locale }: GuardDialogProps) {
  const [dontWarn, setDontWarn] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const continueRef = useRef<HTMLButtonElement>(null);
  const noConcerns = view.headline === 'ok';

  useEffect(() => {
    // Where focus was before the dialog: it goes back there when the dialog closes.
    const before = document.activeElement as HTMLElement | null;
    (noConcerns ? continueRef : cancelRef).current?.focus();
    return () => {
      if (before && before.isConnected && typeof before.focus === 'function') before.focus();
    };
  }, []);

  const choose = (d: 'forward' | 'reject') => (ev: Event) => {
    if (!ev.isTrusted) return;
    onChoose(d, dontWarn);
  };
  const onKey = (ev: KeyboardEvent) => {
    if (!ev.isTrusted) return;
    if (ev.key === 'Escape') return onChoose('reject', dontWarn);
    if (ev.key !== 'Tab' || !dialogRef.current) return;
    // Focus trap: Tab and Shift+Tab wrap inside the dialog.
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const root = dialogRef.current.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (ev.shiftKey && (active === first || !dialogRef.current.contains(active))) {
      ev.preventDefault();
      last.focus();
    } else if (!ev.shiftKey && (active === last || !dialogRef.current.contains(active))) {
      ev.preventDefault();
      first.focus();
    }
  };

  return (
    <div class="wl-guard-backdrop">
      <div
        ref={dialogRef}
        class={`wl-guard wl-guard-${view.headline}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby="wl-guard-title"
        aria-describedby="wl-guard-desc"
        onKeyDown={onKey}
      >
        <h2 id="wl-guard-title">
          <WhaleMark size={22} />
          <span>Whale Lens · {HEADLINES[view.headline]}</span>
        </h2>
        <p id="wl-guard-desc" class="wl-guard-lead">
          {lead(view)}
        </p>
        {view.tokens.map((t) => {
          const mine = touches.filter((x) => x.chainId === t.chainId && x.token.toLowerCase() === t.token.toLowerCase());
          const label = tokenLabel(t);
          return (
            <section class="wl-guard-token" key={`${t.chainId}:${t.token}`} data-status={t.status}>
              <h3>
                <SafeText value={label} max={80} what="token name" /> <span class="wl-guard-status">{STATUS_WORDS[t.status]}</span>
              </h3>
              <ul class="wl-guard-actions">
                {mine.map((m, i) => (
                  <li key={i} class={m.unlimited ? 'wl-guard-unlimited' : undefined}>
                    {actionText(m, safeLabel(t.symbol ?? label, 24), t.decimals, locale)}
                  </li>
                ))}
              </ul>
              <Reasons t={t} touches={mine} locale={locale} />
              {t.status === 'ok' ? <p class="wl-guard-note">{VERDICT_PHRASE.ok} for this token.</p> : null}
              {t.note && <p class="wl-guard-note">{t.note}</p>}
              <p class="wl-guard-address" title={t.token}>
                Token contract {t.token} · chain {t.chainId}
              </p>
            </section>
          );
        })}
        <div class="wl-guard-footer">
          {noConcerns ? null : (
            <label class="wl-guard-dismiss">
              <input type="checkbox" checked={dontWarn} onChange={(e) => e.isTrusted && setDontWarn(e.currentTarget.checked)} />
              Don't warn me about this token on this site
            </label>
          )}
          {dontWarn ? (
            <p class="wl-guard-note" role="status">
              Only on this site. You can undo it in the Whale Lens popup: click the Whale Lens icon in the toolbar (or the Extensions puzzle piece,
              then Whale Lens).
            </p>
          ) : null}
          <div class="wl-guard-buttons">
            <button type="button" ref={cancelRef} class={noConcerns ? 'wl-guard-secondary' : 'wl-guard-primary'} onClick={choose('reject')}>
              Cancel
            </button>
            <button type="button" ref={continueRef} class={noConcerns ? 'wl-guard-primary' : 'wl-guard-secondary'} onClick={choose('forward')}>
              Continue to wallet
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
