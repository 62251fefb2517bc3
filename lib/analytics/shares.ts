import { ratio } from './ratio';

/** Top-k shares for several k in one walk from the top (ks ascending). */
export function topShares(ascending: readonly bigint[], total: bigint, ks: readonly number[]): number[] {
  const out: number[] = [];
  let s = 0n;
  let taken = 0;
  for (const k of ks) {
    const upto = Math.min(k, ascending.length);
    for (; taken < upto; taken++) s += ascending[ascending.length - 1 - taken]!;
    out.push(total === 0n ? 0 : ratio(s, total));
  }
  return out;
}
