/**
 * Worlds for the clusters, concentration-over-time and vote-history sections, on a real Anvil
 * with the OpenZeppelin ERC20Votes token and Governor compiled from tests/support/contracts:
 * - teamSplit: 60% goes to one wallet that keeps 3% and passes 3% on to 19 others (20 wallets
 *   linked by transfers); 40% goes to 40 unrelated holders. Nobody holds more than 3%.
 * - sybilAirdrop: one sender gives 1.2% each to 50 fresh wallets in a single block and keeps
 *   nothing; 40% goes to 40 unrelated holders in separate blocks.
 * - accumulation: 100 holders of 1% for a month; in the last week three whales each collect
 *   ten holders' whole balances (top 10: 10% → 37%, holders 100 → 73).
 * - decidedVotes: a Governor with 12 executed proposals; in 10 the same three voters (13% each)
 *   are more than half of the votes cast, 2 are decided by six small voters.
 */
import { parseAbi, parseEther, keccak256, stringToHex, zeroAddress, type Address } from 'viem';
import { privateKeyToAddress } from 'viem/accounts';
import { accounts, type Clients } from '../chain';
import { abiOf, deployNamed, send } from './tx';

const SUPPLY = parseEther('1000000');
const pct = (x: number) => (SUPPLY * BigInt(Math.round(x * 1000))) / 100_000n;
const erc20 = parseAbi(['function transfer(address,uint256) returns (bool)', 'function delegate(address)']);
const DAY = 86_400;

/** Deterministic fresh addresses (no key material needed to receive). */
export function wallets(seed: number, n: number): Address[] {
  return Array.from({ length: n }, (_, i) => privateKeyToAddress(`0x${(seed * 10_000 + i + 1).toString(16).padStart(64, '0')}`));
}

/** Sends from any address: Anvil impersonates it and funds its gas. */
async function sendFrom(
  c: Clients,
  from: Address,
  address: Address,
  fn: 'transfer' | 'delegate',
  args: readonly unknown[],
  wait = true,
): Promise<`0x${string}`> {
  await c.test.impersonateAccount({ address: from });
  await c.test.setBalance({ address: from, value: parseEther('10') });
  const hash = await c.wallet.writeContract({
    address,
    abi: erc20,
    functionName: fn as 'transfer',
    args: args as [Address, bigint],
    account: from,
    chain: c.chain,
  });
  if (wait) {
    const r = await c.public.waitForTransactionReceipt({ hash });
    if (r.status !== 'success') throw new Error(`${fn} reverted`);
  }
  return hash;
}

const transfer = (c: Clients, token: Address, from: Address, to: Address, amount: bigint, wait = true) =>
  sendFrom(c, from, token, 'transfer', [to, amount], wait);

async function newToken(c: Clients): Promise<Address> {
  return deployNamed(c, 'VotesToken', [SUPPLY]);
}

async function spread(c: Clients, token: Address, to: Address[], each: bigint): Promise<void> {
  for (const a of to) await transfer(c, token, accounts[0].address, a, each);
}

async function age(c: Clients, days: number): Promise<void> {
  await c.test.increaseTime({ seconds: days * DAY });
  await c.test.mine({ blocks: 1 });
}

export interface TeamSplitWorld {
  token: Address;
  team: Address[];
  publicHolders: Address[];
}

export async function deployTeamSplit(c: Clients): Promise<TeamSplitWorld> {
  const token = await newToken(c);
  const team = wallets(1, 20);
  const publicHolders = wallets(2, 40);
  await spread(c, token, publicHolders, pct(1));
  await transfer(c, token, accounts[0].address, team[0], pct(60));
  for (const w of team.slice(1)) await transfer(c, token, team[0], w, pct(3));
  await age(c, 10);
  return { token, team, publicHolders };
}

export interface SybilWorld {
  token: Address;
  sender: Address;
  sybils: Address[];
  airdropBlock: bigint;
}

export async function deploySybilAirdrop(c: Clients): Promise<SybilWorld> {
  const token = await newToken(c);
  const sender = wallets(3, 1)[0];
  const sybils = wallets(4, 50);
  await spread(c, token, wallets(5, 40), pct(1));
  await transfer(c, token, accounts[0].address, sender, pct(60));
  await c.test.impersonateAccount({ address: sender });
  await c.test.setBalance({ address: sender, value: parseEther('10') });
  await c.test.setAutomine(false);
  let last: `0x${string}` = '0x';
  try {
    for (const s of sybils) last = await transfer(c, token, sender, s, pct(1.2), false);
    await c.test.mine({ blocks: 1 });
  } finally {
    await c.test.setAutomine(true);
  }
  const receipt = await c.public.waitForTransactionReceipt({ hash: last });
  await age(c, 10);
  return { token, sender, sybils, airdropBlock: receipt.blockNumber };
}

export interface AccumulationWorld {
  token: Address;
  whales: Address[];
  /** Last block before the accumulation started. */
  quietBlock: bigint;
}

export async function deployAccumulation(c: Clients): Promise<AccumulationWorld> {
  const token = await newToken(c);
  const holders = wallets(6, 100);
  await spread(c, token, holders, pct(1));
  await age(c, 30);
  const quietBlock = await c.public.getBlockNumber({ cacheTime: 0 });
  await age(c, 1);
  const whales = wallets(7, 3);
  for (let day = 0; day < 5; day++) {
    for (let w = 0; w < 3; w++) {
      for (const h of holders.slice(w * 10 + day * 2, w * 10 + day * 2 + 2)) await transfer(c, token, h, whales[w], pct(1));
    }
    await age(c, 1);
  }
  return { token, whales, quietBlock };
}

export interface VotesWorld {
  token: Address;
  governor: Address;
  deciders: Address[];
  small: Address[];
  proposals: number;
}

/** OpenZeppelin Governor (the WhaleGovernor of PowerVotes.sol) with a 1 s timelock, 12 executed proposals. */
export async function deployDecidedVotes(c: Clients): Promise<VotesWorld> {
  const deployer = accounts[0];
  const token = await newToken(c);
  const timelock = await deployNamed(c, 'GovTimelock', [1n, [], [zeroAddress], deployer.address]);
  const governor = await deployNamed(c, 'WhaleGovernor', [token, timelock, 1, 40, 0n, 4n]);
  const tl = parseAbi(['function grantRole(bytes32,address)']);
  for (const role of ['PROPOSER_ROLE', 'CANCELLER_ROLE']) {
    await send(c, { address: timelock, abi: tl, functionName: 'grantRole', args: [keccak256(stringToHex(role)), governor] });
  }
  const deciders = wallets(8, 3);
  const small = wallets(9, 10);
  for (const d of deciders) await transfer(c, token, deployer.address, d, pct(13));
  for (const s of small) await transfer(c, token, deployer.address, s, pct(2));
  await transfer(c, token, deployer.address, timelock, pct(41));
  for (const v of [...deciders, ...small]) await sendFrom(c, v, token, 'delegate', [v]);
  await c.test.mine({ blocks: 1 });

  const gov = abiOf('WhaleGovernor');
  const target = [accounts[9].address] as const;
  for (let i = 0; i < 12; i++) {
    const description = `Proposal ${i + 1}`;
    const args = [target, [0n], ['0x'], description] as const;
    await send(c, { address: governor, abi: gov, functionName: 'propose', args: args as never });
    await c.test.mine({ blocks: 2 });
    const id = (await c.public.readContract({
      address: governor,
      abi: gov,
      functionName: 'hashProposal',
      args: [target, [0n], ['0x'], keccak256(stringToHex(description))],
    })) as bigint;
    const voters = i < 10 ? [...deciders, ...small.slice(0, 7)] : small;
    for (const v of voters) {
      await c.test.impersonateAccount({ address: v });
      const hash = await c.wallet.writeContract({ address: governor, abi: gov, functionName: 'castVote', args: [id, 1], account: v, chain: c.chain });
      await c.public.waitForTransactionReceipt({ hash });
    }
    await c.test.mine({ blocks: 41 });
    await send(c, { address: governor, abi: gov, functionName: 'queue', args: [target, [0n], ['0x'], keccak256(stringToHex(description))] as never });
    await c.test.increaseTime({ seconds: 2 });
    await c.test.mine({ blocks: 1 });
    await send(c, {
      address: governor,
      abi: gov,
      functionName: 'execute',
      args: [target, [0n], ['0x'], keccak256(stringToHex(description))] as never,
    });
  }
  return { token, governor, deciders, small, proposals: 12 };
}
