/**
 * Rebasing and reflection tokens are said in the findings: balances are shares × a rate or grow
 * with fees, and concentration comes from balances re-read at the block.
 */
import { describe, expect, it } from 'vitest';
import { healthyReport } from '../fixtures/reports/build';
import { assess } from '../../lib/risk/index';
import type { BalanceModel } from '../../lib/report/types';

function withModel(m: BalanceModel) {
  const r = healthyReport();
  r.holders!.balanceModel = m;
  return r;
}

describe('whales.balance-model (info)', () => {
  it('rebasing: shares × rate, the interface that answered, re-read balances', () => {
    const a = assess(withModel({ kind: 'rebasing', interface: ['getTotalShares()', 'sharesOf(address)'], driftedBalances: 12 }));
    const f = a.findings.find((x) => x.ruleId === 'whales.balance-model')!;
    expect(f).toMatchObject({ severity: 'info', category: 'whales', title: 'Balances are shares × a rate (rebasing token)' });
    expect(f.explanation).toContain('shares times a rate');
    expect(f.explanation).toContain('getTotalShares(), sharesOf(address)');
    expect(f.explanation).toContain('balanceOf re-read for every address at the block');
    expect(f.evidence).toContainEqual({ kind: 'number', label: 'Balances that differ from their transfers', value: 12, unit: 'count' });
    expect(f.evidence.some((e) => e.kind === 'block')).toBe(true);
    // Info only: the healthy token stays ok.
    expect(a.verdict).toBe('ok');
  });

  it('reflection: balances grow with fees', () => {
    const f = assess(withModel({ kind: 'reflection', interface: ['tokenFromReflection(uint256)'], driftedBalances: 3 })).findings.find(
      (x) => x.ruleId === 'whales.balance-model',
    )!;
    expect(f.title).toBe('Balances grow with fees (reflection token)');
    expect(f.explanation).toContain('fee on each transfer is shared out to holders');
    expect(f.explanation).toContain('not from summing transfers');
  });

  it('drift without a known interface', () => {
    const f = assess(withModel({ kind: 'drift', interface: [], driftedBalances: 2 })).findings.find((x) => x.ruleId === 'whales.balance-model')!;
    expect(f.title).toBe('Balances change without Transfer events');
    expect(f.explanation).not.toContain('The token answers');
  });

  it('nothing said for an ordinary token, and no extra gap when holders are missing', () => {
    expect(assess(healthyReport()).findings.map((f) => f.ruleId)).not.toContain('whales.balance-model');
    const r = healthyReport();
    delete r.holders;
    expect(assess(r).gaps.map((g) => g.ruleId)).not.toContain('whales.balance-model');
  });
});
