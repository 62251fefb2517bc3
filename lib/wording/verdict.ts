/** One phrase per verdict and severity, used by the popup, badge, dialog, toolbar badge and CLI. */
import type { Severity, Verdict } from '../risk/types';

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
