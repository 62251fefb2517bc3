import type { Finding, RuleGap } from '../../lib/risk/types';
import { useDisplay } from '../common/context';
import { EvidenceItem } from './Evidence';
import { SEVERITY_LABEL, SEVERITY_ORDER } from './labels';
import { thresholdText } from './threshold';

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function FindingCard({ finding, open }: { finding: Finding; open: boolean }) {
  const { locale } = useDisplay();
  return (
    <li class={`wl-finding wl-finding-${finding.severity}`} data-severity={finding.severity}>
      <details open={open}>
        <summary>
          <span class={`wl-severity wl-severity-${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>{' '}
          <span class="wl-finding-title">{finding.title}</span>
        </summary>
        <p class="wl-explanation">{finding.explanation}</p>
        {finding.evidence.length ? (
          <ul class="wl-evidence-list" aria-label="Evidence">
            {finding.evidence.map((e, i) => (
              <EvidenceItem key={i} evidence={e} />
            ))}
          </ul>
        ) : null}
        {finding.threshold ? <p class="wl-threshold">{thresholdText(finding.threshold, locale)}</p> : null}
      </details>
    </li>
  );
}

/** Findings, most severe first; the first one opened so the main reason shows without a click. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  if (!findings.length) return <p class="wl-muted">No findings from the checks that ran.</p>;
  return (
    <ol class="wl-findings" aria-label="Findings">
      {sortFindings(findings).map((f, i) => (
        <FindingCard key={`${f.ruleId}-${i}`} finding={f} open={i === 0} />
      ))}
    </ol>
  );
}

export function GapsList({ gaps }: { gaps: RuleGap[] }) {
  if (!gaps.length) return null;
  return (
    <section class="wl-gaps" aria-label="Not checked">
      <ul>
        {gaps.map((g, i) => (
          <li key={`${g.ruleId}-${i}`} class="wl-gap">
            <span aria-hidden="true">? </span>Not checked: {g.category} — {g.reason}
            {g.status === 'error' ? <span class="wl-muted"> (check failed)</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
