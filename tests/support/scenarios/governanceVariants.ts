/**
 * Governor variants beside the main scenario: an OpenZeppelin Governor on a timestamp clock,
 * and a GovernorBravo-style governor (Compound's getters, a COMP-style token read with
 * getCurrentVotes, a Compound-style timelock with delay()).
 */
import { parseEther, zeroAddress, type Address } from 'viem';
import { accounts, type Clients } from '../chain';
import { abiOf, deployNamed, send } from './tx';

export interface VariantScenario {
  token: Address;
  governor: Address;
  timelock: Address;
}

const e = (n: number) => parseEther(String(n));

async function spreadAndDelegate(c: Clients, tokenName: string, token: Address, amounts: number[]): Promise<void> {
  const abi = abiOf(tokenName);
  for (const [i, amount] of amounts.entries()) {
    const holder = accounts[i + 1];
    await send(c, { address: token, abi, functionName: 'transfer', args: [holder.address, e(amount)] });
    await send(c, { address: token, abi, functionName: 'delegate', args: [holder.address], account: holder });
  }
}

/** Timestamp clock: quorum 10% of 1M; delegates 60k, 50k → two reach quorum. */
export async function deployTimestampGovernor(c: Clients): Promise<VariantScenario> {
  const token = await deployNamed(c, 'TimestampVotesToken', [e(1_000_000)]);
  const timelock = await deployNamed(c, 'GovTimelock', [3600n, [], [zeroAddress], accounts[0].address]);
  const governor = await deployNamed(c, 'WhaleGovernor', [token, timelock, 3600, 86_400, e(1_000), 10n]);
  await spreadAndDelegate(c, 'TimestampVotesToken', token, [60_000, 50_000]);
  await c.test.increaseTime({ seconds: 60 });
  await c.test.mine({ blocks: 1 });
  return { token, governor, timelock };
}

/** Bravo style: quorumVotes 400k of 10M (Compound's constant); delegates 300k, 150k, 100k → two. */
export async function deployBravoGovernor(c: Clients): Promise<VariantScenario> {
  const token = await deployNamed(c, 'CompLikeToken', [e(10_000_000)]);
  const timelock = await deployNamed(c, 'CompoundStyleTimelock', [accounts[0].address, BigInt(2 * 86_400)]);
  const governor = await deployNamed(c, 'BravoStyleGovernor', [token, timelock, e(400_000), e(25_000), 13_140n, 19_710n]);
  await spreadAndDelegate(c, 'CompLikeToken', token, [300_000, 150_000, 100_000]);
  return { token, governor, timelock };
}
