import { ratio } from './ratio';

/**
 * Gini coefficient of ascending positive balances x_1 ≤ … ≤ x_n with total S:
 *   G = (2·Σ i·x_i) / (n·S) − (n+1)/n.
 * Σ i·x_i equals (n+1)·S − Σ_{i≤n} P_i (P_i the prefix sums), so
 *   G = ((n+1)·S − 2·Σ P_i) / (n·S),
 * which needs only bigint additions per element, and is exact until the final division.
 * 0 for one holder or equal balances; at most (n−1)/n < 1.
 */
export function giniFromPrefixSums(n: number, total: bigint, sumOfPrefixes: bigint): number {
  if (n === 0 || total === 0n) return 0;
  const bn = BigInt(n);
  return ratio((bn + 1n) * total - 2n * sumOfPrefixes, bn * total);
}

/** Gini of balances already sorted ascending (all positive). */
export function gini(ascending: readonly bigint[]): number {
  let prefix = 0n;
  let sumOfPrefixes = 0n;
  for (let i = 0; i < ascending.length; i++) {
    prefix += ascending[i]!;
    sumOfPrefixes += prefix;
  }
  return giniFromPrefixSums(ascending.length, prefix, sumOfPrefixes);
}
