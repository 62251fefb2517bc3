/**
 * A token a careful analyst would call healthy, on a real Anvil node: WETH9 (no owner, no
 * privileges), spread over 30 wallets with none above 5%, no DEX pool, and more than a week
 * old (time is moved forward after the transfers). Shared by the integration tests.
 */
import { parseAbi, parseEther, type Address } from 'viem';
import { privateKeyToAddress } from 'viem/accounts';
import { accounts, clientsFor, deployArtifact, installMulticall3, uniswapV2Artifact, type Clients } from '../support/chain';
import type { AnvilNode } from '../support/anvil';

export const wethAbi = parseAbi([
  'function deposit() payable',
  'function transfer(address to, uint256 amount) returns (bool)',
  'function balanceOf(address) view returns (uint256)',
  'function totalSupply() view returns (uint256)',
]);

export interface HealthyWorld {
  c: Clients;
  token: Address;
  holders: { address: Address; balance: bigint }[];
  totalSupply: bigint;
  /** Block after the time jump: the token is ≥ 8 days old here. */
  block: bigint;
}

const HOLDERS = 30;

export async function deployHealthyWorld(node: AnvilNode): Promise<HealthyWorld> {
  const c = clientsFor(node);
  await installMulticall3(c);
  const token = await deployArtifact(c, uniswapV2Artifact('WETH9'));
  const holders = Array.from({ length: HOLDERS }, (_, i) => ({
    address: privateKeyToAddress(`0x${(i + 1).toString(16).padStart(64, '0')}` as `0x${string}`),
    balance: parseEther('1') + parseEther('0.05') * BigInt(i),
  }));
  const totalSupply = holders.reduce((s, h) => s + h.balance, 0n);
  const wait = async (hash: `0x${string}`) => void (await c.public.waitForTransactionReceipt({ hash }));
  await wait(await c.wallet.writeContract({ address: token, abi: wethAbi, functionName: 'deposit', value: totalSupply, account: accounts[0] }));
  for (const h of holders) {
    await wait(
      await c.wallet.writeContract({ address: token, abi: wethAbi, functionName: 'transfer', args: [h.address, h.balance], account: accounts[0] }),
    );
  }
  await c.test.increaseTime({ seconds: 8 * 24 * 3600 });
  await c.test.mine({ blocks: 1 });
  const block = await c.public.getBlockNumber({ cacheTime: 0 }); // not the client's cached value
  holders.sort((a, b) => (a.balance > b.balance ? -1 : 1));
  return { c, token, holders, totalSupply, block };
}
