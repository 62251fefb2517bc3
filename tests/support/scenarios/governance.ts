/**
 * Governance scenario: a whale-dominated ERC20Votes token governed by an OpenZeppelin Governor
 * (settings, simple counting, votes, quorum fraction, timelock control) with a
 * TimelockController holding the treasury. Quorum is 25% of supply; the three whales' delegated
 * votes are 110k, 100k and 90k of 1M, so exactly three delegates reach quorum (two make 210k).
 */
import { keccak256, parseAbi, parseEther, stringToHex, zeroAddress, type Address } from 'viem';
import { accounts, type Clients } from '../chain';
import { abiOf, deployNamed, send } from './tx';

export const GOVERNANCE = {
  supply: parseEther('1000000'),
  quorumPercent: 25n,
  proposalThreshold: parseEther('10000'),
  votingDelay: 1,
  votingPeriod: 50,
  timelockDelay: 2 * 86_400,
} as const;

export interface GovernanceScenario {
  token: Address;
  governor: Address;
  timelock: Address;
  whales: Address[];
  /** Expected final votes per delegate (what getVotes returns at the end). */
  expectedVotes: Map<Address, bigint>;
}

const e = (n: number) => parseEther(String(n));

export async function deployGovernanceScenario(c: Clients): Promise<GovernanceScenario> {
  const deployer = accounts[0];
  const token = await deployNamed(c, 'VotesToken', [GOVERNANCE.supply]);
  const timelock = await deployNamed(c, 'GovTimelock', [BigInt(GOVERNANCE.timelockDelay), [], [zeroAddress], deployer.address]);
  const governor = await deployNamed(c, 'WhaleGovernor', [
    token,
    timelock,
    GOVERNANCE.votingDelay,
    GOVERNANCE.votingPeriod,
    GOVERNANCE.proposalThreshold,
    GOVERNANCE.quorumPercent,
  ]);
  const tl = parseAbi(['function grantRole(bytes32,address)', 'function renounceRole(bytes32,address)']);
  for (const role of ['PROPOSER_ROLE', 'CANCELLER_ROLE']) {
    await send(c, { address: timelock, abi: tl, functionName: 'grantRole', args: [keccak256(stringToHex(role)), governor] });
  }
  await send(c, { address: timelock, abi: tl, functionName: 'renounceRole', args: [`0x${'0'.repeat(64)}`, deployer.address] });

  const abi = abiOf('VotesToken');
  const transfer = (to: Address, amount: bigint, from = deployer) =>
    send(c, { address: token, abi, functionName: 'transfer', args: [to, amount], account: from });
  const delegate = (from: (typeof accounts)[number], to: Address) =>
    send(c, { address: token, abi, functionName: 'delegate', args: [to], account: from });

  // Treasury: 60% sits in the timelock and never votes.
  await transfer(timelock, e(600_000));
  const [w1, w2, w3] = [accounts[1], accounts[2], accounts[3]];
  await transfer(w1.address, e(120_000));
  await transfer(w2.address, e(100_000));
  await transfer(w3.address, e(90_000));
  for (const w of [w1, w2, w3]) await delegate(w, w.address);
  // Votes move after delegation: the last DelegateVotesChanged value is what counts.
  await transfer(accounts[4].address, e(10_000), w1);
  for (const i of [4, 5, 6, 7, 8, 9]) await transfer(accounts[i].address, e(i === 4 ? 5_000 : 15_000));
  for (const i of [4, 5, 6, 7, 8]) await delegate(accounts[i], accounts[i].address);
  await delegate(accounts[9], accounts[8].address); // a delegation to someone else
  await delegate(deployer, deployer.address);
  await c.test.mine({ blocks: 1 });

  const expectedVotes = new Map<Address, bigint>([
    [w1.address, e(110_000)],
    [w2.address, e(100_000)],
    [w3.address, e(90_000)],
    [accounts[4].address, e(15_000)],
    [accounts[5].address, e(15_000)],
    [accounts[6].address, e(15_000)],
    [accounts[7].address, e(15_000)],
    [accounts[8].address, e(30_000)],
    [deployer.address, e(10_000)],
  ]);
  return { token, governor, timelock, whales: [w1.address, w2.address, w3.address], expectedVotes };
}
