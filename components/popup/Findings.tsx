import type { Finding, RuleGap } from '../../lib/risk/types';
import { useDisplay } from '../common/context';
import { EvidenceItem } from './Evidence';
import { SEVERITY_LABEL } from './labels';
import { mostSevereFirst } from '../../lib/wording/verdict';
import { thresholdText } from './threshold';

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(mostSevereFirst);
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

const CATEGORY_NAME: Record<RuleGap['category'], string> = {
  whales: 'holder concentration',
  governance: 'governance',
  control: 'control',
  liquidity: 'liquidity',
  age: 'contract age',
};

/** One line per distinct reason: several rules missing the same data are one gap to a person. */
export function groupGaps(gaps: RuleGap[]): { category: string; reason: string; count: number; failed: boolean }[] {
  const groups = new Map<string, { category: string; reason: string; count: number; failed: boolean }>();
  for (const g of gaps) {
    const key = `${g.category}|${g.reason}`;
    const group = groups.get(key) ?? { category: CATEGORY_NAME[g.category] ?? g.category, reason: g.reason, count: 0, failed: false };
    group.count++;
    group.failed ||= g.status === 'error';
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function GapsList({ gaps }: { gaps: RuleGap[] }) {
  if (!gaps.length) return null;
  return (
    <section class="wl-gaps" aria-label="Not checked">
      <ul>
        {groupGaps(gaps).map((g) => (
          <li key={`${g.category}|${g.reason}`} class="wl-gap">
            <span aria-hidden="true">? </span>Not checked: {g.category} — {g.reason}
            {g.count > 1 ? <span class="wl-muted"> ({g.count} checks)</span> : null}
            {g.failed ? <span class="wl-muted"> (a check failed)</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
