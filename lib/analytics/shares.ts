import { ratio } from './ratio';

/** Share of the total held by the k largest holders (all holders when there are fewer than k). */
export function topShare(ascending: readonly bigint[], total: bigint, k: number): number {
  if (total === 0n) return 0;
  let s = 0n;
  const stop = Math.max(0, ascending.length - k);
  for (let i = ascending.length - 1; i >= stop; i--) s += ascending[i];
  return ratio(s, total);
}

/** Top-k shares for several k in one walk from the top (ks ascending). */
export function topShares(ascending: readonly bigint[], total: bigint, ks: readonly number[]): number[] {
  const out: number[] = [];
  let s = 0n;
  let taken = 0;
  for (const k of ks) {
    const upto = Math.min(k, ascending.length);
    for (; taken < upto; taken++) s += ascending[ascending.length - 1 - taken];
    out.push(total === 0n ? 0 : ratio(s, total));
  }
  return out;
}
