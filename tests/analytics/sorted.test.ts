/**
 * The fast sort (float64 keys + exact fix-up of near ties) must order exactly like a plain
 * bigint comparator sort, including values that collide as doubles.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBigint, sortAscending, sortedPositive } from '../../lib/analytics';

const plain = (xs: bigint[]) => [...xs].sort(compareBigint);

describe('sortAscending', () => {
  it('matches a comparator sort for values that are equal as doubles (> 2^53, tiny gaps)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 2n ** 255n }),
        fc.array(fc.bigInt({ min: 0n, max: 2n ** 20n }), { minLength: 256, maxLength: 700 }),
        (base, offsets) => {
          const xs = offsets.map((o) => base + o);
          expect(sortAscending(xs)).toEqual(plain(xs));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('matches a comparator sort on mixed magnitudes with duplicates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.bigInt({ min: 1n, max: 2n ** 256n - 1n }), fc.constantFrom(1n, 400n, 2n ** 64n)), {
          minLength: 256,
          maxLength: 1500,
        }),
        (xs) => {
          expect(sortAscending(xs)).toEqual(plain(xs));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('handles a large run of identical balances (the UNI airdrop shape)', () => {
    const xs = [...Array.from({ length: 5000 }, () => 400n * 10n ** 18n), 7n, 2n ** 90n, 3n];
    expect(sortAscending(xs)).toEqual(plain(xs));
  });

  it('sortedPositive drops zeros and does not touch the input', () => {
    const xs = [3n, 0n, 1n, 2n];
    expect(sortedPositive(xs)).toEqual([1n, 2n, 3n]);
    expect(xs).toEqual([3n, 0n, 1n, 2n]);
  });
});

describe('sortAscending beyond doubles', () => {
  it('falls back to exact comparison when a balance exceeds the double range', () => {
    const huge = 2n ** 1100n;
    const xs = [...Array.from({ length: 300 }, (_, i) => BigInt(300 - i)), huge + 1n, huge];
    expect(sortAscending(xs)).toEqual([...xs].sort(compareBigint));
  });
});
