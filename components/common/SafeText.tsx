import { escapeHidden, hiddenWarning, truncateEscaped } from '../../lib/text/hostile';

interface Props {
  /** A name, symbol or label from a page, chain or API. */
  value: string;
  /** Longest shown, in characters; the full text stays in the tooltip. */
  max?: number;
  /** What this is, for the warning and screen readers ("token name"). */
  what?: string;
}

/**
 * A string we did not write, shown safely: isolated from the text around it (`<bdi>`, so an
 * RTL or overriding name cannot reorder the sentence it sits in), hidden and control characters
 * shown as code points ("[U+202E]") with a warning, a long value cut with the full text in the
 * tooltip, and allowed to wrap anywhere so nothing scrolls sideways. Rendered as text only.
 */
export function SafeText({ value, max = 48, what = 'name' }: Props) {
  const warning = hiddenWarning(value);
  const full = warning ? escapeHidden(value) : value;
  const shown = truncateEscaped(full, max);
  return (
    <span class="wl-safe" style={{ overflowWrap: 'anywhere', wordBreak: 'break-word', minWidth: 0 }}>
      <bdi class="wl-safe-text" title={shown !== full ? full : undefined} style={{ unicodeBidi: 'isolate' }}>
        {shown}
      </bdi>
      {warning ? <HiddenWarning warning={warning} what={what} full={full} /> : null}
    </span>
  );
}

/** The visible warning under a string with hidden characters; also used by Truncated. */
export function HiddenWarning({ warning, what, full }: { warning: string; what: string; full: string }) {
  return (
    <span
      class="wl-safe-warning"
      role="note"
      title={full}
      style={{ display: 'block', whiteSpace: 'normal', overflowWrap: 'anywhere', fontSize: '0.85em', fontWeight: 'normal', color: '#B3261E' }}
    >
      ⚠ {warning} — this {what} may not be what it looks like.
    </span>
  );
}
