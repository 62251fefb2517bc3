import type { Verdict } from '../../lib/risk/types';
import { VERDICT_META } from './labels';

/** The verdict as colour AND glyph AND words, so it never depends on colour alone. */
export function VerdictBadge({ verdict, label }: { verdict: Verdict; label?: string }) {
  const meta = VERDICT_META[verdict];
  return (
    <span class={`wl-verdict wl-verdict-${verdict}`} data-verdict={verdict}>
      <span class="wl-verdict-glyph" aria-hidden="true">
        {meta.glyph}
      </span>
      {label ?? meta.label}
    </span>
  );
}
