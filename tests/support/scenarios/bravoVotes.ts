/**
 * Compound's own governance on Anvil with a voting record: COMP, the Compound Timelock and
 * GovernorBravoDelegator over GovernorBravoDelegate (unmodified mainnet sources, solc 0.5.16),
 * brought up the way mainnet did it — the Timelock's pendingAdmin set through a timelocked
 * transaction, then Bravo's `_initiate` accepts the Timelock and continues the previous
 * governor's proposal count (here 41, from a one-getter stand-in for GovernorAlpha).
 *
 * 12 proposals, all executed: in 10 three delegates of 1.3M COMP each (13% of the 10M supply)
 * vote with seven of 200k (2%) — 53% turnout, the three hold more than half of the votes cast
 * and each alone meets Bravo's 400k quorum; in 2 only the ten small delegates vote (20%
 * turnout, six needed for a majority, none meets quorum alone).
 */
import { encodeFunctionData, getAddress, parseEther, type Abi, type Address } from 'viem';
import { accounts, deployArtifact, type Clients } from '../chain';
import { loadMainnetContracts } from '../compileMainnet';
import { wallets } from './insights';
import { deployNamed } from './tx';

export interface BravoVotesWorld {
  token: Address;
  governor: Address;
  timelock: Address;
  deciders: Address[];
  small: Address[];
  /** Bravo's first proposal id (the previous governor's count + 1). */
  firstId: bigint;
  proposals: number;
}

const DAY = 86_400;
const e = (n: number) => parseEther(String(n));
/** Bravo's MIN_VOTING_PERIOD (blocks): what initialize accepts. */
const MIN_VOTING_PERIOD = 5_760n;
/**
 * The vote length used once initialized. Anvil mines 5,760 empty blocks in over a minute on a
 * busy machine (12 proposals: a quarter hour), so the world writes a 20-block period into Bravo's
 * `votingPeriod` slot (storage slot 4: admin, pendingAdmin, implementation, votingDelay,
 * votingPeriod) and reads it back. Nothing the analysis reads depends on the period's length.
 */
const VOTING_PERIOD = 20n;
const VOTING_PERIOD_SLOT = '0x0000000000000000000000000000000000000000000000000000000000000004';
const PREVIOUS_COUNT = 41n;

async function call(c: Clients, from: Address, address: Address, abi: Abi, functionName: string, args: readonly unknown[]): Promise<void> {
  await c.test.impersonateAccount({ address: from });
  await c.test.setBalance({ address: from, value: parseEther('10') });
  const hash = await c.wallet.sendTransaction({ account: from, chain: c.chain, to: address, data: encodeFunctionData({ abi, functionName, args }) });
  const r = await c.public.waitForTransactionReceipt({ hash });
  if (r.status !== 'success') throw new Error(`${functionName} reverted`);
}

async function later(c: Clients, seconds: number): Promise<void> {
  await c.test.increaseTime({ seconds });
  await c.test.mine({ blocks: 1 });
}

export async function deployBravoVotes(c: Clients): Promise<BravoVotesWorld> {
  const k = loadMainnetContracts('compound');
  const deployer = accounts[0].address;
  const real = async (name: string, args: readonly unknown[] = []) => getAddress(await deployArtifact(c, k[name]!, args));
  const token = await real('Comp', [deployer]);
  const timelock = await real('Timelock', [deployer, BigInt(2 * DAY)]);
  const implementation = await real('GovernorBravoDelegate');
  const governor = await real('GovernorBravoDelegator', [timelock, token, deployer, implementation, MIN_VOTING_PERIOD, 1n, parseEther('50000')]);
  await c.test.setStorageAt({ address: governor, index: VOTING_PERIOD_SLOT, value: `0x${VOTING_PERIOD.toString(16).padStart(64, '0')}` });
  const period = await c.public.readContract({ address: governor, abi: k.GovernorBravoDelegate!.abi, functionName: 'votingPeriod' });
  if (period !== VOTING_PERIOD)
    throw new Error(`Bravo's voting period is ${String(period)}, not ${VOTING_PERIOD}: the storage layout is not the expected one`);
  const predecessor = await deployNamed(c, 'PredecessorProposalCount', [PREVIOUS_COUNT]);

  // The Timelock only lets itself name a new admin: a timelocked call to setPendingAdmin.
  const tl = k.Timelock!.abi;
  const { timestamp } = await c.public.getBlock();
  const eta = timestamp + BigInt(2 * DAY + 60);
  const setPending = [timelock, 0n, 'setPendingAdmin(address)', encodeAddress(governor), eta] as const;
  await call(c, deployer, timelock, tl, 'queueTransaction', setPending);
  await later(c, 2 * DAY + 120);
  await call(c, deployer, timelock, tl, 'executeTransaction', setPending);
  const bravo = k.GovernorBravoDelegate!.abi;
  await call(c, deployer, governor, bravo, '_initiate', [predecessor]);

  const comp = k.Comp!.abi;
  const deciders = wallets(11, 3);
  const small = wallets(12, 10);
  for (const d of deciders) await call(c, deployer, token, comp, 'transfer', [d, e(1_300_000)]);
  for (const s of small) await call(c, deployer, token, comp, 'transfer', [s, e(200_000)]);
  await call(c, deployer, token, comp, 'transfer', [timelock, e(4_000_000)]);
  // The deployer keeps 1% (above the 50k proposal threshold) and proposes; it never votes.
  for (const v of [deployer, ...deciders, ...small]) await call(c, v, token, comp, 'delegate', [v]);
  await c.test.mine({ blocks: 1 });

  const target = accounts[9].address;
  for (let i = 0; i < 12; i++) {
    const id = PREVIOUS_COUNT + 1n + BigInt(i);
    await call(c, deployer, governor, bravo, 'propose', [[target], [0n], [''], ['0x'], `Proposal ${i + 1}`]);
    await c.test.mine({ blocks: 2 });
    const voters = i < 10 ? [...deciders, ...small.slice(0, 7)] : small;
    for (const v of voters) await call(c, v, governor, bravo, 'castVote', [id, 1]);
    await c.test.mine({ blocks: Number(VOTING_PERIOD) });
    await call(c, deployer, governor, bravo, 'queue', [id]);
    await later(c, 2 * DAY + 1);
    await call(c, deployer, governor, bravo, 'execute', [id]);
  }
  return { token, governor, timelock, deciders, small, firstId: PREVIOUS_COUNT + 1n, proposals: 12 };
}

function encodeAddress(a: Address): `0x${string}` {
  return `0x${a.slice(2).toLowerCase().padStart(64, '0')}`;
}
