/**
 * Supply the analysis cannot attribute: totalSupply() minus every balance it re-read. A few base
 * units per holder are rounding (reflection and rebasing tokens floor each balance); anything
 * beyond that is supply in addresses no log names, and is said as such.
 */
import { ratio } from '../../analytics';

/** Beyond this share of totalSupply (or one unit per holder, for rounding) the difference is reported. */
export const DUST_PARTS_PER_MILLION = 1n;

/** totalSupply − knownSum, or undefined when the difference is dust. */
export function unexplainedBeyondDust(totalSupply: bigint, knownSum: bigint, holders: number): bigint | undefined {
  const diff = totalSupply - knownSum;
  const size = diff < 0n ? -diff : diff;
  if (size <= BigInt(holders)) return undefined;
  if (size * 1_000_000n <= totalSupply * DUST_PARTS_PER_MILLION) return undefined;
  return diff;
}

/** Signed share of totalSupply (of the known sum when totalSupply is zero). */
export function unexplainedShare(unexplained: bigint, totalSupply: bigint): number {
  const den = totalSupply > 0n ? totalSupply : unexplained < 0n ? -unexplained : 1n;
  return ratio(unexplained, den);
}

export function percent(share: number): string {
  const p = Math.abs(share) * 100;
  return p >= 10 ? `${p.toFixed(0)}%` : p >= 0.1 ? `${p.toFixed(1)}%` : `${p.toPrecision(1)}%`;
}

export function describeUnexplained(unexplained: bigint, totalSupply: bigint): string {
  const share = percent(unexplainedShare(unexplained, totalSupply));
  return unexplained > 0n
    ? `${share} of totalSupply sits in addresses no log names (minted without a Transfer event, or logs missing)`
    : `the balances re-read add up to ${share} more than totalSupply`;
}
