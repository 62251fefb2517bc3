/**
 * Hand-checked values: every expected number below was worked out on paper (shown inline).
 */
import { describe, expect, it } from 'vitest';
import { exactFraction, gini, hhi, lorenz, nakamoto, ratio, summarize } from '../../lib/analytics';

describe('summarize — hand-checked', () => {
  it('[1,2,3,4]: S=10, prefix sums 1,3,6,10', () => {
    const s = summarize([4n, 1n, 3n, 2n]);
    expect(s.holders).toBe(4);
    expect(s.total).toBe('10');
    // Gini: ((n+1)S − 2ΣP)/(nS) = (50 − 40)/40; mean-difference check: Σ|xi−xj| = 20, 20/(2·4·10)
    expect(s.gini).toBe(0.25);
    // HHI: 10,000·(16+9+4+1)/100
    expect(s.hhi).toBe(3000);
    // Largest first: 4/10 = 40% is not a majority, 7/10 is
    expect(s.nakamoto).toBe(2);
    expect(s.top1).toBe(0.4);
    expect(s.top5).toBe(1);
    expect(s.top100).toBe(1);
    // n+1 = 5 points: the poorest 1, 2, 3 holders hold 1, 3, 6 of 10
    expect(s.lorenz).toEqual([
      [0, 0],
      [0.25, 0.1],
      [0.5, 0.3],
      [0.75, 0.6],
      [1, 1],
    ]);
  });

  it('zero balances are not holders', () => {
    const s = summarize([0n, 5n, 0n]);
    expect(s).toMatchObject({ holders: 1, total: '5', gini: 0, hhi: 10_000, nakamoto: 1, top1: 1 });
  });

  it('no holders gives zeros, not NaN', () => {
    expect(summarize([])).toEqual({
      holders: 0,
      total: '0',
      gini: 0,
      hhi: 0,
      nakamoto: 0,
      top1: 0,
      top5: 0,
      top10: 0,
      top20: 0,
      top50: 0,
      top100: 0,
      lorenz: [],
    });
    expect(summarize([0n, 0n]).holders).toBe(0);
  });

  it('exactly half is not a majority (Nakamoto is strict)', () => {
    expect(summarize([1n, 1n]).nakamoto).toBe(2); // 1/2 is not > 1/2
    expect(summarize([3n, 2n, 1n]).nakamoto).toBe(2); // 3/6 is a tie → need 5/6
    expect(summarize([4n, 2n, 1n]).nakamoto).toBe(1); // 4/7 > 1/2
  });

  it('Nakamoto threshold is a parameter, compared exactly', () => {
    const xs = [1n, 2n, 3n, 4n];
    expect(summarize(xs, { nakamotoThreshold: 0.9 }).nakamoto).toBe(4); // 9/10 is not > 0.9
    expect(summarize(xs, { nakamotoThreshold: 0 }).nakamoto).toBe(1);
    expect(summarize(xs, { nakamotoThreshold: 0.39 }).nakamoto).toBe(1);
    expect(summarize(xs, { nakamotoThreshold: 0.4 }).nakamoto).toBe(2); // 0.4 as a double is just above 4/10
    expect(() => summarize(xs, { nakamotoThreshold: 1 })).toThrow(RangeError);
    expect(() => summarize(xs, { nakamotoThreshold: Number.NaN })).toThrow(RangeError);
  });

  it('is exact where float sums would round: 2^200 vs 2^200 − 1', () => {
    const a = 2n ** 200n;
    // As doubles both are 2^200 and the top holder has exactly 0.5 → Nakamoto 2. Exactly, 2^200 > (2^201−1)/2.
    expect(summarize([a, a - 1n]).nakamoto).toBe(1);
    // Gini of [a−1, a] is 1/(4a−2): tiny but not zero.
    const g = summarize([2n ** 255n - 1n, 2n ** 255n]).gini;
    expect(g).toBeGreaterThan(0);
    expect(g).toBe(ratio(1n, 4n * 2n ** 255n - 2n));
  });

  it('handles balances up to 2^256 − 1', () => {
    const max = 2n ** 256n - 1n;
    const s = summarize([max, max, max, 1n]);
    expect(s.total).toBe((3n * max + 1n).toString());
    expect(s.nakamoto).toBe(2);
    expect(s.top1).toBeCloseTo(1 / 3, 15);
    expect(s.hhi).toBeCloseTo(10_000 / 3, 9);
  });

  it('top shares stop at the number of holders', () => {
    const xs = Array.from({ length: 150 }, (_, i) => BigInt(i + 1)); // S = 11,325
    const s = summarize(xs);
    expect(s.top1).toBe(ratio(150n, 11_325n));
    expect(s.top100).toBe(ratio(11_325n - 1_275n, 11_325n)); // all but the 50 smallest (1..50 sum to 1,275)
    expect(s.lorenz).toHaveLength(101);
  });

  it('lorenzPoints caps the curve', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => BigInt(i + 1));
    const curve = summarize(xs, { lorenzPoints: 11 }).lorenz!;
    expect(curve).toHaveLength(11);
    expect(curve[5][0]).toBe(0.5);
    expect(curve[5][1]).toBe(ratio(500n * 501n, 1000n * 1001n)); // Σ1..500 / Σ1..1000
    expect(summarize(xs, { lorenzPoints: 500 }).lorenz).toHaveLength(101);
  });

  it('rejects negative balances (a caller bug, not data)', () => {
    expect(() => summarize([1n, -1n])).toThrow(/negative balance at index 1/);
  });

  it('building blocks agree with summarize', () => {
    const asc = [1n, 2n, 3n, 4n];
    expect(gini(asc)).toBe(0.25);
    expect(hhi(asc)).toBe(3000);
    expect(nakamoto(asc, 10n)).toBe(2);
    expect(lorenz(asc)).toEqual(summarize(asc).lorenz);
  });
});

describe('ratio and exactFraction', () => {
  it('rounds correctly and does not depend on representation', () => {
    expect(ratio(1n, 3n)).toBe(1 / 3);
    expect(ratio(2n ** 300n, 3n * 2n ** 300n)).toBe(1 / 3);
    expect(ratio(7n * 10n ** 70n, 10n ** 71n)).toBe(0.7);
    expect(ratio(0n, 5n)).toBe(0);
    expect(ratio(5n, 5n)).toBe(1);
    expect(ratio(10n ** 30n, 1n)).toBe(1e30);
    expect(() => ratio(1n, 0n)).toThrow(RangeError);
  });

  it('reads a double as the exact binary fraction it stands for', () => {
    expect(exactFraction(0.5)).toEqual({ num: 1n, den: 2n });
    expect(exactFraction(0)).toEqual({ num: 0n, den: 1n });
    const { num, den } = exactFraction(0.1);
    expect(den).toBe(2n ** 55n);
    expect(Number(num) / Number(den)).toBe(0.1);
  });
});
