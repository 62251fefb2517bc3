/**
 * What the guard shows for a request, from the touched tokens and what the background
 * knows about each. Pure.
 *
 * Per token:  dismissed → ignored · ready with a caution/danger finding → flagged ·
 *   ready with only info findings → ok, unless its core data (holders or control) is missing →
 *   "could not verify" (a gap in a side rule, e.g. no governance data, is not a reason to stop
 *   every swap; missing holders/control is: we would know nothing about who controls it) ·
 *   analysing → pending (flagged early if its partial result already has a caution/danger) ·
 *   error / unsupported-chain → "could not verify" (invariant 2: failed analysis is never "fine").
 * For the request: any flagged → show now; else any pending → wait until the deadline, then
 * show "not verified yet"; else any could-not-verify → show; else pass straight through.
 */
import type { ReportState } from '../report/state';
import type { Finding, Severity } from '../risk/types';
import type { TouchedToken } from './types';
import type { Doubt } from './decode/doubts';
import { progressWords } from '../wording/verdict';

export type TokenStatus = 'danger' | 'caution' | 'unknown' | 'pending' | 'ok' | 'dismissed';
export type Headline = Exclude<TokenStatus, 'dismissed'>;

export interface TokenView {
  chainId: number;
  token: `0x${string}`;
  symbol?: string;
  name?: string;
  decimals?: number;
  touches: TouchedToken[];
  status: TokenStatus;
  /** Every caution/danger finding, most severe first (the dialog shows MAX_REASONS, then "+N more"). */
  reasons: Finding[];
  /** Why the token could not be verified, or what is still running. */
  note?: string;
}

export interface GuardView {
  headline: Headline;
  tokens: TokenView[];
}

/** How many reasons the dialog shows before "+N more". */
export const MAX_REASONS = 3;
const RANK: Record<TokenStatus, number> = { danger: 5, caution: 4, unknown: 3, pending: 2, ok: 1, dismissed: 0 };
const SEV: Record<Severity, number> = { danger: 2, caution: 1, info: 0 };

function topReasons(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info').sort((a, b) => SEV[b.severity] - SEV[a.severity]);
}

export function tokenView(touches: TouchedToken[], state: ReportState | null): TokenView {
  const { chainId, token } = touches[0]!;
  const base = { chainId, token, touches, reasons: [] as Finding[] };
  if (!state) return { ...base, status: 'pending', note: 'Checking…' };
  switch (state.status) {
    case 'dismissed':
      return { ...base, status: 'dismissed' };
    case 'ready': {
      const reasons = topReasons(state.assessment.findings);
      const sym = { symbol: state.report.token.symbol, name: state.report.token.name, decimals: state.report.token.decimals };
      if (reasons.length) return { ...base, ...sym, reasons, status: reasons[0]!.severity === 'danger' ? 'danger' : 'caution' };
      if (state.report.holders === undefined || state.report.control === undefined) {
        const gap = state.assessment.gaps.find((g) => g.category === 'whales' || g.category === 'control');
        return { ...base, ...sym, status: 'unknown', note: gap?.reason ?? 'Holder or control data is missing, so control of this token is unknown.' };
      }
      return { ...base, ...sym, status: 'ok' };
    }
    case 'analysing': {
      const reasons = state.partial ? topReasons(state.partial.assessment.findings) : [];
      const p = state.partial?.report.token ?? state.progress.token;
      const sym = p ? { symbol: p.symbol, name: p.name, decimals: p.decimals } : {};
      const note = `Still checking: ${progressWords(state.progress)}.`;
      if (reasons.length) return { ...base, ...sym, reasons, note, status: reasons[0]!.severity === 'danger' ? 'danger' : 'caution' };
      return { ...base, ...sym, status: 'pending', note };
    }
    case 'unsupported-chain':
      return { ...base, status: 'unknown', note: `Chain ${state.chainId} is not set up in Whale Lens.` };
    case 'error':
      return { ...base, status: 'unknown', note: state.error };
  }
}

/** Groups touches by token (chain + address), keeping first-seen order. */
export function groupByToken(touches: TouchedToken[]): TouchedToken[][] {
  const groups = new Map<string, TouchedToken[]>();
  for (const t of touches) {
    const k = `${t.chainId}:${t.token.toLowerCase()}`;
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  return [...groups.values()];
}

export function guardView(tokens: TokenView[]): GuardView {
  const shown = tokens.filter((t) => t.status !== 'dismissed');
  const worst = shown.reduce<Headline>((w, t) => (RANK[t.status] > RANK[w] ? (t.status as Headline) : w), 'ok');
  // Flagged tokens first, then the rest in request order.
  const sorted = [...shown].sort((a, b) => RANK[b.status] - RANK[a.status]);
  return { headline: worst, tokens: sorted };
}

/** 'show' the dialog, 'pass' the request straight to the wallet, or 'wait' for more answers. */
export function nextStep(view: GuardView, deadlinePassed: boolean): 'show' | 'pass' | 'wait' {
  const has = (s: TokenStatus) => view.tokens.some((t) => t.status === s);
  if (has('danger') || has('caution')) return 'show';
  if (has('pending')) return deadlinePassed ? 'show' : 'wait';
  if (has('unknown')) return 'show';
  return 'pass';
}

const NO_ADDRESS = '0x0000000000000000000000000000000000000000' as const;

/**
 * Adds what the guard could not vouch for (decode/doubts.ts): on a token already shown, its note
 * is added and the token is at least "could not verify" (never "ok"); otherwise the doubt is a
 * "could not verify" entry of its own.
 */
export function withDoubts(tokens: TokenView[], doubts: Doubt[]): TokenView[] {
  const out = tokens.map((t) => ({ ...t }));
  for (const d of doubts) {
    const same = out.find((t) => d.token !== null && t.chainId === d.chainId && t.token.toLowerCase() === d.token.toLowerCase());
    if (same) {
      same.note = same.note ? `${same.note} ${d.note}` : d.note;
      if (RANK[same.status] < RANK.unknown) same.status = 'unknown';
    } else {
      out.push({ chainId: d.chainId, token: d.token ?? NO_ADDRESS, touches: [], status: 'unknown', reasons: [], note: d.note });
    }
  }
  return out;
}
