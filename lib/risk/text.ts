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

function formatThreshold(f: Finding): string | null {
  const t = f.threshold;
  if (!t) return null;
  const value = t.value > 0 && t.value < 1 ? pct(t.value) : String(t.value);
  return `Threshold: ${t.name} ${t.comparison} ${value}`;
}

export function formatAssessment(a: Assessment): string[] {
  const lines = [`Verdict: ${a.verdict.toUpperCase()} — ${a.summary}`];
  for (const f of a.findings) {
    lines.push(`${MARK[f.severity]} [${f.severity}] ${f.title}`);
    lines.push(`    ${f.explanation}`);
    for (const ev of f.evidence) lines.push(`    - ${formatEvidence(ev)}`);
    const th = formatThreshold(f);
    if (th) lines.push(`    ${th}`);
  }
  for (const g of a.gaps) {
    lines.push(`? [${g.status}] ${g.ruleId}: ${g.reason}`);
  }
  return lines;
}
