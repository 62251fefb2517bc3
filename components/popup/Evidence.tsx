import { evidenceLabel, isTechnical } from '../../lib/wording/evidence';
import type { Evidence } from '../../lib/risk/types';
import { AddressLink } from '../common/AddressLink';
import { useDisplay } from '../common/context';
import { formatDateTime, formatDuration, formatInteger, formatNumber, formatPercent, formatTokenAmount } from '../common/format';
import { CATEGORY_LABEL, sourceLabel } from './labels';

function numberText(e: Extract<Evidence, { kind: 'number' }>, locale: string | undefined, decimals: number): string {
  const v = e.value;
  switch (e.unit) {
    case 'share':
      return formatPercent(Number(v), locale);
    case 'seconds':
      return formatDuration(Number(v), locale);
    case 'count':
      return formatInteger(typeof v === 'number' ? Math.round(v) : v, locale);
    case 'tokens':
      if (typeof v === 'string' && /^\d+$/.test(v)) return formatTokenAmount(v, decimals, locale, { compact: true });
      return typeof v === 'number' ? formatNumber(v, locale) : v;
    default:
      return typeof v === 'number' ? formatNumber(v, locale, 4) : v;
  }
}

/** One piece of evidence as a line of text (and a link for addresses). */
export function EvidenceItem({ evidence }: { evidence: Evidence }) {
  const { locale, decimals } = useDisplay();
  switch (evidence.kind) {
    case 'address':
      return (
        <li class="wl-evidence">
          <span class="wl-evidence-label">{evidenceLabel(evidence.label)}: </span>
          <AddressLink address={evidence.address} name={evidence.name} />
          {evidence.category ? <span class="wl-muted"> ({CATEGORY_LABEL[evidence.category] ?? evidence.category})</span> : null}
        </li>
      );
    case 'number':
      // Function selectors are for the technically minded: a small details line, not a fact.
      if (isTechnical(evidence)) {
        return (
          <li class="wl-evidence wl-tech">
            Technical: {evidence.label} {String(evidence.value)}
          </li>
        );
      }
      return (
        <li class="wl-evidence">
          <span class="wl-evidence-label">{evidenceLabel(evidence.label)}: </span>
          <strong>{numberText(evidence, locale, decimals)}</strong>
        </li>
      );
    case 'block':
      return (
        <li class="wl-evidence">
          <span class="wl-evidence-label">Block: </span>
          {formatInteger(evidence.number, locale)}
          {evidence.timestamp ? <span class="wl-muted"> ({formatDateTime(evidence.timestamp, locale)})</span> : null}
        </li>
      );
    case 'source':
      return (
        <li class="wl-evidence">
          <span class="wl-evidence-label">Source: </span>
          {sourceLabel(evidence.source)}
          {evidence.verifiedOnChain ? <VerifiedMark /> : null}
        </li>
      );
    default:
      return null;
  }
}

export function VerifiedMark() {
  return (
    <span class="wl-verified" title="Re-read on-chain at the report's block">
      {' '}
      <span aria-hidden="true">✓</span> verified on-chain
    </span>
  );
}
