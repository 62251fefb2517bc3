/**
 * Governor variants beside the main scenario: an OpenZeppelin Governor on a timestamp clock,
 * and a GovernorBravo-style governor (Compound's getters, a COMP-style token read with
 * getCurrentVotes, a Compound-style timelock with delay()).
 */
import { getAddress, getContractAddress, parseEther, zeroAddress, type Address } from 'viem';
import { accounts, deployArtifact, type Clients } from '../chain';
import { loadMainnetContracts } from '../compileMainnet';
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

/**
 * Compound's own contracts: COMP (10M supply), GovernorBravoDelegator over GovernorBravoDelegate
 * (quorumVotes 400k, a constant), the Compound Timelock (admin = the governor, 2-day delay);
 * delegates 300k, 150k, 100k → two reach quorum. Bravo's smallest allowed threshold is 50k.
 */
export async function deployBravoGovernor(c: Clients): Promise<VariantScenario> {
  const k = loadMainnetContracts('compound');
  const deployer = accounts[0];
  const deployReal = async (name: string, args: readonly unknown[] = []) => getAddress(await deployArtifact(c, k[name]!, args, deployer));
  const token = await deployReal('Comp', [deployer.address]);
  const nonce = await c.public.getTransactionCount({ address: deployer.address });
  const governor = getAddress(getContractAddress({ from: deployer.address, nonce: BigInt(nonce + 2) }));
  const timelock = await deployReal('Timelock', [governor, BigInt(2 * 86_400)]);
  const delegate = await deployReal('GovernorBravoDelegate');
  const deployed = await deployReal('GovernorBravoDelegator', [timelock, token, deployer.address, delegate, 19_710n, 13_140n, BRAVO_THRESHOLD]);
  if (deployed !== governor) throw new Error('GovernorBravoDelegator is not at the address the Timelock was given');
  const abi = k.Comp!.abi;
  for (const [i, amount] of [300_000, 150_000, 100_000].entries()) {
    const holder = accounts[i + 1];
    await send(c, { address: token, abi, functionName: 'transfer', args: [holder.address, e(amount)] });
    await send(c, { address: token, abi, functionName: 'delegate', args: [holder.address], account: holder });
  }
  return { token, governor, timelock };
}

/** GovernorBravoDelegate's MIN_PROPOSAL_THRESHOLD. */
export const BRAVO_THRESHOLD = parseEther('50000');
