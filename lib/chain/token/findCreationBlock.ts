/**
 * The block where a contract's code first appears, by k-ary search on eth_getCode: each round
 * asks up to K blocks at once (one JSON-RPC batch), so ~25M blocks take ~4 rounds.
 *
 * A node that keeps no old state (not an archive node) answers "missing trie node" / "header not
 * found" below its horizon. The search then stops probing state and, when asked to
 * (`logsFallback`), finds the first block with any log of the contract by the same k-ary search
 * over eth_getLogs — exact for a log scan's start, but not the creation block itself, so
 * `onUnavailable` is told and the contract's age stays unknown. Without the fallback the answer is
 * the search's lower bound (too early: a longer scan, never an incomplete one).
 */
import type { Address, PublicClient } from 'viem';
import { NotAContractError, mapChainError } from '../errors';
import { endpointPace } from '../endpoint/endpointPace';
import { firstLogBlock } from './firstLogBlock';

/** Probes per round: one JSON-RPC batch at the usual 100-call batch cap. */
const K = 99;

type Probe = 'code' | 'none' | 'unavailable';

export async function findCreationBlock(
  client: PublicClient,
  params: {
    address: Address;
    toBlock: bigint;
    /** The contract cannot be older than this (e.g. a pair is never older than its token). */
    fromBlock?: bigint;
    /** The caller already saw code at `toBlock`: skip that check (one round trip less). */
    codeAtToBlock?: boolean;
    /** On a pruned node, search the first log of the contract instead (see above). */
    logsFallback?: boolean;
    signal?: AbortSignal;
    /** Told about each block whose state the node could not serve. */
    onUnavailable?: (blockNumber: bigint) => void;
  },
): Promise<bigint> {
  const { address, toBlock, signal } = params;
  const url = (client.transport as { url?: string }).url;
  const probe = async (blockNumber: bigint): Promise<Probe> => {
    try {
      const code = await client.getCode({ address, blockNumber });
      return !!code && code !== '0x' ? 'code' : 'none';
    } catch (err) {
      if (isStateUnavailable(err)) {
        params.onUnavailable?.(blockNumber);
        if (url) endpointPace(url).pruned = true;
        return 'unavailable';
      }
      throw mapChainError(err, { what: 'finding the creation block' });
    }
  };
  if (!params.codeAtToBlock) {
    const head = await probe(toBlock);
    if (head === 'none') throw new NotAContractError(address, toBlock);
    if (head === 'unavailable') return params.fromBlock ?? 0n;
  }
  let lo = (params.fromBlock ?? 0n) - 1n; // highest block known to have no code (fromBlock − 1: none before it)
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
    const answers = await Promise.all(points.map(probe));
    const first = answers.findIndex((a) => a !== 'none');
    if (first === -1) {
      lo = points[points.length - 1]!;
      continue;
    }
    if (first > 0) lo = points[first - 1]!;
    if (answers[first] === 'code') {
      hi = points[first]!;
      continue;
    }
    // Pruned below here: creation is in (lo, lowest block proven to have code].
    const provenAt = answers.indexOf('code', first);
    if (provenAt !== -1) hi = points[provenAt]!;
    if (!params.logsFallback) return lo + 1n;
    const firstLog = await firstLogBlock(client, { address, fromBlock: lo + 1n, toBlock: hi, signal });
    params.onUnavailable?.(firstLog ?? hi);
    return firstLog ?? hi;
  }
  return hi;
}

export function isStateUnavailable(err: unknown): boolean {
  const msg = err instanceof Error ? `${err.message} ${(err as { details?: string }).details ?? ''}` : String(err);
  return /missing trie node|header not found|state (is )?not available|historical state|pruned|block not found|unknown block/i.test(msg);
}
