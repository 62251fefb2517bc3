/**
 * Concentration over time: whales accumulating now, and holders leaving. Compares the
 * report's block with the point 7 days earlier, both replayed from the Transfer logs.
 */
import type { Report, TrendPoint } from '../../report/types';
import type { Evidence } from '../types';
import { defineRule } from '../rule';
import { blockEv, countEv, shareEv, sourceEv } from '../evidence';
import { pct } from '../format';

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
  thresholds: ['top10RiseIn7Days', 'top1RiseIn7Days'],
  value: (r, t) => {
    const c = weekChange(r);
    if (!c) return null;
    if (c.now.top10 - c.before.top10 > t.top10RiseIn7Days) return { ...c, which: 'top10' };
    if (c.now.top1 - c.before.top1 > t.top1RiseIn7Days) return { ...c, which: 'top1' };
    return null;
  },
  severityFor: (v, t) => ({
    severity: 'caution',
    threshold:
      v.which === 'top10'
        ? { name: 'top10RiseIn7Days', value: t.top10RiseIn7Days, comparison: '>' }
        : { name: 'top1RiseIn7Days', value: t.top1RiseIn7Days, comparison: '>' },
  }),
  title: (v) =>
    v.which === 'top10'
      ? `Accumulating: top 10 went from ${pct(v.before.top10)} to ${pct(v.now.top10)} in 7 days`
      : `Accumulating: the largest holder went from ${pct(v.before.top1)} to ${pct(v.now.top1)} in 7 days`,
  explanation: (v, t) =>
    `${v.which === 'top10' ? 'The ten largest holders' : 'The largest holder'} gained more than ` +
    `${pct(v.which === 'top10' ? t.top10RiseIn7Days : t.top1RiseIn7Days)} of the supply in free hands within a week. ` +
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
  thresholds: ['holderCountFallIn7Days', 'holderCountFallFrom'],
  value: (r, t) => {
    const c = weekChange(r);
    return c && c.before.holders >= t.holderCountFallFrom && (c.before.holders - c.now.holders) / c.before.holders > t.holderCountFallIn7Days
      ? c
      : null;
  },
  severityFor: (_v, t) => ({ severity: 'caution', threshold: { name: 'holderCountFallIn7Days', value: t.holderCountFallIn7Days, comparison: '>' } }),
  title: (v) => `Holder count fell from ${v.before.holders} to ${v.now.holders} in 7 days`,
  explanation: (_v, t) => `More than ${pct(t.holderCountFallIn7Days)} of the holders sold or moved out everything within a week.`,
  evidence: (r, v) => [countEv('Holders 7 days ago', v.before.holders), countEv('Holders now', v.now.holders), ...trendEvidence(r, v)],
});

export const trendRules = [accumulating, holdersFalling];
