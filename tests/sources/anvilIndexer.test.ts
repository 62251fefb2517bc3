/**
 * Indexer data from a real chain: a WETH9 token on Anvil gets holders by real deposits; the
 * loopback Blockscout serves exactly those balances, indexerTopHolders returns them, and after
 * `lie()` chain-core's verifyHolders (multicall at the pinned block) catches the lie and the
 * chain's value wins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAbi, parseEther, type Address } from 'viem';
import { verifyHolders } from '../../lib/chain/holders/verifyHolders';
import { indexerTopHolders } from '../../lib/sources/topHolders';
import { SourceHttp } from '../../lib/sources/http/sourceHttp';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { accounts, clientsFor, deployArtifact, installMulticall3, uniswapV2Artifact, type Clients } from '../support/chain';
import { startBlockscout, type BlockscoutServer } from '../support/loopback/blockscout';

const erc20 = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function totalSupply() view returns (uint256)',
  'function deposit() payable',
]);

describe('loopback Blockscout serving an Anvil token', () => {
  let node: AnvilNode;
  let c: Clients;
  let server: BlockscoutServer;
  let weth: Address;
  let block: bigint;
  const http = new SourceHttp({ policies: { blockscout: [{ capacity: 20, perSecond: 200 }] } });

  beforeAll(async () => {
    node = await startAnvil();
    c = clientsFor(node);
    await installMulticall3(c);
    weth = await deployArtifact(c, uniswapV2Artifact('WETH9'));
    for (let i = 1; i <= 6; i++) {
      const hash = await c.wallet.writeContract({
        address: weth,
        abi: erc20,
        functionName: 'deposit',
        value: parseEther(String(i * 7)),
        account: accounts[i],
      });
      await c.public.waitForTransactionReceipt({ hash });
    }
    // cacheTime 0: viem caches the block number for its polling interval, which would pin a block before the deposits.
    block = await c.public.getBlockNumber({ cacheTime: 0 });
    const holders = await Promise.all(
      accounts.slice(1, 7).map(async (a) => ({
        address: a.address,
        balance: await c.public.readContract({ address: weth, abi: erc20, functionName: 'balanceOf', args: [a.address], blockNumber: block }),
      })),
    );
    const totalSupply = await c.public.readContract({ address: weth, abi: erc20, functionName: 'totalSupply', blockNumber: block });
    server = await startBlockscout({ tokens: [{ address: weth, name: 'Wrapped Ether', symbol: 'WETH', holders, totalSupply }] });
  });
  afterAll(async () => {
    await server?.close();
    await node?.stop();
  });

  const onChain = (holder: Address) =>
    c.public.readContract({ address: weth, abi: erc20, functionName: 'balanceOf', args: [holder], blockNumber: block });

  it('an honest indexer agrees with the chain at the pinned block', async () => {
    const res = await indexerTopHolders({ chainId: node.chainId, blockscoutUrl: server.url, http })({
      chainId: node.chainId,
      token: weth,
      blockNumber: block,
    });
    expect(res?.source).toBe('blockscout');
    expect(res?.holders.map((h) => h.address)).toEqual(
      accounts
        .slice(1, 7)
        .reverse()
        .map((a) => a.address),
    );
    expect(res?.totalSupply).toBe(parseEther(String(7 * 21)));
    for (const h of res!.holders) expect(h.balance).toBe(await onChain(h.address));
  });

  it('a lying indexer is caught by verifyHolders at the pinned block; the chain wins', async () => {
    server.lie(weth, accounts[3].address, parseEther('1000'));
    const res = await indexerTopHolders({ chainId: node.chainId, blockscoutUrl: server.url, http })({
      chainId: node.chainId,
      token: weth,
      blockNumber: block,
    });
    // The liar's claim even reorders the list: it is now the "top holder".
    expect(res?.holders[0].address).toBe(accounts[3].address);
    const checked = await verifyHolders(c.public, { token: weth, holders: res!.holders, blockNumber: block });
    expect(checked.mismatches).toEqual([{ address: accounts[3].address, reported: parseEther('1000'), onChain: parseEther('21') }]);
    expect(checked.holders.find((h) => h.address === accounts[3].address)?.balance).toBe(parseEther('21'));
    expect(checked.totalSupply).toBe(res?.totalSupply);
  });
});
