import { describe, expect, it } from 'vitest';
import { healthyReport, liquiditySection, rugReport, UNIT, addr, DEAD } from '../fixtures/reports/build';
import { finding, severity } from './helpers';
import { assess } from '../../lib/risk/index';

const lp = (top1: number, burnedOrLocked: number, top1Holder = addr(7001)) =>
  healthyReport({ liquidity: liquiditySection({ lp: { holders: 5, top1, top1Holder, top1Kind: 'eoa', burnedOrLocked } }) });

describe('liquidity.lp-holder (one live wallet > 50% of LP → danger)', () => {
  it('at 50% silent, just below silent, just above danger', () => {
    expect(severity(lp(0.5, 0), 'liquidity.lp-holder')).toBeNull();
    expect(severity(lp(0.4999, 0), 'liquidity.lp-holder')).toBeNull();
    const f = finding(lp(0.5001, 0), 'liquidity.lp-holder')!;
    expect(f.severity).toBe('danger');
    expect(f.title).toBe('One wallet holds 50.01% of the LP tokens of the Uniswap V2 pool with WETH');
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'address', label: 'Largest LP holder' }));
  });
  it('silent when the top LP holder is the burn address or the locked part', () => {
    expect(severity(lp(0.95, 0.95, DEAD), 'liquidity.lp-holder')).toBeNull();
    expect(severity(lp(0.9, 0.9), 'liquidity.lp-holder')).toBeNull();
  });
  it('the rug scenario: deployer holds the LP', () => {
    expect(finding(rugReport(), 'liquidity.lp-holder')!.title).toBe('One wallet holds 99.9% of the LP tokens of the Uniswap V2 pool with WETH');
  });
});

describe('liquidity.thin (pools hold < 0.1% of circulating → caution)', () => {
  function inPools(tokens: bigint) {
    const r = healthyReport({ liquidity: liquiditySection({ reserves: [(tokens * UNIT).toString(), (1n * UNIT).toString()] }) });
    // Make circulating exactly 1,000,000 tokens so shares are round.
    r.holders!.circulating = { ...r.holders!.circulating, total: (1_000_000n * UNIT).toString() };
    return r;
  }
  it('at 0.1% silent, just below caution, above silent', () => {
    expect(severity(inPools(1000n), 'liquidity.thin')).toBeNull();
    expect(severity(inPools(1001n), 'liquidity.thin')).toBeNull();
    const f = finding(inPools(999n), 'liquidity.thin')!;
    expect(f.severity).toBe('caution');
    expect(f.title).toBe('Thin liquidity: pools hold 0.0999% of supply');
  });
  it('no pool at all is noted', () => {
    expect(finding(healthyReport({ liquidity: { pools: [] } }), 'liquidity.thin')).toMatchObject({
      severity: 'info',
      title: 'No DEX pool found on this chain',
    });
  });
});

describe('liquidity.lp-holder over an LP scan that failed', () => {
  const failed = (lpError = 'the RPC endpoint limited eth_getLogs to 10,000 results') =>
    healthyReport({ liquidity: liquiditySection({ lp: undefined, lpError }) });

  it('is a visible unknown gap naming the pool and the reason, never ok', () => {
    const a = assess(failed());
    expect(a.findings.find((f) => f.ruleId === 'liquidity.lp-holder')).toBeUndefined();
    const gap = a.gaps.find((g) => g.ruleId === 'liquidity.lp-holder')!;
    expect(gap).toMatchObject({ category: 'liquidity', status: 'unknown' });
    expect(gap.reason).toContain('who holds the LP tokens of the Uniswap V2 pool with WETH');
    expect(gap.reason).toContain('limited eth_getLogs to 10,000 results');
    expect(a.verdict).not.toBe('ok');
  });

  it('a fully read pool with a live LP whale is danger anyway, with no gap beside it', () => {
    const r = failed();
    r.liquidity!.pools.push({
      ...liquiditySection().pools[0]!,
      address: addr(7100),
      lp: { holders: 2, top1: 0.9, top1Holder: addr(7001), top1Kind: 'eoa', burnedOrLocked: 0 },
    });
    const a = assess(r);
    expect(a.findings.find((f) => f.ruleId === 'liquidity.lp-holder')!.severity).toBe('danger');
    expect(a.gaps.map((g) => g.ruleId)).not.toContain('liquidity.lp-holder');
  });

  it('no gap when every pool was read', () => {
    expect(assess(healthyReport({ liquidity: liquiditySection() })).gaps.map((g) => g.ruleId)).not.toContain('liquidity.lp-holder');
  });
});
