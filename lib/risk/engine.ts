/**
 * The decision: run every rule whose inputs are present, collect findings and gaps,
 * and pick a verdict. Pure: plain data in, plain data out.
 *
 * Verdict: the worst finding (danger > caution) wins. Without caution/danger findings the
 * verdict is 'unknown' when the core data (holders and control) is missing or any rule could
 * not run, and 'ok' only when every rule that applies ran and found nothing above info.
 */
import type { Report } from '../report/types';
import type { Assessment, Finding, RuleGap, Verdict } from './types';
import type { Rule } from './rule';
import type { Thresholds } from './thresholds';
import { mostSevereFirst } from './severity';

/** Sections without which no verdict can be 'ok'. */
export const CORE_SECTIONS = ['holders', 'control'] as const;

export function readPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function failedSource(report: Report, section: string): string | undefined {
  const failed = report.sources?.find((s) => s.section === section && !s.ok);
  if (!failed) return undefined;
  return failed.error ? `${section} data failed: ${failed.error}` : `${section} data failed`;
}

type Readiness = { run: true } | { run: false; gap?: string };

/**
 * Core sections missing → gap. An absent optional section (governance, snapshot, liquidity)
 * means "this token has none" unless its source is recorded as failed → gap.
 * A present section lacking a required field → gap.
 */
export function readiness(rule: Rule, report: Report): Readiness {
  for (const path of rule.requires) {
    if (readPath(report, path) !== undefined) continue;
    const section = path.split('.')[0]!;
    const sectionValue = readPath(report, section);
    const failed = failedSource(report, section);
    if (failed) return { run: false, gap: failed };
    if (sectionValue === undefined && !(CORE_SECTIONS as readonly string[]).includes(section)) {
      return { run: false };
    }
    return { run: false, gap: sectionValue === undefined ? `no ${section} data` : (rule.whenMissing ?? `missing ${path}`) };
  }
  return { run: true };
}

export function runRules(rules: readonly Rule[], report: Report, t: Thresholds): Assessment {
  const findings: Finding[] = [];
  const gaps: RuleGap[] = [];
  for (const rule of rules) {
    const ready = readiness(rule, report);
    if (!ready.run) {
      if (ready.gap) gaps.push({ ruleId: rule.id, category: rule.category, status: 'unknown', reason: ready.gap });
      continue;
    }
    try {
      const value = rule.value(report, t);
      const level = value === null ? null : rule.severityFor(value, t);
      if (!level) {
        const unknown = rule.quietIsUnknown?.(report, t);
        if (unknown) gaps.push({ ruleId: rule.id, category: rule.category, status: 'unknown', reason: unknown });
        continue;
      }
      const finding: Finding = {
        ruleId: rule.id,
        category: rule.category,
        severity: level.severity,
        title: rule.title(value, t, level),
        explanation: rule.explanation(value, t, level),
        evidence: rule.evidence(report, value, t),
      };
      if (level.threshold) finding.threshold = level.threshold;
      findings.push(finding);
    } catch (err) {
      gaps.push({
        ruleId: rule.id,
        category: rule.category,
        status: 'error',
        reason: err instanceof Error ? err.message.split('\n')[0]! : String(err),
      });
    }
  }
  // Stable: most severe first, rule order within a severity.
  findings.sort(mostSevereFirst);
  const verdict = decideVerdict(report, findings, gaps);
  return { verdict, summary: summarize(verdict, findings, gaps), findings, gaps };
}

export function decideVerdict(report: Report, findings: Finding[], gaps: RuleGap[]): Verdict {
  if (findings.some((f) => f.severity === 'danger')) return 'danger';
  if (findings.some((f) => f.severity === 'caution')) return 'caution';
  const coreMissing = CORE_SECTIONS.some((s) => report[s] === undefined);
  if (coreMissing || gaps.length > 0) return 'unknown';
  return 'ok';
}

function summarize(verdict: Verdict, findings: Finding[], gaps: RuleGap[]): string {
  if (verdict === 'unknown' && !findings.some((f) => f.severity !== 'info')) {
    const reasons = [...new Set(gaps.map((g) => g.reason))].slice(0, 2);
    return `Not verified: ${reasons.length ? reasons.join(' · ') : 'not enough data'}`;
  }
  if (findings.length === 0) return 'No concentration or control risks found';
  return findings
    .slice(0, 2)
    .map((f) => f.title)
    .join(' · ');
}
