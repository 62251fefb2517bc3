/**
 * What the in-page badge shows, derived from the background's answer. Pure: the component and
 * the tests share it. Anything we cannot vouch for becomes "unknown" (grey), never green.
 */
import type { PageTarget, ReportState } from '../../lib/messaging/background-protocol';
import type { Evidence, Finding, Severity } from '../../lib/risk/types';
import { formatEvidence } from './format';
import { thresholdLine } from '../../lib/wording/thresholds';
import { countsWords, mostSevereFirst, phaseWords, VERDICT_PHRASE } from '../../lib/wording/verdict';
import { capitalise } from '../../lib/wording/format';
import { isTechnical, technicalText } from '../../lib/wording/evidence';
import { getProtocol } from '../../lib/protocols/index';
import { stillChecking } from '../../lib/report/stillChecking';
import { safeLabel } from '../../lib/text/hostile';

export interface BadgeFinding {
  severity: Severity;
  title: string;
  /** Evidence as short text lines ("Top 10 share: 84%", "Owner: 0x12…ab (EOA)"). */
  evidence: string[];
  threshold?: string;
  /** Block, source and selectors, for the technically minded ("block 54 · source rpc"). */
  technical?: string;
}

export type BadgeView =
  | { state: 'hidden' }
  /** `counts`: "120,000 of 1,500,000 blocks scanned"; `findings`: cautions and dangers of the sections already in; `checking`: those still being read. */
  | { state: 'analysing'; title: string; fraction: number; detail: string; counts?: string; findings?: BadgeFinding[]; checking?: string[] }
  | { state: 'ready'; verdict: 'ok' | 'caution' | 'danger'; title: string; summary: string; findings: BadgeFinding[]; stale: boolean }
  | { state: 'unknown'; title: string; reason: string; findings: BadgeFinding[] }
  | { state: 'error'; title: string; message: string; retryable: boolean };

function thresholdText(f: Finding): string | undefined {
  return f.threshold ? thresholdLine(f.threshold) : undefined;
}

/** The most severe findings first, at most `n`, each with its evidence as text. */
export function topFindings(findings: readonly Finding[], n = 3): BadgeFinding[] {
  return [...findings]
    .sort(mostSevereFirst)
    .slice(0, n)
    .map((f) => ({
      severity: f.severity,
      title: f.title,
      evidence: f.evidence
        .filter((e: Evidence) => !isTechnical(e))
        .slice(0, 4)
        .map((e: Evidence) => formatEvidence(e)),
      threshold: thresholdText(f),
      technical: technicalText(f.evidence).join(' · ') || undefined,
    }));
}

function titleFor(target: PageTarget | null, state?: ReportState | null): string {
  const token = state && 'report' in state ? state.report?.token : undefined;
  // Symbols come from the chain: hidden characters shown as code points, long ones cut.
  if (token?.symbol) return safeLabel(token.symbol, 24);
  const early = state?.status === 'analysing' ? (state.partial?.report.token ?? state.progress?.token) : undefined;
  if (early?.symbol) return safeLabel(early.symbol, 24);
  if (target?.kind === 'protocol') return getProtocol(target.protocolId)?.name ?? target.protocolId;
  return 'This token';
}

export function toBadgeView(target: PageTarget | null, state: ReportState | null | undefined): BadgeView {
  if (!target) return { state: 'hidden' };
  const title = titleFor(target, state);
  if (state === undefined || state === null) {
    return { state: 'unknown', title, reason: 'no answer from Whale Lens yet', findings: [] };
  }
  switch (state.status) {
    case 'dismissed':
      return { state: 'hidden' };
    case 'analysing': {
      const p = state.progress;
      const fraction = Number.isFinite(p?.fraction) ? Math.min(1, Math.max(0, p.fraction)) : 0;
      const counts = countsWords(p?.counts);
      const phase = p?.phase ? capitalise(phaseWords(p.phase)) : 'Analysing';
      const view: BadgeView = {
        state: 'analysing',
        title,
        fraction,
        detail: p?.detail ?? (counts ? `${phase}: ${counts}` : phase),
        ...(counts ? { counts } : {}),
      };
      // A danger found early is shown at once; nothing is called fine until every section is in.
      const early = state.partial?.assessment.findings.filter((f) => f.severity !== 'info') ?? [];
      if (early.length) Object.assign(view, { findings: topFindings(early), checking: stillChecking(state.partial!.report) });
      return view;
    }
    case 'unsupported-chain':
      return { state: 'unknown', title, reason: `chain ${state.chainId} is not set up in Whale Lens`, findings: [] };
    case 'error':
      return { state: 'error', title, message: state.error || 'analysis failed', retryable: state.retryable };
    case 'ready': {
      const a = state.assessment;
      const findings = topFindings(a?.findings ?? []);
      if (!a || a.verdict === 'unknown' || !['ok', 'caution', 'danger'].includes(a.verdict)) {
        const reason = a?.gaps?.[0]?.reason || a?.summary || 'not enough data';
        return { state: 'unknown', title, reason, findings };
      }
      const summary = a.summary || (a.verdict === 'ok' ? VERDICT_PHRASE.ok : findings[0]?.title || '');
      return { state: 'ready', verdict: a.verdict, title, summary, findings, stale: state.stale };
    }
    default:
      return { state: 'unknown', title, reason: 'unexpected answer', findings: [] };
  }
}
