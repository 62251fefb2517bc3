/** Plain-text rendering of an Assessment: the CLI prints these lines; the UI may reuse formatEvidence. */
import type { Assessment, Evidence, Finding } from './types';
import { duration, pct } from './format';

const MARK: Record<Finding['severity'], string> = { danger: '✗', caution: '!', info: '·' };

export function formatEvidence(ev: Evidence): string {
  switch (ev.kind) {
    case 'address': {
      const name = ev.name ? ` (${ev.name}${ev.category ? `, ${ev.category}` : ''})` : '';
      return `${ev.label}: ${ev.address}${name}`;
    }
    case 'number': {
      if (typeof ev.value === 'number' && ev.unit === 'share') return `${ev.label}: ${pct(ev.value)}`;
      if (typeof ev.value === 'number' && ev.unit === 'seconds') return `${ev.label}: ${duration(ev.value)}`;
      return `${ev.label}: ${ev.value}`;
    }
    case 'block':
      return `Block ${ev.number}${ev.timestamp ? ` (${new Date(ev.timestamp * 1000).toISOString().replace('.000', '')})` : ''}`;
    case 'source':
      return `Source: ${ev.source}${ev.verifiedOnChain === undefined ? '' : ev.verifiedOnChain ? ' (verified on-chain)' : ' (not verified on-chain)'}`;
  }
}

const SECONDS_BARS = new Set(['minTimelockDelay', 'youngContract']);

/** "top10Caution > 70%", "minTimelockDelay < 24 h", "delegatesToQuorumCaution <= 3". */
export function formatThreshold(t: NonNullable<Finding['threshold']>): string {
  const value = SECONDS_BARS.has(t.name) ? duration(t.value) : t.value > 0 && t.value < 1 ? pct(t.value) : String(t.value);
  return `${t.name} ${t.comparison} ${value}`;
}

/** Names and labels come from indexers and chains: no control characters reach a terminal. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

export function formatAssessment(a: Assessment): string[] {
  const lines = [`Verdict: ${a.verdict.toUpperCase()} — ${a.summary}`];
  for (const f of a.findings) {
    lines.push(`${MARK[f.severity]} [${f.severity}] ${f.title}`);
    lines.push(`    ${f.explanation}`);
    for (const ev of f.evidence) lines.push(`    - ${formatEvidence(ev)}`);
    if (f.threshold) lines.push(`    Threshold: ${formatThreshold(f.threshold)}`);
  }
  for (const g of a.gaps) {
    lines.push(`? [${g.status}] ${g.ruleId}: ${g.reason}`);
  }
  return lines.map(clean);
}
