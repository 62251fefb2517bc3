import type { Finding } from '../../lib/risk/types';
import { formatDuration, formatInteger, formatPercent } from '../common/format';
import { thresholdLine } from '../../lib/wording/thresholds';

type Unit = 'share' | 'count' | 'seconds';

/** Plain names and units of the settings' thresholds (lib/settings/types.ts RuleThresholds). */
export const THRESHOLD_INFO: Record<string, { label: string; unit: Unit }> = {
  holderNote: { label: 'one holder’s share', unit: 'share' },
  top10Caution: { label: 'top 10 holders’ share', unit: 'share' },
  top1Danger: { label: 'largest holder’s share', unit: 'share' },
  nakamotoCaution: { label: 'holders needed for a majority', unit: 'count' },
  delegatesToQuorumCaution: { label: 'delegates needed to reach quorum', unit: 'count' },
  minTimelockDelay: { label: 'timelock delay', unit: 'seconds' },
  lpTop1Danger: { label: 'largest LP holder’s share', unit: 'share' },
  youngContract: { label: 'contract age', unit: 'seconds' },
  thinLiquidityShare: { label: 'share of supply in pools', unit: 'share' },
  snapshotAdminsCaution: { label: 'Snapshot admins', unit: 'count' },
};

/** "privilegeHolderIsEoa" → "privilege holder is EOA". */
export function humanize(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\b(eoa|lp|rpc)\b/g, (m) => m.toUpperCase());
}

const COMPARISON: Record<string, string> = { '>': 'above', '>=': 'at or above', '<': 'below', '<=': 'at or below', '=': 'equal to' };

/** "Whale Lens warns when the 10 largest holders own more than 70% of circulating supply." */
export function thresholdText(t: NonNullable<Finding['threshold']>, locale?: string): string {
  return thresholdLine(t, locale);
}

/** The older label form ("top 10 holders’ share above 70%"), kept for the Options page's threshold list. */
export function thresholdLabelText(t: NonNullable<Finding['threshold']>, locale?: string): string {
  const info = THRESHOLD_INFO[t.name];
  // Yes/no conditions ("owner is an EOA") come as `= 1` / `= 0`.
  if (!info && t.comparison === '=' && (t.value === 0 || t.value === 1)) {
    return `Triggered: ${humanize(t.name)}: ${t.value ? 'yes' : 'no'}`;
  }
  const unit: Unit | undefined = info?.unit ?? (t.value > 0 && t.value < 1 ? 'share' : undefined);
  const value =
    unit === 'share'
      ? formatPercent(t.value, locale)
      : unit === 'seconds'
        ? formatDuration(t.value, locale)
        : formatInteger(t.value, locale);
  return `Triggered: ${info?.label ?? humanize(t.name)} ${COMPARISON[t.comparison] ?? t.comparison} ${value}`;
}
