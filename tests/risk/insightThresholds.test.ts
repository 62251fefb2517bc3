/** The insight rules (linked wallets, trend, past votes) read their bars from the settings. */
import { describe, expect, it } from 'vitest';
import type { Report, TrendSection, VoteHistorySection } from '../../lib/report/types';
import { assess } from '../../lib/risk/index';
import { addr, healthyReport } from '../fixtures/reports/build';

const basis = { fromBlock: 100, toBlock: 2000, logs: 61, complete: true };

function trend(before: { holders: number; top1: number; top10: number }, now: { holders: number; top1: number; top10: number }): TrendSection {
  return { basis, points: [{ block: 1500, label: '7d', ...before } as TrendSection['points'][number], { block: 2000, ...now }] };
}

function votes(deciders: number, decided: number, of: number): VoteHistorySection {
  return {
    governor: addr(800),
    fromBlock: 1,
    toBlock: 2000,
    logs: 40,
    proposals: [],
    deciders: { addresses: Array.from({ length: deciders }, (_, i) => addr(900 + i)), decided, of },
    medianTurnout: 0.5,
    oneVoterQuorumShare: null,
  };
}

const ids = (r: Report, t?: Parameters<typeof assess>[1]) => assess(r, t).findings.map((f) => f.ruleId);

describe('insight bars are settings', () => {
  it('accumulation: the top-10 rise bar decides, and the finding states the bar it used', () => {
    const r = healthyReport({ trend: trend({ holders: 100, top1: 0.01, top10: 0.2 }, { holders: 100, top1: 0.02, top10: 0.3 }) });
    expect(ids(r)).not.toContain('whales.accumulating');
    const f = assess(r, { top10RiseIn7Days: 0.05 }).findings.find((x) => x.ruleId === 'whales.accumulating')!;
    expect(f.threshold).toEqual({ name: 'top10RiseIn7Days', value: 0.05, comparison: '>' });
    expect(f.explanation).toContain('more than 5% of the supply');
  });

  it('falling holders: both the fall and the minimum count are bars', () => {
    const r = healthyReport({ trend: trend({ holders: 10, top1: 0.1, top10: 0.5 }, { holders: 5, top1: 0.1, top10: 0.5 }) });
    expect(ids(r)).not.toContain('whales.holders-falling');
    expect(ids(r, { holderCountFallFrom: 10 })).toContain('whales.holders-falling');
    expect(ids(r, { holderCountFallFrom: 10, holderCountFallIn7Days: 0.6 })).not.toContain('whales.holders-falling');
  });

  it('a handful decide: the number of deciders and the proposals read are bars', () => {
    const r = healthyReport({ voteHistory: votes(4, 5, 6) });
    expect(ids(r)).not.toContain('governance.few-decide');
    const f = assess(r, { addressesDecidingMostProposals: 4 }).findings.find((x) => x.ruleId === 'governance.few-decide')!;
    expect(f.threshold).toEqual({ name: 'addressesDecidingMostProposals', value: 4, comparison: '<=' });
    expect(ids(r, { addressesDecidingMostProposals: 4, decidedProposalsRead: 10 })).not.toContain('governance.few-decide');
  });
});
