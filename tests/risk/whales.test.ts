import { describe, expect, it } from 'vitest';
import { healthyReport, holdersSection, spread, excludedHolders, OWNER, CREATOR, UNIT, whaleReport, addr } from '../fixtures/reports/build';
import { finding, severity } from './helpers';
import { assess } from '../../lib/risk/index';
import type { Report } from '../../lib/report/types';

function withCirculating(patch: Partial<NonNullable<Report['holders']>['circulating']>): Report {
  const r = healthyReport();
  r.holders!.circulating = { ...r.holders!.circulating, ...patch };
  return r;
}

describe('whales.top1 (one holder > 50% of circulating → danger)', () => {
  it('is silent at the bar and just below', () => {
    expect(severity(withCirculating({ top1: 0.5, nakamoto: 2 }), 'whales.top1')).toBeNull();
    expect(severity(withCirculating({ top1: 0.4999 }), 'whales.top1')).toBeNull();
  });
  it('is danger just above the bar, with evidence and threshold', () => {
    const f = finding(withCirculating({ top1: 0.5001, nakamoto: 1 }), 'whales.top1')!;
    expect(f.severity).toBe('danger');
    expect(f.title).toBe('One holder owns 50.01% of circulating supply');
    expect(f.threshold).toEqual({ name: 'top1Danger', value: 0.5, comparison: '>' });
    expect(f.evidence.some((e) => e.kind === 'block')).toBe(true);
    expect(f.evidence).toContainEqual({ kind: 'source', source: 'logs', verifiedOnChain: true });
  });
  it('names the whale from a real distribution', () => {
    const f = finding(whaleReport(), 'whales.top1')!;
    expect(f.title).toBe('One holder owns 62% of circulating supply');
    expect(f.evidence[0]).toMatchObject({ kind: 'address', label: 'Largest holder', name: 'Early investor' });
  });
  it('follows a user bar', () => {
    expect(severity(withCirculating({ top1: 0.31 }), 'whales.top1', { top1Danger: 0.3 })).toBe('danger');
  });
});

describe('whales.top10 (top 10 > 70% → caution)', () => {
  it('at, below and above the bar', () => {
    expect(severity(withCirculating({ top10: 0.7 }), 'whales.top10')).toBeNull();
    expect(severity(withCirculating({ top10: 0.6999 }), 'whales.top10')).toBeNull();
    const f = finding(withCirculating({ top10: 0.7001 }), 'whales.top10')!;
    expect(f.severity).toBe('caution');
    expect(f.title).toBe('Top 10 holders own 70.01% of circulating supply');
    expect(f.evidence.filter((e) => e.kind === 'address')).toHaveLength(10);
  });
});

describe('one finding per fact', () => {
  it('a single holder of everything is said by whales.top1 only', () => {
    const r = healthyReport({ holders: holdersSection([{ address: addr(1), tokens: 1000n }]) });
    const ids = assess(r)
      .findings.filter((f) => f.category === 'whales')
      .map((f) => f.ruleId);
    expect(ids).toEqual(['whales.top1']);
  });
  it('a second large holder keeps the list of large holders', () => {
    const r = healthyReport({
      holders: holdersSection([{ address: addr(1), tokens: 600n }, { address: addr(2), tokens: 300n }, ...spread(50, 100n, 10)]),
    });
    expect(finding(r, 'whales.large-holders')?.title).toBe('2 holders each own more than 5% of circulating supply');
  });
});

describe('whales.top10 with ten holders or fewer', () => {
  it('says plainly that a handful of wallets hold everything', () => {
    const r = healthyReport({
      holders: holdersSection([
        { address: addr(1), tokens: 600n },
        { address: addr(2), tokens: 400n },
      ]),
    });
    expect(finding(r, 'whales.top10')!.title).toBe('Only 2 wallets hold the whole circulating supply');
  });
});

describe('whales.nakamoto (≤ 3 holders hold a majority → caution)', () => {
  it('at the bar, below and above', () => {
    expect(severity(withCirculating({ nakamoto: 3 }), 'whales.nakamoto')).toBe('caution');
    expect(severity(withCirculating({ nakamoto: 2 }), 'whales.nakamoto')).toBe('caution');
    expect(severity(withCirculating({ nakamoto: 4 }), 'whales.nakamoto')).toBeNull();
  });
  it('says the share the top holders own', () => {
    const r = healthyReport({
      holders: holdersSection([
        { address: addr(1), tokens: 260n },
        { address: addr(2), tokens: 240n },
        { address: addr(3), tokens: 210n },
        ...spread(50, 290n, 10),
      ]),
    });
    expect(r.holders!.circulating.nakamoto).toBe(3);
    expect(finding(r, 'whales.nakamoto')!.title).toBe('Top 3 holders own 71% of circulating supply');
  });
  it('stays silent when whales.top1 already says one holder dominates', () => {
    expect(severity(withCirculating({ nakamoto: 1, top1: 0.6 }), 'whales.nakamoto')).toBeNull();
    expect(finding(withCirculating({ nakamoto: 1, top1: 0.5 }), 'whales.nakamoto')?.title).toBe('One holder owns half of circulating supply');
  });
});

describe('whales.large-holders (any holder > 5% of circulating → info)', () => {
  it('notes a holder just above 5%, not at or below', () => {
    const exact = healthyReport({
      holders: holdersSection([
        { address: addr(1), tokens: 50n },
        ...Array.from({ length: 19 }, (_, i) => ({ address: addr(100 + i), tokens: 50n })),
      ]),
    });
    expect(exact.holders!.circulating.top1).toBeCloseTo(0.05, 9);
    expect(severity(exact, 'whales.large-holders')).toBeNull();
    const above = healthyReport({
      holders: holdersSection([
        { address: addr(1), tokens: 51n },
        ...Array.from({ length: 19 }, (_, i) => ({ address: addr(100 + i), tokens: 49n })),
        { address: addr(200), tokens: 18n },
      ]),
    });
    const f = finding(above, 'whales.large-holders')!;
    expect(f.severity).toBe('info');
    expect(f.title).toBe('One holder owns more than 5% of circulating supply (5.1%)');
    expect(f.threshold).toMatchObject({ name: 'holderNote', value: 0.05 });
  });
  it('leaves excluded holders (burn, DEX, exchange) out', () => {
    const r = healthyReport({ holders: holdersSection([...spread(300, 840_000_000n), ...excludedHolders(400_000_000n)]) });
    const f = finding(r, 'whales.large-holders');
    expect(f).toBeUndefined();
  });
});

describe('whales.insider (owner/creator holdings of total supply)', () => {
  function ownerHolding(tokens: bigint, total = 1000n): Report {
    const r = healthyReport({
      holders: holdersSection([{ address: OWNER, tokens }, ...spread(100, total - tokens, 10)]),
    });
    r.token.totalSupply = (total * UNIT).toString();
    r.control!.owner = { address: OWNER, kind: 'eoa' };
    return r;
  }
  it('at 5% silent, just above caution, above 50% danger', () => {
    expect(severity(ownerHolding(50n), 'whales.insider')).toBeNull();
    expect(severity(ownerHolding(49n), 'whales.insider')).toBeNull();
    const f = finding(ownerHolding(51n), 'whales.insider')!;
    expect(f.severity).toBe('caution');
    expect(f.title).toBe('Owner (an EOA) holds 5.1% of total supply');
    expect(severity(ownerHolding(500n), 'whales.insider')).toBe('caution');
    expect(severity(ownerHolding(501n), 'whales.insider')).toBe('danger');
  });
  it('finds the creator when the owner holds nothing', () => {
    const r = healthyReport({ holders: holdersSection([{ address: CREATOR, tokens: 100n }, ...spread(100, 900n, 10)]) });
    r.token.totalSupply = (1000n * UNIT).toString();
    expect(finding(r, 'whales.insider')!.title).toBe('Creator (an EOA) holds 10% of total supply');
  });
});
