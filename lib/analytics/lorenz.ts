import { ratio } from './ratio';

/**
 * Holder counts at which the Lorenz curve is sampled: 0 = c_0 < c_1 < … < c_last = n,
 * evenly spaced, at most `points` of them (and at most n+1, so they stay distinct).
 */
export function lorenzCounts(n: number, points = 101): number[] {
  if (n === 0) return [];
  const p = Math.max(2, Math.min(Math.floor(points), n + 1));
  const counts = [0];
  for (let j = 1; j < p; j++) counts.push(j === p - 1 ? n : Math.floor((j * n) / (p - 1)));
  return counts;
}

/** Curve points [share of holders, share of supply], poorest first, from prefix sums at `counts`. */
export function lorenzFromPrefixes(n: number, total: bigint, counts: readonly number[], prefixes: readonly bigint[]): [number, number][] {
  if (n === 0 || total === 0n) return [];
  return counts.map((c, j) => [c / n, ratio(prefixes[j]!, total)]);
}

/** Lorenz curve of balances sorted ascending (positive), ≤ `points` points from [0,0] to [1,1]. */
export function lorenz(ascending: readonly bigint[], points = 101): [number, number][] {
  const n = ascending.length;
  const counts = lorenzCounts(n, points);
  const prefixes: bigint[] = [];
  let prefix = 0n;
  let done = 0;
  for (const c of counts) {
    for (; done < c; done++) prefix += ascending[done]!;
    prefixes.push(prefix);
  }
  return lorenzFromPrefixes(n, prefix, counts, prefixes);
}
