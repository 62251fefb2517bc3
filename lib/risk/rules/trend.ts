/**
 * Concentration over time: whales accumulating now, and holders leaving. Compares the
 * report's block with the point 7 days earlier, both replayed from the Transfer logs.
 */
import type { Report, TrendPoint } from '../../report/types';
import type { Evidence } from '../types';
import { defineRule } from '../rule';
import { blockEv, countEv, shareEv, sourceEv } from '../evidence';
import { pct } from '../format';

/** A rise of more than 15 percentage points of supply in the top 10 (or 10 in the largest holder) within 7 days. */
export const TOP10_RISE_CAUTION = 0.15;
export const TOP1_RISE_CAUTION = 0.1;
/** The holder count fell by more than a fifth within 7 days (from at least 20 holders). */
export const HOLDERS_FALL_CAUTION = 0.2;

interface Change {
  before: TrendPoint;
  now: TrendPoint;
}

function weekChange(r: Report): Change | null {
  const t = r.trend!;
  if (!t.basis.complete) return null;
  const before = t.points.find((p) => p.label === '7d');
  const now = t.points[t.points.length - 1];
  return before && now && now.block > before.block ? { before, now } : null;
}

function trendEvidence(r: Report, c: Change): Evidence[] {
  return [
    { kind: 'block', number: c.before.block },
    blockEv(r),
    countEv('Transfer logs replayed', r.trend!.basis.logs),
    sourceEv(r, 'holders', 'logs'),
  ];
}

export const accumulating = defineRule<Change & { which: 'top10' | 'top1' }>({
  id: 'whales.accumulating',
  category: 'whales',
  requires: ['trend.points'],
  thresholds: [],
  value: (r) => {
    const c = weekChange(r);
    if (!c) return null;
    if (c.now.top10 - c.before.top10 > TOP10_RISE_CAUTION) return { ...c, which: 'top10' };
    if (c.now.top1 - c.before.top1 > TOP1_RISE_CAUTION) return { ...c, which: 'top1' };
    return null;
  },
  severityFor: (v) => ({
    severity: 'caution',
    threshold:
      v.which === 'top10'
        ? { name: 'top10RiseIn7Days', value: TOP10_RISE_CAUTION, comparison: '>' }
        : { name: 'top1RiseIn7Days', value: TOP1_RISE_CAUTION, comparison: '>' },
  }),
  title: (v) =>
    v.which === 'top10'
      ? `Accumulating: top 10 went from ${pct(v.before.top10)} to ${pct(v.now.top10)} in 7 days`
      : `Accumulating: the largest holder went from ${pct(v.before.top1)} to ${pct(v.now.top1)} in 7 days`,
  explanation: (v) =>
    `${v.which === 'top10' ? 'The ten largest holders' : 'The largest holder'} gained more than ` +
    `${pct(v.which === 'top10' ? TOP10_RISE_CAUTION : TOP1_RISE_CAUTION)} of the supply in free hands within a week. ` +
    'Fast accumulation often comes before a dump or a vote.',
  evidence: (r, v) => [
    shareEv('Top 10 share 7 days ago', v.before.top10),
    shareEv('Top 10 share now', v.now.top10),
    shareEv('Largest holder 7 days ago', v.before.top1),
    shareEv('Largest holder now', v.now.top1),
    ...trendEvidence(r, v),
  ],
});

export const holdersFalling = defineRule<Change>({
  id: 'whales.holders-falling',
  category: 'whales',
  requires: ['trend.points'],
  thresholds: [],
  value: (r) => {
    const c = weekChange(r);
    return c && c.before.holders >= 20 && (c.before.holders - c.now.holders) / c.before.holders > HOLDERS_FALL_CAUTION ? c : null;
  },
  severityFor: () => ({ severity: 'caution', threshold: { name: 'holderCountFallIn7Days', value: HOLDERS_FALL_CAUTION, comparison: '>' } }),
  title: (v) => `Holder count fell from ${v.before.holders} to ${v.now.holders} in 7 days`,
  explanation: () => `More than ${pct(HOLDERS_FALL_CAUTION)} of the holders sold or moved out everything within a week.`,
  evidence: (r, v) => [countEv('Holders 7 days ago', v.before.holders), countEv('Holders now', v.now.holders), ...trendEvidence(r, v)],
});

export const trendRules = [accumulating, holdersFalling];
