/** The toolbar badge for a tab: one character and a colour per verdict; nothing for non-DeFi pages. */
import type { ReportState } from '../messaging/background-protocol';
import type { Verdict } from '../risk/types';

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

const TEXT: Record<Verdict, string> = { danger: '!', caution: '!', unknown: '?', ok: '✓' };

/** null = clear the badge (no DeFi target, or dismissed). */
export function badgeFor(state: ReportState | undefined | null): Badge | null {
  if (!state) return null;
  switch (state.status) {
    case 'ready': {
      const v = state.assessment.verdict;
      return { text: TEXT[v], color: BADGE_COLORS[v], title: `Whale Lens: ${v} — ${state.assessment.summary}` };
    }
    case 'analysing':
      return { text: '…', color: BADGE_COLORS.pending, title: `Whale Lens: analysing (${Math.round(state.progress.fraction * 100)}%)` };
    case 'unsupported-chain':
      return { text: '?', color: BADGE_COLORS.unknown, title: `Whale Lens: chain ${state.chainId} is not configured` };
    case 'error':
      return { text: '?', color: BADGE_COLORS.unknown, title: `Whale Lens: not verified — ${state.error}` };
    case 'dismissed':
      return null;
  }
}
