/**
 * A small token world on a real Anvil for the chain-core tests: a CoreToken sprayed to many
 * holders over many blocks, with transfers between holders and a burn, so the log history is
 * richer than "mint then done".
 */
import { getAddress, keccak256, parseEther, toHex, type Address } from 'viem';
import { startAnvil, type AnvilNode } from '../../support/anvil';
import { accounts, clientsFor, deploy, installMulticall3, type Clients } from '../../support/chain';
import { loadContracts } from '../../support/compile';

export const coreTokenAbi = () => loadContracts().CoreToken.abi;

export function holderAddress(i: number): Address {
  return getAddress(keccak256(toHex(`holder-${i}`)).slice(0, 42));
}

export interface CoreWorld {
  node: AnvilNode;
  c: Clients;
  token: Address;
  creationBlock: bigint;
  /** Every address that ever received tokens. */
  holders: Address[];
  head: bigint;
}

/** Deploys CoreToken and writes `rounds` spray transactions of `perRound` transfers, with empty blocks between. */
export async function startCoreWorld(opts: { rounds?: number; perRound?: number; gapBlocks?: number } = {}): Promise<CoreWorld> {
  const { rounds = 6, perRound = 40, gapBlocks = 20 } = opts;
  const node = await startAnvil();
  const c = clientsFor(node);
  await installMulticall3(c);
  await c.test.mine({ blocks: 5 });
  const token = await deploy(c, 'CoreToken', ['Core', 'CORE', parseEther('1000000000')]);
  const creationBlock = (
    await c.public.getTransactionReceipt({
      hash: (await c.public.getBlock({ includeTransactions: true })).transactions[0].hash,
    })
  ).blockNumber;
  const abi = coreTokenAbi();
  const holders: Address[] = [];
  for (let r = 0; r < rounds; r++) {
    const to = Array.from({ length: perRound }, (_, i) => holderAddress(r * perRound + i));
    // Deterministic, uneven amounts: a few whales, a long tail.
    const amounts = to.map((_, i) => parseEther(String(((r * perRound + i) % 7 === 0 ? 5_000_000 : 1_000) + i)));
    const hash = await c.wallet.writeContract({ address: token, abi, functionName: 'spray', args: [to, amounts] });
    await c.public.waitForTransactionReceipt({ hash });
    holders.push(...to);
    await c.test.mine({ blocks: gapBlocks });
  }
  // Anvil accounts trade among themselves and burn: from/to on both sides of balances.
  const amounts = [parseEther('123456'), parseEther('7'), parseEther('99999')];
  for (let i = 1; i <= 3; i++) {
    const hash = await c.wallet.writeContract({ address: token, abi, functionName: 'transfer', args: [accounts[i].address, amounts[i - 1]] });
    await c.public.waitForTransactionReceipt({ hash });
    holders.push(accounts[i].address);
  }
  const back = await c.wallet.writeContract({
    address: token,
    abi,
    functionName: 'transfer',
    args: [accounts[3].address, parseEther('5')],
    account: accounts[1],
  });
  await c.public.waitForTransactionReceipt({ hash: back });
  const burn = await c.wallet.writeContract({ address: token, abi, functionName: 'burn', args: [parseEther('1000')] });
  await c.public.waitForTransactionReceipt({ hash: burn });
  holders.push(accounts[0].address);
  // cacheTime 0: viem caches the block number for 4 s, and waitForTransactionReceipt has just read it.
  const head = await c.public.getBlockNumber({ cacheTime: 0 });
  return { node, c, token, creationBlock, holders, head };
}

/** balanceOf for each address at a block, read directly (the ground truth of the tests). */
export async function balancesOf(c: Clients, token: Address, addresses: Address[], blockNumber?: bigint): Promise<Map<string, bigint>> {
  const abi = coreTokenAbi();
  const out = new Map<string, bigint>();
  for (const a of addresses) {
    const b = (await c.public.readContract({ address: token, abi, functionName: 'balanceOf', args: [a], blockNumber })) as bigint;
    if (b > 0n) out.set(a.toLowerCase(), b);
  }
  return out;
}
