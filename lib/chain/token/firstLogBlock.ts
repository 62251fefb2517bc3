/**
 * The first block in [fromBlock, toBlock] with any log of `address`, by k-ary search over
 * eth_getLogs: each round splits the range into K parts asked at once; the first part with a log
 * (or with more logs than the provider returns — that counts as "has logs") is split next.
 * For nodes that keep no old state: logs stay queryable when state is pruned.
 * Undefined when the contract has no log in the range, or when the provider's block-range cap
 * refuses the wide ranges this needs (the caller then starts at fromBlock).
 */
import type { Address, Hex, PublicClient } from 'viem';
import { classifyLogError } from '../logs/classifyLogError';
import { mapChainError } from '../errors';

const K = 10;

export async function firstLogBlock(
  client: PublicClient,
  params: { address: Address; fromBlock: bigint; toBlock: bigint; signal?: AbortSignal },
): Promise<bigint | undefined> {
  let lo = params.fromBlock;
  let hi = params.toBlock;
  if (hi < lo) return undefined;
  const hasLogs = async (from: bigint, to: bigint): Promise<boolean> => {
    try {
      const logs = await client.request({
        method: 'eth_getLogs',
        params: [{ address: params.address, fromBlock: toHex(from), toBlock: toHex(to) }],
      });
      return Array.isArray(logs) && logs.length > 0;
    } catch (err) {
      const kind = classifyLogError(err).kind;
      if (kind === 'resultCap' || kind === 'tooLarge') return true;
      if (kind === 'rangeCap') throw new RangeRefused();
      throw mapChainError(err, { what: 'searching the first log' });
    }
  };
  let known = false;
  try {
    while (hi > lo) {
      params.signal?.throwIfAborted();
      const span = hi - lo + 1n;
      const parts: [bigint, bigint][] = [];
      const step = (span + BigInt(K) - 1n) / BigInt(K);
      for (let a = lo; a <= hi; a += step) parts.push([a, a + step - 1n < hi ? a + step - 1n : hi]);
      const answers = await Promise.all(parts.map(([a, b]) => hasLogs(a, b)));
      const first = answers.indexOf(true);
      if (first === -1) return undefined;
      [lo, hi] = parts[first]!;
      known = true;
    }
    return known || (await hasLogs(lo, lo)) ? lo : undefined;
  } catch (err) {
    if (err instanceof RangeRefused) return undefined;
    throw err;
  }
}

class RangeRefused extends Error {}

const toHex = (n: bigint): Hex => `0x${n.toString(16)}`;
