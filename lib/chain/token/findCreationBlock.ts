/**
 * The block where a contract's code first appears, by k-ary search on eth_getCode:
 * each round asks K blocks at once (one JSON-RPC batch), so ~25M blocks take ~8 rounds, not 25.
 * A block whose state the node cannot serve (pruned) counts as "has code": the answer can then
 * only be too early, which makes a log scan longer, never incomplete.
 */
import type { Address, PublicClient } from 'viem';
import { NotAContractError, mapChainError } from '../errors';

const K = 8;

export async function findCreationBlock(
  client: PublicClient,
  params: {
    address: Address;
    toBlock: bigint;
    signal?: AbortSignal;
    /** Told about each block whose state the node could not serve (counted as "has code"). */
    onUnavailable?: (blockNumber: bigint) => void;
  },
): Promise<bigint> {
  const { address, toBlock, signal } = params;
  const hasCode = async (blockNumber: bigint): Promise<boolean> => {
    try {
      const code = await client.getCode({ address, blockNumber });
      return !!code && code !== '0x';
    } catch (err) {
      if (isStateUnavailable(err)) {
        params.onUnavailable?.(blockNumber);
        return true;
      }
      throw mapChainError(err, { what: 'finding the creation block' });
    }
  };
  if (!(await hasCode(toBlock))) throw new NotAContractError(address, toBlock);
  let lo = -1n; // highest block known to have no code (−1: none checked)
  let hi = toBlock; // lowest block known to have code
  while (hi - lo > 1n) {
    signal?.throwIfAborted();
    const span = hi - lo;
    const points: bigint[] = [];
    for (let i = 1n; i <= BigInt(K); i++) {
      const p = lo + (span * i) / BigInt(K + 1);
      if (p > lo && p < hi && points[points.length - 1] !== p) points.push(p);
    }
    if (points.length === 0) points.push(lo + 1n);
    const answers = await Promise.all(points.map(hasCode));
    const first = answers.indexOf(true);
    if (first === -1) lo = points[points.length - 1];
    else {
      hi = points[first];
      if (first > 0) lo = points[first - 1];
    }
  }
  return hi;
}

function isStateUnavailable(err: unknown): boolean {
  const msg = err instanceof Error ? `${err.message} ${(err as { details?: string }).details ?? ''}` : String(err);
  return /missing trie node|header not found|state (is )?not available|historical state|pruned|block not found|unknown block/i.test(msg);
}
