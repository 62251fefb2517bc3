import { getAddress, type Address, type PublicClient } from 'viem';
import type { GovernanceSection } from '../../report/types';
import type { CheckpointStore } from '../checkpoints';
import { describeAddresses } from '../control/describeAddresses';
import { mapChainError } from '../errors';
import { readDelegatePower } from './delegatePower';
import { detectGovernor } from './detectGovernor';
import { summarizeVotingPower } from './summarizeVotingPower';

export interface ReadGovernanceParams {
  governor: Address;
  blockNumber: bigint;
  checkpoints?: CheckpointStore;
  /** First block of the voting token's DelegateVotesChanged scan (its creation block when known). */
  fromBlock?: bigint;
  signal?: AbortSignal;
}

/**
 * Who governs: the governor's standard and parameters (quorum at its own clock), its timelock
 * and delay, and the delegates' voting power — from logs, verified on-chain at the pinned block.
 */
export async function readGovernance(client: PublicClient, params: ReadGovernanceParams): Promise<GovernanceSection> {
  const governor = getAddress(params.governor);
  const { blockNumber } = params;
  try {
    const facts = await detectGovernor(client, { governor, blockNumber });
    const [timelockInfo, power] = await Promise.all([
      facts.timelock ? describeAddresses(client, { addresses: [facts.timelock], blockNumber }) : Promise.resolve(undefined),
      readDelegatePower(client, {
        token: facts.token,
        blockNumber,
        fromBlock: params.fromBlock,
        standard: facts.standard,
        checkpoints: params.checkpoints,
        signal: params.signal,
      }),
    ]);
    const timelockDelay = facts.timelock ? (timelockInfo?.get(facts.timelock)?.timelock?.minDelay ?? null) : null;
    const thresholdComparison = facts.standard === 'governor-bravo' ? '>' : '>=';
    const votingPower = summarizeVotingPower(power.votes, facts.quorum, facts.proposalThreshold, thresholdComparison);
    votingPower.verifiedOnChain = power.verifiedOnChain;
    if (power.mismatches.length) {
      votingPower.mismatches = power.mismatches.map((m) => ({
        address: m.address,
        fromLogs: m.fromLogs.toString(),
        onChain: m.onChain.toString(),
      }));
    }
    const section: GovernanceSection = {
      governor,
      standard: facts.standard,
      token: facts.token,
      clockMode: facts.clockMode,
      quorum: facts.quorum.toString(),
      proposalThreshold: facts.proposalThreshold.toString(),
      timelockDelay,
      votingPower,
      thresholdComparison,
    };
    if (facts.quorumTimepoint !== undefined) section.quorumTimepoint = Number(facts.quorumTimepoint);
    if (facts.votingDelay !== undefined) section.votingDelay = facts.votingDelay;
    if (facts.votingPeriod !== undefined) section.votingPeriod = facts.votingPeriod;
    if (facts.timelock) section.timelock = facts.timelock;
    return section;
  } catch (err) {
    throw mapChainError(err, { what: `reading governor ${governor}` });
  }
}
