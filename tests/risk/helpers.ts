import type { Report } from '../../lib/report/types';
import type { RuleThresholds } from '../../lib/settings/types';
import { assess } from '../../lib/risk/index';
import type { Finding } from '../../lib/risk/types';

export function finding(report: Report, ruleId: string, t?: Partial<RuleThresholds>): Finding | undefined {
  return assess(report, t).findings.find((f) => f.ruleId === ruleId);
}

export function severity(report: Report, ruleId: string, t?: Partial<RuleThresholds>): Finding['severity'] | null {
  return finding(report, ruleId, t)?.severity ?? null;
}
