/**
 * Property tests (fast-check): invariants that must hold for any balances up to 2^256 − 1,
 * plus agreement with slow, obviously-correct definitions (pairwise Gini, brute-force Nakamoto).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBigint, gini, lorenz, minimalCoalition, ratio, sortedPositive, splitCirculating, summarize } from '../../lib/analytics';
import type { LabelCategory } from '../../lib/report/types';

const MAX = 2n ** 256n - 1n;
/** Mixed magnitudes, many duplicates and zeros: where sorting and ties go wrong. */
const balance = fc.oneof(
  fc.bigInt({ min: 0n, max: MAX }),
  fc.bigInt({ min: 0n, max: 10n ** 24n }),
  fc.constantFrom(0n, 1n, 400n * 10n ** 18n, 2n ** 200n),
);
const balances = fc.array(balance, { maxLength: 120 });
/** Scale factors that keep every balance ≤ 2^256 − 1 is not required: bigints have no cap. */
const scale = fc.bigInt({ min: 1n, max: 2n ** 128n });

describe('summarize — properties', () => {
  it('is invariant under permutation (bit-identical)', () => {
    fc.assert(
      fc.property(balances, fc.integer(), (xs, seed) => {
        const shuffled = [...xs];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) & 0x7fffffff;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        expect(summarize(shuffled)).toEqual(summarize(xs));
      }),
    );
  });

  it('is invariant under scaling every balance by c (bit-identical shares, Gini, HHI)', () => {
    fc.assert(
      fc.property(balances, scale, (xs, c) => {
        const a = summarize(xs);
        const b = summarize(xs.map((x) => x * c));
        expect({ ...b, total: a.total }).toEqual(a);
        expect(BigInt(b.total)).toBe(BigInt(a.total) * c);
      }),
    );
  });

  it('0 ≤ Gini ≤ (n−1)/n < 1; 1 ≤ Nakamoto ≤ n; 0 ≤ HHI ≤ 10,000', () => {
    fc.assert(
      fc.property(balances, (xs) => {
        const s = summarize(xs);
        expect(s.gini).toBeGreaterThanOrEqual(0);
        expect(s.gini).toBeLessThan(1);
        expect(s.hhi).toBeGreaterThanOrEqual(0);
        expect(s.hhi).toBeLessThanOrEqual(10_000);
        if (s.holders === 0) {
          expect(s.nakamoto).toBe(0);
          return;
        }
        expect(s.gini).toBeLessThanOrEqual((s.holders - 1) / s.holders + 1e-15);
        expect(s.nakamoto).toBeGreaterThanOrEqual(1);
        expect(s.nakamoto).toBeLessThanOrEqual(s.holders);
        // HHI is at least 10,000/n (equal shares) and at most 10,000·top1.
        expect(s.hhi).toBeGreaterThanOrEqual(10_000 / s.holders - 1e-9);
        expect(s.hhi).toBeLessThanOrEqual(10_000 * s.top1 + 1e-9);
      }),
    );
  });

  it('top shares are monotone and the Lorenz curve rises from [0,0] to [1,1]', () => {
    fc.assert(
      fc.property(balances, (xs) => {
        const s = summarize(xs);
        const tops = [s.top1, s.top5!, s.top10, s.top20!, s.top50!, s.top100];
        for (let i = 1; i < tops.length; i++) expect(tops[i]).toBeGreaterThanOrEqual(tops[i - 1]);
        if (s.holders === 0) return;
        expect(tops[tops.length - 1]).toBeLessThanOrEqual(1);
        expect(s.top1).toBeGreaterThan(0);
        const curve = s.lorenz!;
        expect(curve[0]).toEqual([0, 0]);
        expect(curve[curve.length - 1]).toEqual([1, 1]);
        expect(curve.length).toBeLessThanOrEqual(Math.min(101, s.holders + 1));
        for (let i = 1; i < curve.length; i++) {
          expect(curve[i][0]).toBeGreaterThan(curve[i - 1][0]);
          expect(curve[i][1]).toBeGreaterThanOrEqual(curve[i - 1][1]);
          expect(curve[i][1]).toBeLessThanOrEqual(curve[i][0] + 1e-15); // below the equality line
        }
      }),
    );
  });

  it('agrees with the slow definitions: pairwise Gini, Σ share² HHI, brute-force Nakamoto', () => {
    fc.assert(
      fc.property(fc.array(balance, { maxLength: 40 }), (xs) => {
        const pos = xs.filter((x) => x > 0n);
        const s = summarize(xs);
        if (pos.length === 0) return;
        const n = BigInt(pos.length);
        const S = pos.reduce((a, b) => a + b, 0n);
        let pairwise = 0n; // Σ_i Σ_j |x_i − x_j|
        for (const a of pos) for (const b of pos) pairwise += a > b ? a - b : b - a;
        expect(s.gini).toBe(ratio(pairwise, 2n * n * S)); // same rational ⇒ same correctly rounded double
        expect(s.hhi).toBe(ratio(10_000n * pos.reduce((a, x) => a + x * x, 0n), S * S));
        const desc = [...pos].sort((a, b) => compareBigint(b, a));
        let k = 0;
        let cum = 0n;
        while (2n * cum <= S) cum += desc[k++];
        expect(s.nakamoto).toBe(k);
        expect(minimalCoalition(xs)).toBe(k); // same definition at threshold 1/2
      }),
    );
  });

  it('the run-length pass agrees with per-element Gini and Lorenz (runs of equal balances)', () => {
    const runs = fc.array(fc.record({ x: fc.constantFrom(1n, 7n, 400n * 10n ** 18n, 2n ** 255n), m: fc.integer({ min: 1, max: 60 }) }), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(runs, fc.array(balance, { maxLength: 30 }), fc.integer({ min: 2, max: 101 }), (rs, extra, points) => {
        const xs = [...rs.flatMap(({ x, m }) => Array.from({ length: m }, () => x)), ...extra];
        const asc = sortedPositive(xs);
        const s = summarize(xs, { lorenzPoints: points });
        expect(s.gini).toBe(gini(asc));
        expect(s.lorenz).toEqual(lorenz(asc, points));
      }),
    );
  });

  it('raw vs circulating: holders and totals add up; excluding nothing changes nothing', () => {
    const cats: (LabelCategory | undefined)[] = ['burn', 'cex', 'dex', 'multisig', undefined, undefined];
    fc.assert(
      fc.property(
        fc.array(fc.record({ balance, cat: fc.constantFrom(...cats) }), { maxLength: 80 }),
        fc.subarray(['burn', 'cex', 'dex', 'multisig'] as LabelCategory[]),
        (rows, exclude) => {
          const holders = rows.map((r, i) => ({ address: `0x${i.toString(16).padStart(40, '0')}`, balance: r.balance }));
          const categoryOf = (a: string) => rows[parseInt(a.slice(2), 16)].cat;
          const { circulating, excluded } = splitCirculating(holders, categoryOf, new Set(exclude));
          expect(circulating.length + excluded.length).toBe(holders.length);
          for (const e of excluded) expect(exclude).toContain(e.reason);
          const raw = summarize(holders.map((h) => h.balance));
          const circ = summarize(circulating.map((h) => h.balance));
          const left = excluded.reduce((a, h) => a + h.balance, 0n);
          expect(BigInt(circ.total) + left).toBe(BigInt(raw.total));
          expect(circ.holders + excluded.filter((h) => h.balance > 0n).length).toBe(raw.holders);
          expect(circ.holders).toBeLessThanOrEqual(raw.holders);
          const none = splitCirculating(holders, categoryOf, new Set());
          expect(summarize(none.circulating.map((h) => h.balance))).toEqual(raw);
        },
      ),
    );
  });
});
