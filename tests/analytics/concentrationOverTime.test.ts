/** Concentration over time: every sample equals an exact bigint replay up to that block. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concentrationOverTime } from '../../lib/analytics/concentrationOverTime';
import { addr, graphOf, replay, type T } from './transferLogs';

function exactAt(t: T[], block: number, excluded: Set<string>) {
  const m = replay(t.filter((x) => x.block <= block));
  const shares = [...m]
    .filter(([a]) => !excluded.has(a))
    .map(([, b]) => b)
    .sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
  const total = shares.reduce((s, b) => s + b, 0n);
  const top10 = shares.slice(0, 10).reduce((s, b) => s + b, 0n);
  return { holders: m.size, top1: total ? Number(shares[0]) / Number(total) : 0, top10: total ? Number(top10) / Number(total) : 0 };
}

describe('concentrationOverTime', () => {
  it('samples evenly and at named blocks, with holder counts and top shares at each', () => {
    const t: T[] = [{ from: 0, to: 1, amount: 1000n, block: 10 }];
    for (let i = 2; i <= 21; i++) t.push({ from: 1, to: i, amount: 10n, block: 10 + i });
    t.push({ from: 5, to: 6, amount: 10n, block: 40 }); // 5 leaves
    const pts = concentrationOverTime(graphOf(t), { fromBlock: 10, toBlock: 40, samples: 4, at: [{ label: '7d', block: 25 }] });
    expect(pts.map((p) => p.block)).toEqual([10, 20, 25, 30, 40]);
    expect(pts[0]).toMatchObject({ holders: 1, top1: 1, top10: 1 });
    expect(pts[2].label).toBe('7d');
    expect(pts[4].holders).toBe(20);
    expect(pts[4].top1).toBeCloseTo(800 / 1000, 12);
  });

  it('matches an exact replay at every sample, huge and dust amounts alike (property)', () => {
    const amount = fc.oneof(fc.bigInt({ min: 1n, max: 1000n }), fc.bigInt({ min: 1n, max: 2n ** 100n }));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ from: fc.integer({ min: 1, max: 15 }), to: fc.integer({ min: 0, max: 15 }), pick: fc.double({ min: 0, max: 1, noNaN: true }) }),
          { maxLength: 80 },
        ),
        fc.array(amount, { minLength: 15, maxLength: 15 }),
        (moves, mints) => {
          const t: T[] = mints.map((a, i) => ({ from: 0, to: i + 1, amount: a, block: 1 }));
          const bal = new Map(mints.map((a, i) => [i + 1, a]));
          moves.forEach((m, k) => {
            const have = bal.get(m.from) ?? 0n;
            if (have === 0n) return;
            const x = m.pick > 0.7 ? have : (have * BigInt(Math.floor(m.pick * 1000))) / 1000n || 1n;
            bal.set(m.from, have - x);
            bal.set(m.to, (bal.get(m.to) ?? 0n) + x);
            t.push({ from: m.from, to: m.to, amount: x, block: 2 + k });
          });
          const excluded = new Set([addr(3)]);
          const last = t[t.length - 1].block;
          const pts = concentrationOverTime(graphOf(t), { fromBlock: 1, toBlock: last, samples: 5, excluded });
          for (const p of pts) {
            const e = exactAt(t, p.block, excluded);
            expect(p.holders).toBe(e.holders);
            expect(p.top1).toBeCloseTo(e.top1, 9);
            expect(p.top10).toBeCloseTo(e.top10, 9);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
