import type { ConcentrationSummary } from '../report/types';
import { giniFromPrefixSums } from './gini';
import { hhiFromSquares } from './hhi';
import { lorenzCounts, lorenzFromPrefixes } from './lorenz';
import { nakamoto } from './nakamoto';
import { topShares } from './shares';
import { positivesOf, sortAscending } from './sorted';
import { sortedPass } from './sorted-pass';

export interface SummarizeOptions {
  /** Share the Nakamoto coalition must strictly exceed; default 0.5. */
  nakamotoThreshold?: number;
  /** Number of Lorenz points, at most 101; default 101. */
  lorenzPoints?: number;
}

const TOP_KS = [1, 5, 10, 20, 50, 100] as const;

/**
 * Every concentration metric of one set of balances, exact until the final ratios.
 * Cost shape (matters at 10^6 holders): one sequential pass in input order (drop zeros),
 * one sort, one run-length pass in sorted order (total, Gini, HHI, Lorenz), then walks over
 * the top only. Passes in sorted order are the expensive ones — each bigint is a pointer
 * into memory laid out in input order — so there is exactly one.
 */
export function summarize(balances: readonly bigint[], opts: SummarizeOptions = {}): ConcentrationSummary {
  const asc = sortAscending(positivesOf(balances));
  const n = asc.length;
  const counts = lorenzCounts(n, Math.min(opts.lorenzPoints ?? 101, 101));
  const { total, sumOfPrefixes, sumOfSquares, prefixes } = sortedPass(asc, counts);
  const [top1, top5, top10, top20, top50, top100] = topShares(asc, total, TOP_KS);
  return {
    holders: n,
    total: total.toString(),
    gini: giniFromPrefixSums(n, total, sumOfPrefixes),
    hhi: hhiFromSquares(sumOfSquares, total),
    nakamoto: nakamoto(asc, total, opts.nakamotoThreshold ?? 0.5),
    top1: top1!,
    top5: top5!,
    top10: top10!,
    top20: top20!,
    top50: top50!,
    top100: top100!,
    lorenz: lorenzFromPrefixes(n, total, counts, prefixes),
  };
}
