/**
 * The toolbar badge for a tab: a mark and a colour per verdict — caution "!" and danger "!!"
 * differ by more than colour — and a tooltip in words; nothing for non-DeFi pages.
 */
import type { ReportState } from '../report/state';
import type { Verdict } from '../risk/types';
import { TOOLBAR_MARK, VERDICT_PHRASE, progressWords } from '../wording/verdict';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export const BADGE_COLORS: Record<Verdict | 'pending', string> = {
  danger: '#C5221F',
  caution: '#E37400',
  unknown: '#5F6368',
  ok: '#188038',
  pending: '#5F6368',
};

const TEXT: Record<Verdict, string> = TOOLBAR_MARK;

/** null = clear the badge (no DeFi target, or dismissed). */
export function badgeFor(state: ReportState | undefined | null): Badge | null {
  if (!state) return null;
  switch (state.status) {
    case 'ready': {
      const v = state.assessment.verdict;
      const summary = v === 'ok' ? '' : state.assessment.summary ? ` — ${state.assessment.summary}` : '';
      return { text: TEXT[v], color: BADGE_COLORS[v], title: `Whale Lens: ${VERDICT_PHRASE[v]}${summary}` };
    }
    case 'analysing':
      return { text: '…', color: BADGE_COLORS.pending, title: `Whale Lens: checking — ${progressWords(state.progress)}` };
    case 'unsupported-chain':
      return { text: '?', color: BADGE_COLORS.unknown, title: `Whale Lens: not verified — chain ${state.chainId} is not set up (add it in Options)` };
    case 'error':
      return { text: '?', color: BADGE_COLORS.unknown, title: `Whale Lens: not verified — ${state.error}` };
    case 'dismissed':
      return null;
  }
}
