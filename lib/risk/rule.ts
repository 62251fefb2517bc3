/**
 * A rule is data: what it needs from the Report, which bars it reads, how a value maps to
 * a severity, and how to say it in plain words with evidence. The engine (./engine.ts)
 * decides whether a rule can run; the rule never sees missing inputs.
 */
import type { Report } from '../report/types';
import type { Evidence, Finding, RuleCategory, Severity } from './types';
import type { Thresholds } from './thresholds';

export type ThresholdRef = NonNullable<Finding['threshold']>;

export interface Level {
  severity: Severity;
  threshold?: ThresholdRef;
}

export interface Rule<V = unknown> {
  id: string;
  category: RuleCategory;
  /**
   * Dotted Report paths that must be present (not undefined) for the rule to judge.
   * Missing → the rule yields a RuleGap 'unknown' (see engine for when an absent
   * optional section means "not applicable" instead).
   */
  requires: string[];
  /** Plain reason for the gap when a required field inside a present section is missing. */
  whenMissing?: string;
  /** Bars this rule reads, with their defaults in ./thresholds.ts. */
  thresholds: (keyof Thresholds)[];
  /**
   * Why silence from this rule cannot be trusted (e.g. part of the supply was not seen): when the
   * rule finds nothing, the engine records this as an 'unknown' gap instead. A finding that fires
   * on the data seen stands (the rule only claims what the seen part already proves).
   */
  quietIsUnknown?(report: Report, t: Thresholds): string | null;
  /** Extracts the value judged; null = nothing to say (not applicable). */
  value(report: Report, t: Thresholds): V | null;
  /** Maps a value to a severity and the bar that triggered it; null = below every bar. */
  severityFor(value: V, t: Thresholds): Level | null;
  title(value: V, t: Thresholds, level: Level): string;
  explanation(value: V, t: Thresholds, level: Level): string;
  evidence(report: Report, value: V, t: Thresholds): Evidence[];
}

/** Keeps each rule's value type while collecting rules of different types in one list. */
export function defineRule<V>(rule: Rule<V>): Rule<unknown> {
  return rule as unknown as Rule<unknown>;
}
