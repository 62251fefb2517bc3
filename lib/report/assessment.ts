/** What the risk rules conclude about a Report: plain data, shown by every UI and carried beside the Report. */
import type { Address, LabelCategory, SourceName } from './types';

export type Severity = 'info' | 'caution' | 'danger';
export type Verdict = 'ok' | 'caution' | 'danger' | 'unknown';
export type RuleCategory = 'whales' | 'governance' | 'control' | 'liquidity' | 'age';

/** One piece of evidence behind a finding; rendered as text, never as HTML. */
export type Evidence =
  | { kind: 'address'; label: string; address: Address; name?: string; category?: LabelCategory }
  | { kind: 'number'; label: string; value: number | string; unit?: 'share' | 'seconds' | 'count' | 'tokens' }
  | { kind: 'block'; number: number; timestamp?: number }
  | { kind: 'source'; source: SourceName; verifiedOnChain?: boolean };

export interface Finding {
  ruleId: string;
  category: RuleCategory;
  severity: Severity;
  /** Plain-language one-liner, e.g. "Top 3 holders own 71% of circulating supply". */
  title: string;
  explanation: string;
  evidence: Evidence[];
  /** The bar that triggered it, e.g. { name: 'top10Caution', value: 0.7, comparison: '>' }. */
  threshold?: { name: string; value: number; comparison: '>' | '>=' | '<' | '<=' | '=' };
}

/** A rule that could not run: missing data ("unknown") or a bug ("error"). */
export interface RuleGap {
  ruleId: string;
  category: RuleCategory;
  status: 'unknown' | 'error';
  reason: string;
}

export interface Assessment {
  verdict: Verdict;
  /** One line for the badge: the most severe findings, e.g. "Top 3 holders own 71% · owner can mint". */
  summary: string;
  findings: Finding[];
  gaps: RuleGap[];
}
