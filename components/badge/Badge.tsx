/**
 * The in-page badge: a small pill in a corner (verdict colour + one line) that expands to the
 * top findings with their evidence. Every string is rendered as a text node.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BadgeFinding, BadgeView } from './model';
import { VERDICT_PHRASE, SEVERITY_WORD } from '../../lib/wording/verdict';
import { clipAtWord } from '../../lib/wording/format';
import { errorWords } from '../../lib/wording/errors';
import { WhaleMark } from '../common/WhaleMark';

export interface BadgeProps {
  view: BadgeView;
  /** Hide the badge on this site (remembered in settings). Only the badge: warnings stay on. */
  onDismiss?: () => void;
  onRetry?: () => void;
  /** Escape on the collapsed badge: hide it on this page only (nothing is remembered; warnings stay on). */
  onHideForPage?: () => void;
  /** Start expanded (tests, or when the verdict is danger). */
  initiallyExpanded?: boolean;
}

/** The token's name inside a sentence: "Could not check this token", not "…check This token". */
const inSentence = (title: string) => (title === 'This token' ? 'this token' : title);

function headline(view: Exclude<BadgeView, { state: 'hidden' }>): string {
  switch (view.state) {
    case 'analysing': {
      const first = view.findings?.[0];
      if (first) return `${SEVERITY_WORD[first.severity]}: ${first.title} · still checking ${view.checking?.join(', ') || 'the rest'}…`;
      return view.counts
        ? `Analysing ${inSentence(view.title)}: ${view.counts}`
        : `Analysing ${inSentence(view.title)}… ${Math.round(view.fraction * 100)}%`;
    }
    case 'ready':
      return view.verdict === 'ok' ? VERDICT_PHRASE.ok : `${VERDICT_PHRASE[view.verdict]}: ${view.summary}`;
    case 'unknown':
      return `Not verified: ${view.reason}`;
    case 'error':
      return `Could not check ${inSentence(view.title)}: ${errorWords(view.message).sentence}`;
  }
}

function colour(view: Exclude<BadgeView, { state: 'hidden' }>): string {
  if (view.state === 'analysing' && view.findings?.[0]) return view.findings[0].severity === 'danger' ? 'danger' : 'caution';
  return view.state === 'ready' ? view.verdict : view.state;
}

function Findings({ findings }: { findings: BadgeFinding[] }) {
  if (findings.length === 0) return <p class="wl-empty">No findings to show.</p>;
  return (
    <ol class="wl-findings">
      {findings.map((f, i) => (
        <li key={i} class={`wl-finding wl-sev-${f.severity}`}>
          <span class="wl-sev">{SEVERITY_WORD[f.severity]}</span> <span class="wl-ftitle">{f.title}</span>
          <ul class="wl-evidence">
            {f.evidence.map((e, j) => (
              <li key={j}>{e}</li>
            ))}
            {f.threshold ? <li class="wl-threshold">{f.threshold}</li> : null}
            {f.technical ? <li class="wl-tech">{f.technical}</li> : null}
          </ul>
        </li>
      ))}
    </ol>
  );
}

export function Badge({ view, onDismiss, onRetry, onHideForPage, initiallyExpanded = false }: BadgeProps) {
  const [expanded, setExpanded] = useState(initiallyExpanded);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (view.state === 'hidden') setExpanded(false);
  }, [view.state]);
  if (view.state === 'hidden') return null;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    if (expanded) {
      setExpanded(false);
      toggle.current?.focus();
    } else {
      onHideForPage?.();
    }
  };
  const findings = view.state === 'ready' || view.state === 'unknown' ? view.findings : view.state === 'analysing' ? (view.findings ?? []) : [];
  const line = headline(view);
  // Cut in words before the pill's width would cut mid-word (about 36 characters fit).
  const shortLine = clipAtWord(line, 36);
  const canExpand = view.state !== 'analysing' || findings.length > 0;

  return (
    <section class={`wl-badge wl-${colour(view)}`} aria-label="Whale Lens" onKeyDown={onKeyDown}>
      <div class="wl-pill">
        <WhaleMark size={18} />
        <span class="wl-dot" aria-hidden="true" />
        <button
          type="button"
          ref={toggle}
          class="wl-toggle"
          aria-expanded={canExpand ? expanded : undefined}
          aria-controls="wl-details"
          onClick={() => canExpand && setExpanded(!expanded)}
        >
          {line === shortLine ? (
            <span class="wl-line" aria-live="polite">
              {line}
            </span>
          ) : (
            <>
              <span class="wl-line" aria-hidden="true">
                {shortLine}
              </span>
              <span class="wl-sr" aria-live="polite">
                {line}
              </span>
            </>
          )}
        </button>
        {onDismiss ? (
          <button
            type="button"
            class="wl-close"
            aria-label="Hide this badge on this site (warnings before signing stay on)"
            title="Hide this badge on this site. Warnings before signing stay on; show it again from the Whale Lens icon in the toolbar. Escape hides it on this page only."
            onClick={onDismiss}
          >
            ×
          </button>
        ) : null}
      </div>
      {view.state === 'analysing' ? (
        <div
          class="wl-progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(view.fraction * 100)}
          aria-label={view.detail}
        >
          <div class="wl-bar" style={{ width: `${Math.round(view.fraction * 100)}%` }} />
        </div>
      ) : null}
      {expanded && canExpand ? (
        <div id="wl-details" class="wl-details">
          <p class="wl-title">
            <bdi>{view.title}</bdi>
          </p>
          {view.state === 'error' ? (
            <p>
              {view.message}{' '}
              {view.retryable && onRetry ? (
                <button type="button" class="wl-retry" onClick={onRetry}>
                  Try again
                </button>
              ) : null}
            </p>
          ) : (
            <Findings findings={findings} />
          )}
          {view.state === 'ready' && view.stale ? <p class="wl-note">Cached result; refreshing.</p> : null}
          {view.state === 'analysing' ? (
            <p class="wl-note">Still checking: {view.checking?.join(', ') || 'the rest'}. The verdict is final when every section is in.</p>
          ) : null}
          {view.state === 'unknown' ? <p class="wl-note">Unknown is not safe: Whale Lens could not check this.</p> : null}
          <p class="wl-note">
            More details in the Whale Lens popup: click the Whale Lens icon in the toolbar (if it is not pinned there, click the Extensions button,
            the puzzle piece next to the address bar, then Whale Lens).
          </p>
        </div>
      ) : null}
    </section>
  );
}
