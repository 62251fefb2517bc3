/**
 * Which sections of a report still being built are not in yet ("holders", "liquidity"…): a
 * section is in once `sources` names it, found or failed (a failure is a gap, shown as such).
 */
import type { Report } from './types';

const AWAITED = ['holders', 'control', 'liquidity'] as const;

export function stillChecking(report: Pick<Report, 'sources'>): string[] {
  const seen = new Set(report.sources.map((s) => s.section));
  return AWAITED.filter((s) => !seen.has(s));
}
