/**
 * Part of the supply in addresses nobody saw (holders.unexplained): a whale finding that the seen
 * part already proves stands ("at least"), and silence becomes a named "unknown", never "ok".
 */
import { describe, expect, it } from 'vitest';
import { healthyReport } from '../fixtures/reports/build';
import { assess } from '../../lib/risk/index';
import type { Report } from '../../lib/report/types';

function unseen(share: number, patch: Partial<NonNullable<Report['holders']>['circulating']> = {}): Report {
  const r = healthyReport();
  r.holders!.complete = false;
  r.holders!.unexplained = { amount: '320', share };
  r.holders!.circulating = { ...r.holders!.circulating, ...patch };
  return r;
}

describe('whale rules over unseen supply', () => {
  it('the healthy report is ok when every holder is seen', () => {
    expect(assess(healthyReport()).verdict).toBe('ok');
  });

  it('becomes unknown with how much was not seen, naming each rule that needs every holder', () => {
    const a = assess(unseen(0.32));
    expect(a.verdict).toBe('unknown');
    const gaps = a.gaps.filter((g) => g.category === 'whales');
    expect(gaps.map((g) => g.ruleId).sort()).toEqual(['whales.nakamoto', 'whales.top1', 'whales.top10']);
    for (const g of gaps) expect(g.reason).toBe('unknown: 32% of supply sits in addresses we could not see');
    expect(a.summary).toContain('32% of supply sits in addresses we could not see');
  });

  it('a seen holder above the bar is danger anyway, said as a lower bound', () => {
    const a = assess(unseen(0.32, { top1: 0.55, nakamoto: 1 }));
    expect(a.verdict).toBe('danger');
    const top1 = a.findings.find((f) => f.ruleId === 'whales.top1')!;
    expect(top1.title).toBe('One holder owns at least 55% of circulating supply');
    // Nakamoto 1 with a danger top holder is said by whales.top1; no gap next to it.
    expect(a.gaps.map((g) => g.ruleId)).not.toContain('whales.nakamoto');
    expect(a.gaps.map((g) => g.ruleId)).toContain('whales.top10');
  });

  it('balances adding up to more than the supply are a gap too', () => {
    const a = assess(unseen(-0.005));
    expect(a.verdict).toBe('unknown');
    expect(a.gaps.find((g) => g.ruleId === 'whales.top1')!.reason).toBe('unknown: the balances we read add up to 0.5% more than the total supply');
  });
});
