import { exactFraction } from './ratio';

/**
 * Nakamoto coefficient — DEFINITION used throughout Whale Lens: the smallest k such that
 * the k largest holders together hold STRICTLY MORE than `threshold` of the total
 * (default 0.5, i.e. a majority; exactly half is a tie, not control).
 * Compared exactly: for integer sums, cumulative > threshold·S ⇔ cumulative > ⌊threshold·S⌋,
 * with the threshold read as the exact binary fraction the double stands for.
 * Returns 0 when there are no holders; otherwise 1 ≤ k ≤ n for 0 ≤ threshold < 1.
 */
export function nakamoto(ascending: readonly bigint[], total: bigint, threshold = 0.5): number {
  if (!(threshold >= 0 && threshold < 1)) {
    throw new RangeError(`Nakamoto threshold must be in [0, 1), got ${threshold}`);
  }
  if (ascending.length === 0 || total === 0n) return 0;
  const { num, den } = exactFraction(threshold);
  const bound = (num * total) / den;
  let cumulative = 0n;
  for (let i = ascending.length - 1, k = 1; i >= 0; i--, k++) {
    cumulative += ascending[i]!;
    if (cumulative > bound) return k;
  }
  return ascending.length; // not reached for threshold < 1: all holders hold S > ⌊threshold·S⌋
}
