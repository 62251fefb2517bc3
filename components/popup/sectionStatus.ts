import type { Report } from '../../lib/report/types';
import type { Assessment, RuleCategory } from '../../lib/risk/types';

/**
 * Why a section of the Report is missing, in one line. A missing section is "unknown": it
 * never reads as "nothing found".
 */
export function missingReason(report: Report, section: string, assessment?: Assessment, category?: RuleCategory): string {
  const failed = report.sources.find((s) => s.section === section && !s.ok);
  if (failed) return failed.error ? `${failed.source}: ${failed.error}` : `${failed.source} failed`;
  const gap = category ? assessment?.gaps.find((g) => g.category === category) : undefined;
  if (gap) return gap.reason;
  return 'not checked for this token';
}

/** Share of `total` held by `amount` (both base-unit strings), exact to 1e-9. */
export function shareOf(amount: string, total: string): number {
  try {
    const t = BigInt(total);
    if (t === 0n) return 0;
    return Number((BigInt(amount) * 1_000_000_000n) / t) / 1e9;
  } catch {
    return Number.NaN;
  }
}
