/** Evidence as one short line of plain text (rendered as a text node, never as HTML), numbers in the browser's locale. */
import type { Evidence } from '../../lib/risk/types';
import { formatDuration, formatPercent, shortAddress } from '../../lib/wording/format';
import { evidenceLabel } from '../../lib/wording/evidence';

export { shortAddress };

function numberText(e: Extract<Evidence, { kind: 'number' }>): string {
  const v = typeof e.value === 'number' ? e.value : Number(e.value);
  if (e.unit === 'share' && Number.isFinite(v)) return formatPercent(v);
  if (e.unit === 'seconds' && Number.isFinite(v)) return formatDuration(v);
  if (typeof e.value === 'number') return e.value.toLocaleString(undefined, { maximumFractionDigits: 4 });
  return String(e.value);
}

export function formatEvidence(e: Evidence): string {
  switch (e.kind) {
    case 'number':
      return `${evidenceLabel(e.label)}: ${numberText(e)}`;
    case 'address': {
      const who = e.name ? `${e.name} (${shortAddress(e.address)})` : shortAddress(e.address);
      return `${evidenceLabel(e.label)}: ${who}${e.category ? ` · ${e.category}` : ''}`;
    }
    case 'block':
      return `At block ${e.number.toLocaleString()}`;
    case 'source':
      return `Source: ${e.source}${e.verifiedOnChain ? ' (checked on-chain)' : ''}`;
    default:
      return '';
  }
}
