/**
 * The assessment as plain-text lines for the CLI, in the same words as the popup, badge and
 * dialog: one verdict phrase, the bar as a sentence, one next step, technical ids on their own line.
 */
import type { Assessment } from '../risk/types';
import { formatEvidence } from '../risk/text';
import { evidenceLabel, isTechnical, technicalText } from './evidence';
import { nextStep } from './nextStep';
import { thresholdLine } from './thresholds';
import { SEVERITY_WORD, VERDICT_PHRASE } from './verdict';

const MARK = { danger: '✗', caution: '!', info: '·' } as const;

/** Names and labels come from indexers and chains: no control characters reach a terminal. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

export function assessmentLines(a: Assessment, locale?: string): string[] {
  // "Verdict: OK" stays machine-greppable; the phrase after it is the one used everywhere.
  const lines = [`Verdict: ${a.verdict.toUpperCase()} — ${VERDICT_PHRASE[a.verdict]}${a.summary && a.verdict !== 'ok' ? `: ${a.summary}` : ''}`];
  for (const f of a.findings) {
    lines.push(`${MARK[f.severity]} ${SEVERITY_WORD[f.severity]}: ${f.title}`);
    lines.push(`    ${f.explanation}`);
    for (const ev of f.evidence) if (!isTechnical(ev)) lines.push(`    - ${evidenceLabel(formatEvidence(ev))}`);
    if (f.threshold) lines.push(`    ${thresholdLine(f.threshold, locale)}`);
    const step = nextStep(f);
    if (step) lines.push(`    What to do: ${step}`);
    lines.push(`    Details: ${[`rule ${f.ruleId}`, ...technicalText(f.evidence)].join(' · ')}`);
  }
  for (const g of a.gaps) lines.push(`? Not verified: ${g.reason} (rule ${g.ruleId})`);
  return lines.map(clean);
}
