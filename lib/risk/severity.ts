/**
 * The one order of severities: most severe first. The engine, the popup, the badge and the CLI
 * sort findings with it (lib/wording re-exports it for the UI).
 */
import type { Severity } from './types';

/** Lower comes first: danger, then caution, then info. */
export const SEVERITY_RANK: Record<Severity, number> = { danger: 0, caution: 1, info: 2 };

/** Array.sort comparator: the most severe finding first (stable for equal severities). */
export function mostSevereFirst(a: { severity: Severity }, b: { severity: Severity }): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}
