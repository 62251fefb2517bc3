/**
 * Who decided the governor's past proposals: ProposalCreated and VoteCast / VoteCastWithParams
 * logs (OpenZeppelin Governor, GovernorBravo, GovernorAlpha's older VoteCast), bounded to the
 * last MAX_PROPOSALS proposals created after `fromBlock` (the caller passes ~1 year back). Per
 * proposal: voters, votes cast, turnout against the voting token's supply, the state() now,
 * quorum at its snapshot, and the minimal coalition that decided it.
 */
import { decodeEventLog, getAddress, parseAbi, toEventSelector, type Address, type PublicClient } from 'viem';
import { commonDeciders, decideProposal, median, type DecidedProposal } from '../../analytics/decidedBy';
import { ratio } from '../../analytics/ratio';
import type { ProposalHistoryEntry, VoteHistorySection } from '../../report/types';
import { scanLogs, type RawLog } from '../logs/scanLogs';

export const MAX_PROPOSALS = 20;

const events = parseAbi([
  'event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)',
  'event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)',
  'event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)',
]);
const alphaVoteCast = parseAbi(['event VoteCast(address voter, uint256 proposalId, bool support, uint256 votes)']);
const PROPOSAL_CREATED = toEventSelector(events[0]);
const VOTE_CAST = toEventSelector(events[1]);
const VOTE_CAST_WITH_PARAMS = toEventSelector(events[2]);
const ALPHA_VOTE_CAST = toEventSelector(alphaVoteCast[0]);

const reads = parseAbi([
  'function state(uint256 proposalId) view returns (uint8)',
  'function quorum(uint256 timepoint) view returns (uint256)',
  'function quorumVotes() view returns (uint256)',
  'function totalSupply() view returns (uint256)',
]);
const STATES = ['Pending', 'Active', 'Canceled', 'Defeated', 'Succeeded', 'Queued', 'Expired', 'Executed'];
const SUPPORT = ['against', 'for', 'abstain'] as const;

export interface ReadVoteHistoryParams {
  governor: Address;
  /** The voting token (turnout is against its supply). */
  token: Address;
  fromBlock: bigint;
  blockNumber: bigint;
  signal?: AbortSignal;
}

interface Created {
  id: bigint;
  proposer: Address;
  block: number;
  snapshot: bigint;
}

export async function readVoteHistory(client: PublicClient, p: ReadVoteHistoryParams): Promise<VoteHistorySection> {
  const governor = getAddress(p.governor);
  let logs = 0;
  const created: Created[] = [];
  await scanLogs(client, {
    address: governor,
    topics: [PROPOSAL_CREATED],
    fromBlock: p.fromBlock,
    toBlock: p.blockNumber,
    signal: p.signal,
    onLogs: (chunk) => {
      logs += chunk.length;
      for (const log of chunk) {
        const d = decode(log);
        if (d?.eventName !== 'ProposalCreated') continue;
        const a = d.args as { proposalId: bigint; proposer: Address; voteStart: bigint };
        created.push({ id: a.proposalId, proposer: getAddress(a.proposer), block: Number(BigInt(log.blockNumber)), snapshot: a.voteStart });
      }
    },
  });
  const recent = created.slice(-MAX_PROPOSALS);
  const wanted = new Map(recent.map((c) => [c.id, [] as { voter: string; weight: bigint; support: number }[]]));
  if (recent.length) {
    await scanLogs(client, {
      address: governor,
      topics: [[VOTE_CAST, VOTE_CAST_WITH_PARAMS, ALPHA_VOTE_CAST]],
      fromBlock: BigInt(recent[0]!.block),
      toBlock: p.blockNumber,
      signal: p.signal,
      onLogs: (chunk) => {
        logs += chunk.length;
        for (const log of chunk) {
          const v = decodeVote(log);
          if (v) wanted.get(v.proposalId)?.push(v);
        }
      },
    });
  }
  const calls: { address: Address; abi: typeof reads; functionName: 'state' | 'quorum' | 'quorumVotes' | 'totalSupply'; args?: readonly [bigint] }[] =
    [
      { address: p.token, abi: reads, functionName: 'totalSupply' } as const,
      { address: governor, abi: reads, functionName: 'quorumVotes' } as const,
      ...recent.flatMap((c) => [
        { address: governor, abi: reads, functionName: 'state', args: [c.id] } as const,
        { address: governor, abi: reads, functionName: 'quorum', args: [c.snapshot] } as const,
      ]),
    ];
  const extra = await client.multicall({ contracts: calls, allowFailure: true, blockNumber: p.blockNumber });
  // Unread (or zero) supply leaves turnout unknown, never 0%.
  const supply = extra[0]?.status === 'success' ? (extra[0].result as bigint) : undefined;
  const fixedQuorum = extra[1]?.status === 'success' ? (extra[1].result as bigint) : undefined;

  const decided: DecidedProposal[] = [];
  const proposals: ProposalHistoryEntry[] = recent.map((c, i) => {
    const d = decideProposal({ id: c.id.toString(), votes: wanted.get(c.id)! });
    decided.push(d);
    const st = extra[2 + 2 * i];
    const q = extra[3 + 2 * i];
    const quorum = q?.status === 'success' ? (q.result as bigint) : fixedQuorum;
    const entry: ProposalHistoryEntry = {
      id: d.id,
      proposer: c.proposer,
      createdBlock: c.block,
      snapshot: Number(c.snapshot),
      state: st?.status === 'success' ? (STATES[Number(st.result)] ?? `state ${st.result}`) : 'unknown',
      voters: d.voters,
      votesCast: d.cast.toString(),
      turnout: supply !== undefined && supply > 0n ? ratio(d.cast, supply) : null,
      minCoalition: d.minCoalition,
      deciders: d.deciders
        .slice(0, 10)
        .map((v) => ({ address: getAddress(v.voter), votes: v.weight.toString(), support: SUPPORT[v.support] ?? 'abstain' })),
    };
    if (quorum !== undefined) {
      entry.quorum = quorum.toString();
      entry.oneVoterMetQuorum = quorum > 0n && d.largest >= quorum;
    }
    return entry;
  });
  proposals.reverse();
  const common = commonDeciders(decided);
  const withQuorum = proposals.filter((x) => x.oneVoterMetQuorum !== undefined);
  const known = proposals.flatMap((x) => (x.turnout === null ? [] : [x.turnout]));
  return {
    governor,
    fromBlock: Number(p.fromBlock),
    toBlock: Number(p.blockNumber),
    logs,
    proposals,
    proposalsFound: created.length,
    deciders: { addresses: common.addresses.map((a) => getAddress(a)), decided: common.decided, of: common.of },
    medianTurnout: known.length ? median(known) : null,
    oneVoterQuorumShare: withQuorum.length ? withQuorum.filter((x) => x.oneVoterMetQuorum).length / withQuorum.length : null,
  };
}

function decode(log: RawLog) {
  try {
    return decodeEventLog({ abi: events, topics: log.topics as [`0x${string}`], data: log.data });
  } catch {
    return undefined; // another event with a colliding topic: not ours
  }
}

function decodeVote(log: RawLog): { proposalId: bigint; voter: string; weight: bigint; support: number } | undefined {
  if (log.removed) return undefined;
  if (log.topics[0] === ALPHA_VOTE_CAST) {
    try {
      const d = decodeEventLog({ abi: alphaVoteCast, topics: log.topics as [`0x${string}`], data: log.data });
      const a = d.args as { voter: Address; proposalId: bigint; support: boolean; votes: bigint };
      return { proposalId: a.proposalId, voter: a.voter, weight: a.votes, support: a.support ? 1 : 0 };
    } catch {
      return undefined;
    }
  }
  const d = decode(log);
  if (d?.eventName !== 'VoteCast' && d?.eventName !== 'VoteCastWithParams') return undefined;
  const a = d.args as { voter: Address; proposalId: bigint; support: number; weight: bigint };
  return { proposalId: a.proposalId, voter: a.voter, weight: a.weight, support: a.support };
}
