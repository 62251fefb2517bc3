/** One phrase per verdict and severity, used by the popup, badge, dialog, toolbar badge and CLI. */
import type { Severity, Verdict } from '../risk/types';
import { formatInteger } from './format';

/** The one severity order (most severe first), from the risk engine. */
export { SEVERITY_RANK, mostSevereFirst } from '../risk/severity';

export const VERDICT_PHRASE: Record<Verdict, string> = {
  danger: 'Danger',
  caution: 'Caution',
  unknown: 'Not verified',
  ok: 'No concerns found',
};

export const SEVERITY_WORD: Record<Severity, string> = { danger: 'Danger', caution: 'Caution', info: 'Note' };

/**
 * The toolbar badge's text: caution and danger differ by more than colour ("!" vs "!!"),
 * unknown is "?", no concerns "✓".
 */
export const TOOLBAR_MARK: Record<Verdict, string> = { danger: '!!', caution: '!', unknown: '?', ok: '✓' };

/** Analysis phases as people say them ("reading holders"). */
export const PHASE_WORDS: Record<string, string> = {
  queued: 'waiting to start',
  token: 'reading the token',
  holders: 'reading holders',
  control: 'checking who controls the contract',
  governance: 'checking governance',
  liquidity: 'checking liquidity',
  indexers: 'asking indexers',
  deciding: 'weighing the findings',
  done: 'done',
};

export function phaseWords(phase: string): string {
  return PHASE_WORDS[phase] ?? phase;
}

type Counts = { done: number; total: number; unit: 'blocks' | 'holders' };

/** "120,000 of 1,500,000 blocks scanned", or null when there are no real counts. */
export function countsWords(c: Counts | undefined, locale?: string): string | null {
  if (!c || !(c.total > 0)) return null;
  const n = (x: number) => formatInteger(Math.max(0, Math.round(x)), locale);
  const noun = c.unit === 'blocks' ? (c.total === 1 ? 'block scanned' : 'blocks scanned') : c.total === 1 ? 'holder verified' : 'holders verified';
  return `${n(Math.min(c.done, c.total))} of ${n(c.total)} ${noun}`;
}

/**
 * "reading holders: 120,000 of 1,500,000 blocks scanned, 8%": the phase with its real counts when
 * the progress carries them, else "reading holders, 8% done".
 */
export function progressWords(p: { phase: string; fraction: number; counts?: Counts }, locale?: string): string {
  const pct = `${Math.round(Math.min(1, Math.max(0, p.fraction)) * 100)}%`;
  const counts = countsWords(p.counts, locale);
  return counts ? `${phaseWords(p.phase)}: ${counts}, ${pct}` : `${phaseWords(p.phase)}, ${pct} done`;
}
