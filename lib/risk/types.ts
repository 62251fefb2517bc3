// The assessment's shape belongs to the Report's domain (progress and report state carry it);
// the rules that produce it import it from here.
export type { Severity, Verdict, RuleCategory, Evidence, Finding, RuleGap, Assessment } from '../report/assessment';
