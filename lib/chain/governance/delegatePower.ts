import { getAddress, hexToBigInt, type Address, type PublicClient } from 'viem';
import type { CheckpointStore } from '../checkpoints';
import { collectLogs } from '../control/collectLogs';
import { DELEGATE_VOTES_CHANGED_TOPIC, votesAbi } from './abis';

/** At most this many delegates (largest first) are re-read on-chain; past it, log values stand. */
export const MAX_VERIFIED_DELEGATES = 2000;

export interface DelegatePower {
  votes: Map<Address, bigint>;
  /** Every delegate with votes was re-read at the pinned block. */
  verifiedOnChain: boolean;
  mismatches: { address: Address; fromLogs: bigint; onChain: bigint }[];
}

/**
 * Voting power per delegate at the pinned block: the last `newVotes` of each delegate's
 * DelegateVotesChanged logs, then checked with getVotes (OpenZeppelin) or getCurrentVotes
 * (Compound) in one multicall — where they disagree, the chain wins.
 */
export async function readDelegatePower(
  client: PublicClient,
  params: { token: Address; blockNumber: bigint; fromBlock?: bigint; standard: 'oz-governor' | 'governor-bravo'; checkpoints?: CheckpointStore },
): Promise<DelegatePower> {
  const logs = await collectLogs(client, {
    address: params.token,
    topics: [DELEGATE_VOTES_CHANGED_TOPIC],
    fromBlock: params.fromBlock ?? 0n,
    toBlock: params.blockNumber,
  });
  const last = new Map<Address, { at: bigint; votes: bigint }>();
  for (const log of logs) {
    const topic = log.topics[1];
    if (!topic || log.data.length < 2 + 128) continue;
    const delegate = getAddress(`0x${topic.slice(-40)}`);
    // position = block * 2^32 + logIndex orders logs however the scanner delivered them
    const at = (hexToBigInt(log.blockNumber) << 32n) + hexToBigInt(log.logIndex);
    const prev = last.get(delegate);
    if (!prev || prev.at < at) last.set(delegate, { at, votes: hexToBigInt(`0x${log.data.slice(2 + 64, 2 + 128)}`) });
  }

  const fromLogs = new Map([...last].map(([a, v]) => [a, v.votes]));
  const ranked = [...fromLogs].filter(([, v]) => v > 0n).sort((a, b) => (b[1] > a[1] ? 1 : b[1] < a[1] ? -1 : 0));
  const toVerify = ranked.slice(0, MAX_VERIFIED_DELEGATES);
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
  toVerify.forEach(([address, logged], i) => {
    const r = checks[i];
    if (r?.status !== 'success') return void (verifiedAll = false);
    const onChain = BigInt(r.result as bigint);
    if (onChain !== logged) {
      mismatches.push({ address, fromLogs: logged, onChain });
      fromLogs.set(address, onChain);
    }
  });
  const votes = new Map([...fromLogs].filter(([, v]) => v > 0n));
  return { votes, verifiedOnChain: verifiedAll, mismatches };
}
