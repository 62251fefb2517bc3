import type { AnalysisProgress } from '../../lib/messaging/background-protocol';
import { countsWords } from '../../lib/wording/verdict';
import { useDisplay } from '../common/context';

const PHASE: Record<AnalysisProgress['phase'], string> = {
  queued: 'Waiting for a free slot',
  token: 'Reading the token',
  holders: 'Counting holders',
  control: 'Checking who controls the contract',
  governance: 'Reading governance',
  liquidity: 'Checking liquidity',
  indexers: 'Asking indexers',
  deciding: 'Weighing the findings',
  done: 'Done',
};

/** A labelled progress bar fed by the background's 'progress' events. */
export function ProgressBar({ progress }: { progress: AnalysisProgress }) {
  const { locale } = useDisplay();
  const pct = Math.round(Math.min(1, Math.max(0, progress.fraction)) * 100);
  // Real counts ("120,000 of 1,500,000 blocks scanned") when the phase has them.
  const more = countsWords(progress.counts, locale) ?? progress.detail;
  const text = `${PHASE[progress.phase] ?? progress.phase}${more ? ` — ${more}` : ''}`;
  return (
    <div class="wl-progress-wrap">
      <label for="wl-progress">
        {text} ({pct}%)
      </label>
      <progress id="wl-progress" class="wl-progress" max={100} value={pct} aria-valuetext={`${pct}% — ${text}`}>
        {pct}%
      </progress>
    </div>
  );
}
