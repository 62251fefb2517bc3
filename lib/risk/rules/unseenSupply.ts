/**
 * Supply the holder analysis could not attribute (holders.unexplained). Shares are then lower
 * bounds: a rule that fires on them is certain, a rule that stays quiet is not — the hidden part
 * could be one more whale. That silence is said as "unknown", with how much was not seen.
 */
import type { Report } from '../../report/types';
import { pct } from '../format';

/** "32%", "0.5%", "0.003%": a small unseen part is said as small, never rounded to 0% or up to 1%. */
function share(x: number): string {
  if (x >= 0.1) return pct(x);
  const p = x * 100;
  return `${p >= 0.1 ? String(Number(p.toFixed(1))) : p.toPrecision(1)}%`;
}

export function unseenSupplyReason(report: Report): string | null {
  const u = report.holders?.unexplained;
  if (!u || !Number.isFinite(u.share) || u.share === 0) return null;
  return u.share > 0
    ? `unknown: ${share(u.share)} of supply sits in addresses we could not see`
    : `unknown: the balances we read add up to ${share(-u.share)} more than the total supply`;
}

/** "at least " when part of the supply was not seen (the share shown is then a lower bound). */
export function atLeast(report: Report): string {
  return (report.holders?.unexplained?.share ?? 0) > 0 ? 'at least ' : '';
}
