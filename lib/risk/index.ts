/**
 * Whale Lens risk engine: Report in, Assessment out. Pure — no browser, storage,
 * network or viem imports (only types), so the CLI, the worker and tests share it.
 */
import type { Report } from '../report/types';
import type { Assessment } from './types';
import type { Rule } from './rule';
import { runRules } from './engine';
import { resolveThresholds, type Thresholds } from './thresholds';
import { whaleRules } from './rules/whales';
import { governanceRules } from './rules/governance';
import { controlRules } from './rules/control';
import { liquidityRules } from './rules/liquidity';
import { ageRules } from './rules/age';
import { clusterRules } from './rules/clusters';
import { trendRules } from './rules/trend';
import { voteHistoryRules } from './rules/voteHistory';
import { balanceModelRules } from './rules/balanceModel';

export type { Assessment, Evidence, Finding, RuleGap, Severity, Verdict } from './types';
export { DEFAULT_THRESHOLDS, resolveThresholds, type Thresholds } from './thresholds';
export { THRESHOLD_TABLE, THRESHOLD_KEYS, thresholdRow, type ThresholdKey, type ThresholdRow, type ThresholdUnit } from './thresholdTable';
export { formatAssessment, formatEvidence, formatThreshold } from './text';

/** Every rule, in the order findings of equal severity are listed. */
export const RULES: readonly Rule[] = [
  ...controlRules,
  ...whaleRules,
  ...balanceModelRules,
  ...clusterRules,
  ...trendRules,
  ...governanceRules,
  ...voteHistoryRules,
  ...liquidityRules,
  ...ageRules,
];

export function assess(report: Report, thresholds?: Partial<Thresholds>, rules: readonly Rule[] = RULES): Assessment {
  return runRules(rules, report, resolveThresholds(thresholds));
}
