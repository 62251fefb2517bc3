import { getAddress, zeroAddress, type Address, type PublicClient } from 'viem';
import { governorAbi } from './abis';
import { NotAGovernorError } from './errors';
import { multicallOutcomes } from '../reads/readOutcome';

export interface GovernorFacts {
  standard: 'oz-governor' | 'governor-bravo';
  clockMode: 'blocknumber' | 'timestamp';
  /** The timepoint quorum was read at: the governor's clock − 1 (quorum needs a past timepoint). */
  quorumTimepoint?: bigint;
  quorum: bigint;
  proposalThreshold: bigint;
  votingDelay?: number;
  votingPeriod?: number;
  token: Address;
  timelock?: Address;
}

const PROBES = [
  'CLOCK_MODE',
  'clock',
  'quorumVotes',
  'proposalThreshold',
  'votingDelay',
  'votingPeriod',
  'token',
  'comp',
  'uni',
  'timelock',
] as const;
type Probe = (typeof PROBES)[number];

/**
 * Which governor this is and its parameters at the pinned block: one multicall of every getter
 * (failures are answers), and a second read of quorum at the governor's own clock − 1 — a
 * timestamp-clock governor needs a timestamp there, not a block number.
 */
export async function detectGovernor(client: PublicClient, params: { governor: Address; blockNumber: bigint }): Promise<GovernorFacts> {
  const { governor, blockNumber } = params;
  const res = await multicallOutcomes(client, {
    what: 'reading the governor',
    contracts: [
      ...PROBES.map((functionName) => ({ address: governor, abi: governorAbi, functionName }) as const),
      // block-clock guess: right for most governors, saves a round trip; redone below otherwise
      { address: governor, abi: governorAbi, functionName: 'quorum', args: [blockNumber - 1n] } as const,
    ],
    blockNumber,
  });
  const got = new Map<Probe | 'quorum', unknown>();
  [...PROBES, 'quorum' as const].forEach((name, i) => {
    const r = res[i];
    if (r?.status === 'success') got.set(name, r.result);
  });

  const tokenAddr = (got.get('token') ?? got.get('comp') ?? got.get('uni')) as Address | undefined;
  const threshold = got.get('proposalThreshold') as bigint | undefined;
  if (!tokenAddr || tokenAddr === zeroAddress || threshold === undefined) throw new NotAGovernorError(governor);
  const timelockAddr = got.get('timelock') as Address | undefined;
  const base = {
    proposalThreshold: threshold,
    token: getAddress(tokenAddr),
    ...(timelockAddr && timelockAddr !== zeroAddress ? { timelock: getAddress(timelockAddr) } : {}),
    ...(got.has('votingDelay') ? { votingDelay: Number(got.get('votingDelay') as bigint) } : {}),
    ...(got.has('votingPeriod') ? { votingPeriod: Number(got.get('votingPeriod') as bigint) } : {}),
  };

  const clockMode: GovernorFacts['clockMode'] = String(got.get('CLOCK_MODE') ?? '').includes('mode=timestamp') ? 'timestamp' : 'blocknumber';
  if (got.has('quorum') || got.has('CLOCK_MODE')) {
    const clock = got.has('clock') ? BigInt(got.get('clock') as number | bigint) : blockNumber;
    const timepoint = clock - 1n;
    let quorum = got.get('quorum') as bigint | undefined;
    if (timepoint !== blockNumber - 1n || quorum === undefined) {
      quorum = await client.readContract({ address: governor, abi: governorAbi, functionName: 'quorum', args: [timepoint], blockNumber });
    }
    return { standard: 'oz-governor', clockMode, quorumTimepoint: timepoint, quorum, ...base };
  }
  if (got.has('quorumVotes')) {
    return { standard: 'governor-bravo', clockMode: 'blocknumber', quorum: got.get('quorumVotes') as bigint, ...base };
  }
  throw new NotAGovernorError(governor, { details: 'no quorum(uint256) and no quorumVotes()' });
}
