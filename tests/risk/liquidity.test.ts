import { describe, expect, it } from 'vitest';
import { healthyReport, liquiditySection, rugReport, UNIT, addr, DEAD } from '../fixtures/reports/build';
import { finding, severity } from './helpers';

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
    expect(finding(healthyReport({ liquidity: { pools: [] } }), 'liquidity.thin')).toMatchObject({ severity: 'info', title: 'No DEX pool found on this chain' });
  });
});
