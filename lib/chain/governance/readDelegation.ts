/**
 * Delegated voting power of a token that has votes but no governor we know of: is it an ERC20Votes
 * (`getVotes`) or COMP-style (`getCurrentVotes`) token, and if so who holds its delegated votes —
 * from DelegateVotesChanged logs, re-verified on-chain (./delegatePower).
 */
import type { Address, Hex, PublicClient } from 'viem';
import { ratio } from '../../analytics';
import type { DelegationSection } from '../../report/types';
import type { CheckpointStore } from '../checkpoints';
import { rawMulticall } from '../rawMulticall';
import { readDelegatePower } from './delegatePower';
import { summarizeVotingPower } from './summarizeVotingPower';

const ZERO_ARG = '0'.repeat(64);
const GET_VOTES: Hex = `0x9ab24eb0${ZERO_ARG}`; // getVotes(address)
const GET_CURRENT_VOTES: Hex = `0xb4b5ea57${ZERO_ARG}`; // getCurrentVotes(address)

export async function readDelegation(
  client: PublicClient,
  params: { token: Address; blockNumber: bigint; totalSupply: bigint; fromBlock?: bigint; checkpoints?: CheckpointStore; signal?: AbortSignal },
): Promise<DelegationSection | undefined> {
  const [votes, current] = await rawMulticall(client, {
    calls: [GET_VOTES, GET_CURRENT_VOTES].map((callData) => ({ target: params.token, callData })),
    blockNumber: params.blockNumber,
  });
  const answers = (r: typeof votes) => !!r?.success && r.returnData.length >= 66;
  const getter = answers(votes) ? 'getVotes' : answers(current) ? 'getCurrentVotes' : undefined;
  if (!getter) return undefined;
  const power = await readDelegatePower(client, {
    token: params.token,
    blockNumber: params.blockNumber,
    fromBlock: params.fromBlock,
    standard: getter === 'getVotes' ? 'oz-governor' : 'governor-bravo',
    checkpoints: params.checkpoints,
    signal: params.signal,
  });
  const { delegatesToQuorum: _q, delegatesToThreshold: _t, ...summary } = summarizeVotingPower(power.votes, 0n, 0n);
  const votingPower: DelegationSection['votingPower'] = { ...summary, verifiedOnChain: power.verifiedOnChain };
  if (power.mismatches.length) {
    votingPower.mismatches = power.mismatches.map((m) => ({ address: m.address, fromLogs: m.fromLogs.toString(), onChain: m.onChain.toString() }));
  }
  const delegated = BigInt(summary.total);
  return {
    token: params.token,
    getter,
    votingPower,
    delegatedShare: params.totalSupply > 0n ? ratio(delegated, params.totalSupply) : 0,
  };
}
