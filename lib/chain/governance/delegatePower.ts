import { getAddress, hexToBigInt, type Address, type PublicClient } from 'viem';
import type { CheckpointStore } from '../checkpoints';
import { scanLogs, type RawLog } from '../logs/scanLogs';
import { findCreationBlock } from '../token/findCreationBlock';
import { DELEGATE_VOTES_CHANGED_TOPIC, votesAbi } from './abis';

/** At most this many delegates (largest first) are re-read on-chain; past it, log values stand. */
export const MAX_VERIFIED_DELEGATES = 2000;

export interface DelegatePower {
  votes: Map<Address, bigint>;
  /** Every delegate with votes was re-read at the pinned block. */
  verifiedOnChain: boolean;
  mismatches: { address: Address; fromLogs: bigint; onChain: bigint }[];
}

export function votesCheckpointKey(chainId: number, token: Address, fromBlock: bigint): string {
  return `votes:${chainId}:${token.toLowerCase()}:${fromBlock}`;
}

/** Lowercase delegate → newVotes of its latest DelegateVotesChanged (logs arrive in block order). */
function foldVotes(last: Map<string, bigint>, logs: RawLog[]): void {
  for (const log of logs) {
    const topic = log.topics[1];
    if (log.removed || !topic || log.data.length < 2 + 128) continue;
    last.set(`0x${topic.slice(-40)}`.toLowerCase(), hexToBigInt(`0x${log.data.slice(2 + 64, 2 + 128)}`));
  }
}

/**
 * Voting power per delegate at the pinned block: the last `newVotes` of each delegate's
 * DelegateVotesChanged logs (resumable through checkpoints), then checked with getVotes
 * (OpenZeppelin) or getCurrentVotes (Compound) in one multicall — where they disagree, the chain wins.
 */
export async function readDelegatePower(
  client: PublicClient,
  params: {
    token: Address;
    blockNumber: bigint;
    fromBlock?: bigint;
    standard: 'oz-governor' | 'governor-bravo';
    checkpoints?: CheckpointStore;
    signal?: AbortSignal;
  },
): Promise<DelegatePower> {
  // Without a known start, the token's creation block bounds the scan (never genesis on a long chain).
  const fromBlock =
    params.fromBlock ?? (await findCreationBlock(client, { address: params.token, toBlock: params.blockNumber, signal: params.signal }));
  let last = new Map<string, bigint>();
  const chainId = client.chain?.id || (params.checkpoints ? await client.getChainId() : 0);
  await scanLogs(client, {
    address: params.token,
    topics: [DELEGATE_VOTES_CHANGED_TOPIC],
    fromBlock,
    toBlock: params.blockNumber,
    signal: params.signal,
    onLogs: (logs) => foldVotes(last, logs),
    checkpoints: params.checkpoints,
    checkpointKey: votesCheckpointKey(chainId, params.token, fromBlock),
    saveState: () => Array.from(last, ([a, v]) => [a, v.toString()]),
    restoreState: (s) => {
      last = new Map((s as [string, string][]).map(([a, v]) => [a, BigInt(v)]));
    },
  });

  const ranked = [...last].filter(([, v]) => v > 0n).sort((a, b) => (b[1] > a[1] ? 1 : b[1] < a[1] ? -1 : 0));
  const toVerify = ranked.slice(0, MAX_VERIFIED_DELEGATES).map(([a, v]) => [getAddress(a), v] as const);
  const fn = params.standard === 'governor-bravo' ? 'getCurrentVotes' : 'getVotes';
  const checks = toVerify.length
    ? await client.multicall({
        contracts: toVerify.map(([account]) => ({ address: params.token, abi: votesAbi, functionName: fn, args: [account] }) as const),
        allowFailure: true,
        blockNumber: params.blockNumber,
      })
    : [];

  let verifiedAll = toVerify.length === ranked.length;
  const mismatches: DelegatePower['mismatches'] = [];
  const votes = new Map<Address, bigint>();
  toVerify.forEach(([address, logged], i) => {
    const r = checks[i];
    if (r?.status !== 'success') {
      verifiedAll = false;
      return void votes.set(address, logged);
    }
    const onChain = BigInt(r.result as bigint);
    if (onChain !== logged) mismatches.push({ address, fromLogs: logged, onChain });
    if (onChain > 0n) votes.set(address, onChain);
  });
  // Past the verification cap, log values stand (lowercase keys normalised here, once each).
  for (const [a, v] of ranked.slice(MAX_VERIFIED_DELEGATES)) votes.set(getAddress(a), v);
  return { votes, verifiedOnChain: verifiedAll, mismatches };
}
