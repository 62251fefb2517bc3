/**
 * Coalition sizes for votes and voting power: how few addresses decide.
 */
import { compareBigint } from './sorted';

function descendingPositive(values: readonly bigint[]): bigint[] {
  const out: bigint[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v > 0n) out.push(v);
    else if (v < 0n) throw new RangeError(`negative voting power at index ${i}`);
  }
  return out.sort((a, b) => compareBigint(b, a));
}

/**
 * Fewest addresses whose combined power is ≥ target (largest first, which is optimal).
 * 0 when target ≤ 0; null when all of them together cannot reach it.
 */
export function fewestToReach(powers: readonly bigint[], target: bigint): number | null {
  if (target <= 0n) return 0;
  const desc = descendingPositive(powers);
  let cumulative = 0n;
  for (let i = 0; i < desc.length; i++) {
    cumulative += desc[i]!;
    if (cumulative >= target) return i + 1;
  }
  return null;
}

/**
 * Minimal coalition of a vote: fewest voters holding STRICTLY more than half of the votes
 * cast (a tie is not a majority). 2·c > total ⇔ c ≥ ⌊total/2⌋ + 1 for integers.
 * 0 when nothing was cast.
 */
export function minimalCoalition(votes: readonly bigint[]): number {
  const desc = descendingPositive(votes);
  let total = 0n;
  for (const v of desc) total += v;
  const majority = total / 2n + 1n;
  let cumulative = 0n;
  for (let i = 0; i < desc.length; i++) {
    cumulative += desc[i]!;
    if (cumulative >= majority) return i + 1;
  }
  return 0; // nothing cast
}
