import type { ReportState } from '../../lib/messaging/background-protocol';
import type { Report } from '../../lib/report/types';
import type { Finding, Severity } from '../../lib/risk/types';

export function finding(severity: Severity, title: string): Finding {
  return {
    ruleId: `rule-${title}`,
    category: 'whales',
    severity,
    title,
    explanation: '',
    evidence: [{ kind: 'number', label: 'top10', value: 0.82, unit: 'share' }],
    threshold: { name: 'top10Caution', value: 0.7, comparison: '>' },
  };
}

export function ready(findings: Finding[], verdict: 'ok' | 'caution' | 'danger' | 'unknown' = 'ok', core = true): ReportState {
  const report = {
    token: { address: '0x1', name: 'Risky', symbol: 'RSK', decimals: 18, totalSupply: '1' },
    ...(core && { holders: {}, control: {} }),
  } as unknown as Report;
  return { status: 'ready', report, assessment: { verdict, summary: '', findings, gaps: [] }, stale: false, fetchedAt: 0 };
}

export const analysing: ReportState = { status: 'analysing', progress: { phase: 'holders', fraction: 0.4 } };
