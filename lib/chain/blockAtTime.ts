/**
 * The last block at or before a timestamp, between two known blocks: interpolation on the
 * timestamps (few steps when block times are regular), falling back to bisection so irregular
 * chains (or a test node that jumped in time) still finish in O(log n) reads. Bounded: at most
 * MAX_READS getBlock calls.
 */
import type { PublicClient } from 'viem';

const MAX_READS = 48;

export interface KnownBlock {
  number: bigint;
  timestamp: number;
}

export async function blockAtTime(client: PublicClient, p: { timestamp: number; low: KnownBlock; high: KnownBlock }): Promise<bigint> {
  let { low, high } = p;
  const t = p.timestamp;
  if (t >= high.timestamp) return high.number;
  if (t < low.timestamp) return low.number;
  // Invariant: low.timestamp ≤ t < high.timestamp.
  for (let reads = 0, step = 0; high.number - low.number > 1n && reads < MAX_READS; reads++, step++) {
    const gap = high.number - low.number;
    let guess: bigint;
    if (step % 2 === 0 && high.timestamp > low.timestamp) {
      const f = (t - low.timestamp) / (high.timestamp - low.timestamp);
      guess = low.number + BigInt(Math.floor(Number(gap) * f));
    } else guess = low.number + gap / 2n;
    if (guess <= low.number) guess = low.number + 1n;
    if (guess >= high.number) guess = high.number - 1n;
    const b = await client.getBlock({ blockNumber: guess });
    const at = { number: guess, timestamp: Number(b.timestamp) };
    if (at.timestamp <= t) low = at;
    else high = at;
  }
  return low.number;
}
