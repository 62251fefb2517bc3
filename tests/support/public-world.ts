/**
 * Tokens for the public-endpoint tests and bench, on a real Anvil node:
 * - a risky one: an Ownable token whose EOA owner can mint, pause and blacklist, paired with WETH
 *   on a local Uniswap V2 whose LP tokens sit in the deployer's EOA, spread over `holders` wallets;
 * - any number of holders for the bench (CoreToken `spray`, 200 per transaction).
 * Blocks are mined after the transfers, so a pruned node (keeping the newest N) has lost the
 * creation block's state.
 */
import { getAddress, keccak256, parseAbi, parseEther, toHex, type Address } from 'viem';
import { accounts, clientsFor, deploy, installMulticall3, type Clients } from './chain';
import { loadContracts } from './compile';
import type { AnvilNode } from './anvil';
import { addV2Liquidity, deployUniswap, type UniswapDeployment } from './scenarios/liquidity';

export interface PublicWorld {
  c: Clients;
  uniswap: UniswapDeployment;
  token: Address;
  pair?: Address;
  holders: number;
  head: bigint;
}

const erc20 = parseAbi(['function transfer(address,uint256) returns (bool)']);

export function walletAddress(i: number): Address {
  return getAddress(keccak256(toHex(`public-holder-${i}`)).slice(0, 42));
}

/** Ownable EOA-minted token, EOA-held V2 pool, `holders` wallets, `tailBlocks` empty blocks after. */
export async function deployRiskyWorld(node: AnvilNode, opts: { holders?: number; tailBlocks?: number } = {}): Promise<PublicWorld> {
  const { holders = 40, tailBlocks = 300 } = opts;
  const c = clientsFor(node);
  await installMulticall3(c);
  const uniswap = await deployUniswap(c);
  await c.test.mine({ blocks: 50 });
  const token = await deploy(c, 'OwnedToken', [parseEther('1000000')]);
  for (let i = 0; i < holders; i++) {
    const hash = await c.wallet.writeContract({
      address: token,
      abi: erc20,
      functionName: 'transfer',
      args: [walletAddress(i), parseEther(String(100 + i * 7))],
    });
    await c.public.waitForTransactionReceipt({ hash });
  }
  const pair = await addV2Liquidity(c, uniswap, token, parseEther('200000'), parseEther('5'));
  await c.test.mine({ blocks: tailBlocks });
  return { c, uniswap, token, pair, holders, head: await c.public.getBlockNumber({ cacheTime: 0 }) };
}

/** A plain token spread over `holders` wallets with CoreToken.spray (200 per transaction). */
export async function deploySprayedWorld(node: AnvilNode, holders: number, opts: { tailBlocks?: number } = {}): Promise<PublicWorld> {
  const c = clientsFor(node);
  await installMulticall3(c);
  const uniswap = await deployUniswap(c);
  await c.test.mine({ blocks: 50 });
  const token = await deploy(c, 'CoreToken', ['Spray', 'SPR', parseEther('1000000000')]);
  const abi = loadContracts().CoreToken!.abi;
  for (let from = 0; from < holders; from += 200) {
    const to = Array.from({ length: Math.min(200, holders - from) }, (_, i) => walletAddress(from + i));
    const amounts = to.map((_, i) => parseEther(String(((from + i) % 11 === 0 ? 50_000 : 100) + i)));
    const hash = await c.wallet.writeContract({ address: token, abi, functionName: 'spray', args: [to, amounts], account: accounts[0] });
    await c.public.waitForTransactionReceipt({ hash });
    await c.test.mine({ blocks: 10 });
  }
  await c.test.mine({ blocks: opts.tailBlocks ?? 300 });
  return { c, uniswap, token, holders, head: await c.public.getBlockNumber({ cacheTime: 0 }) };
}
