/**
 * analyzeToken on a real Anvil: chain-power's governance, liquidity and Safe scenarios plus
 * chain-core's own tokens (drifting balances, bytes32 metadata, not-a-token).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAbi, parseEther, type Address } from 'viem';
import { analyzeToken } from '../../../lib/analysis/analyzeToken';
import { createChainClient } from '../../../lib/chain/createClient';
import { NotAContractError, NotAnErc20Error, ScanAbortedError, WrongChainError } from '../../../lib/chain/errors';
import { readTokenFacts } from '../../../lib/chain/token/readTokenFacts';
import { scanHolders } from '../../../lib/chain/holders/scanHolders';
import { classifyAddresses } from '../../../lib/chain/token/classifyAddresses';
import type { AnalysisProgress } from '../../../lib/messaging/background-protocol';
import { startAnvil, type AnvilNode } from '../../support/anvil';
import { accounts, clientsFor, installMulticall3, type Clients } from '../../support/chain';
import { deployGovernanceScenario, type GovernanceScenario } from '../../support/scenarios/governance';
import { addV2Liquidity, deployUniswap, type UniswapDeployment } from '../../support/scenarios/liquidity';
import { deploySafe, deploySafeInfra } from '../../support/scenarios/safe';
import { deployNamed, send } from '../../support/scenarios/tx';
import { startFaultyRpc } from '../../support/faulty-rpc';

const erc20 = parseAbi(['function transfer(address,uint256) returns (bool)', 'function balanceOf(address) view returns (uint256)']);

describe('analyzeToken on Anvil', () => {
  let node: AnvilNode;
  let c: Clients;
  let gov: GovernanceScenario;
  let uni: UniswapDeployment;
  let pair: Address;
  let safe: Address;
  let drifting: Address;
  let head: bigint;
  const client = () => createChainClient({ rpcUrl: node.rpcUrl });

  beforeAll(async () => {
    node = await startAnvil();
    c = clientsFor(node);
    await installMulticall3(c);
    gov = await deployGovernanceScenario(c);
    uni = await deployUniswap(c);
    pair = await addV2Liquidity(c, uni, gov.token, parseEther('2000'), parseEther('10'));
    const infra = await deploySafeInfra(c);
    safe = await deploySafe(c, infra, [accounts[3].address, accounts[4].address, accounts[5].address], 2);
    await send(c, { address: gov.token, abi: erc20, functionName: 'transfer', args: [safe, parseEther('3000')] });
    drifting = await deployNamed(c, 'CoreTokenDrifting', [parseEther('1000')]);
    await send(c, { address: drifting, abi: erc20, functionName: 'transfer', args: [accounts[1].address, parseEther('100')] });
    await send(c, {
      address: drifting,
      abi: parseAbi(['function setDrift(address,uint256)']),
      functionName: 'setDrift',
      args: [accounts[1].address, parseEther('5')],
    });
    head = await c.public.getBlockNumber({ cacheTime: 0 });
  });
  afterAll(() => node?.stop());

  it('composes token, holders, control, governance and liquidity into one report', async () => {
    const phases: AnalysisProgress[] = [];
    const r = await analyzeToken(client(), {
      address: gov.token,
      governor: gov.governor,
      liquidity: { dexes: uni.dexes },
      onProgress: (p) => phases.push(p),
    });
    expect(r.schemaVersion).toBe(1);
    expect(r.chainId).toBe(31337);
    expect(r.block.number).toBe(Number(head));
    expect(r.token).toMatchObject({ address: gov.token, decimals: 18, totalSupply: parseEther('1000000').toString() });
    expect(r.sources.map((s) => [s.section, s.ok])).toEqual([
      ['token', true],
      ['holders', true],
      ['control', true],
      ['governance', true],
      ['liquidity', true],
    ]);
    const h = r.holders!;
    expect(h.source).toBe('logs');
    expect(h.complete).toBe(true);
    expect(h.mismatches).toBeUndefined();
    // Every holder's balance matches balanceOf.
    for (const e of h.top) {
      const onChain = await c.public.readContract({ address: gov.token, abi: erc20, functionName: 'balanceOf', args: [e.address] });
      expect(e.balance).toBe(onChain.toString());
      expect(e.verified).toBe(true);
    }
    expect(h.count).toBe(h.top.length);
    const byAddress = new Map(h.top.map((e) => [e.address, e]));
    expect(byAddress.get(gov.timelock)).toMatchObject({ kind: 'timelock', excludedAs: 'treasury' });
    expect(byAddress.get(pair)).toMatchObject({ kind: 'contract', excludedAs: 'dex' });
    expect(byAddress.get(safe)).toMatchObject({ kind: 'safe' });
    expect(byAddress.get(accounts[1].address)).toMatchObject({ kind: 'eoa' });
    expect(byAddress.get(accounts[1].address)?.excludedAs).toBeUndefined();
    expect(h.raw.top1).toBeCloseTo(0.6, 6);
    expect(h.circulating.holders).toBe(h.raw.holders - 2);
    expect(r.governance?.votingPower.delegatesToQuorum).toBe(3);
    expect(r.liquidity?.pools.map((p) => p.address)).toContain(pair);
    expect(r.control).toBeDefined();
    expect(phases[0].phase).toBe('token');
    expect(phases.at(-1)).toEqual({ phase: 'done', fraction: 1 });
    // The holder scan reports real counts: blocks scanned out of the blocks from creation to head.
    const scans = phases.filter((p) => p.phase === 'holders' && p.counts);
    expect(scans.length).toBeGreaterThan(0);
    const lastScan = scans.at(-1)!.counts!;
    expect(lastScan.unit).toBe('blocks');
    expect(lastScan.done).toBe(lastScan.total);
    expect(lastScan.total).toBeGreaterThan(0);
    expect(lastScan.total).toBeLessThanOrEqual(Number(head) + 1);
    expect(() => JSON.parse(JSON.stringify(r))).not.toThrow();
  });

  it('scans a Uniswap V2 LP token like any ERC-20', async () => {
    const { balances, complete } = await scanHolders(client(), { token: pair, fromBlock: 0n, toBlock: head });
    const lp = await c.public.readContract({ address: pair, abi: erc20, functionName: 'balanceOf', args: [accounts[0].address] });
    expect(lp).toBeGreaterThan(0n);
    // address(0) holds MINIMUM_LIQUIDITY; as the mint/burn counterparty it is never listed as a holder.
    expect(balances).toEqual(new Map([[accounts[0].address.toLowerCase(), lp]]));
    expect(complete).toBe(true);
  });

  it('pins the block it is given', async () => {
    const before = await analyzeToken(client(), { address: drifting, blockNumber: head - 2n });
    expect(before.block.number).toBe(Number(head - 2n));
    expect(before.holders?.top.map((e) => e.address)).toEqual([accounts[0].address]);
  });

  it('flags balances that disagree with the logs and takes the on-chain value', async () => {
    const r = await analyzeToken(client(), { address: drifting });
    const h = r.holders!;
    expect(h.complete).toBe(false);
    expect(h.mismatches).toEqual([{ address: accounts[1].address, reported: parseEther('100').toString(), onChain: parseEther('105').toString() }]);
    expect(h.top.find((e) => e.address === accounts[1].address)?.balance).toBe(parseEther('105').toString());
    expect(r.sources.find((s) => s.section === 'holders')?.error).toMatch(/differ from balanceOf/);
  });

  it('takes an indexer list when asked, verifies it and never calls it complete', async () => {
    const r = await analyzeToken(client(), {
      address: gov.token,
      sourceMode: 'indexer',
      topHolders: async ({ chainId, token }) => {
        expect(chainId).toBe(31337);
        expect(token).toBe(gov.token);
        return {
          source: 'blockscout',
          holderCount: 40,
          holders: [
            { address: gov.timelock, balance: parseEther('600000') },
            { address: accounts[1].address, balance: parseEther('999') }, // stale
          ],
        };
      },
    });
    const h = r.holders!;
    expect(h.source).toBe('blockscout');
    expect(h.complete).toBe(false);
    expect(h.count).toBe(40);
    expect(h.mismatches).toEqual([
      { address: accounts[1].address, reported: parseEther('999').toString(), onChain: parseEther('110000').toString() },
    ]);
    expect(h.top[1].balance).toBe(parseEther('110000').toString());
    expect(h.raw.top1).toBeCloseTo(0.6, 6);
  });

  it('auto mode scans logs for a small token even with an indexer available', async () => {
    let asked = false;
    const r = await analyzeToken(client(), {
      address: drifting,
      topHolders: async () => ((asked = true), null),
    });
    expect(asked).toBe(false);
    expect(r.holders?.source).toBe('logs');
  });

  it('auto mode takes the indexer when the sample of recent logs is over the provider cap', async () => {
    const proxy = await startFaultyRpc(node.rpcUrl, { resultCap: 1 });
    try {
      const r = await analyzeToken(createChainClient({ rpcUrl: proxy.url }), {
        address: gov.token,
        topHolders: async () => ({ source: 'ethplorer', holderCount: 12, holders: [{ address: gov.timelock, balance: parseEther('600000') }] }),
      });
      expect(r.holders?.source).toBe('ethplorer');
      expect(r.holders?.complete).toBe(false);
      expect(r.holders?.mismatches).toBeUndefined();
      expect(r.sources.find((s) => s.section === 'holders')).toMatchObject({ source: 'ethplorer', ok: true });
    } finally {
      await proxy.close();
    }
  });

  it('leaves a failing section out and says why', async () => {
    const r = await analyzeToken(client(), { address: drifting, governor: drifting });
    expect(r.governance).toBeUndefined();
    const g = r.sources.find((s) => s.section === 'governance');
    expect(g?.ok).toBe(false);
    expect(g?.error).toBeTruthy();
    expect(r.holders).toBeDefined();
  });

  it('never marks holders complete when the provider silently drops logs', async () => {
    const proxy = await startFaultyRpc(node.rpcUrl, { truncateLogs: 5 });
    try {
      const r = await analyzeToken(createChainClient({ rpcUrl: proxy.url }), { address: gov.token });
      expect(proxy.stats.injected.truncateLogs).toBeGreaterThan(0);
      expect(r.holders?.complete).toBe(false);
    } finally {
      await proxy.close();
    }
  });

  it('leaves holders out, never partial, when the provider cannot serve the logs', async () => {
    const proxy = await startFaultyRpc(node.rpcUrl, { resultCap: 0 });
    try {
      const r = await analyzeToken(createChainClient({ rpcUrl: proxy.url }), { address: drifting });
      expect(r.holders).toBeUndefined();
      expect(r.sources.find((s) => s.section === 'holders')).toMatchObject({ ok: false, error: expect.stringMatching(/refuses the logs of block/) });
      expect(r.token.symbol).toBe('DRIFT');
    } finally {
      await proxy.close();
    }
  });

  it('reads bytes32 names and rejects what is not an ERC-20 token', async () => {
    const mkr = await deployNamed(c, 'CoreTokenBytes32');
    expect(await readTokenFacts(client(), { address: mkr })).toMatchObject({ name: 'Maker', symbol: 'MKR', decimals: 18 });
    const notToken = await deployNamed(c, 'CoreNotAToken');
    await expect(analyzeToken(client(), { address: notToken })).rejects.toBeInstanceOf(NotAnErc20Error);
    await expect(analyzeToken(client(), { address: accounts[7].address })).rejects.toBeInstanceOf(NotAContractError);
  });

  it('refuses an RPC that serves another chain', async () => {
    const wrong = createChainClient({ rpcUrl: node.rpcUrl, chainId: 1 });
    await expect(analyzeToken(wrong, { address: gov.token })).rejects.toBeInstanceOf(WrongChainError);
  });

  it('stops with ScanAbortedError when cancelled', async () => {
    const ctl = new AbortController();
    const run = analyzeToken(client(), {
      address: gov.token,
      signal: ctl.signal,
      onProgress: (p) => p.phase === 'holders' && ctl.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(ScanAbortedError);
  });

  it('classifies EOAs, Safes, timelocks and other contracts in one batch', async () => {
    const kinds = await classifyAddresses(client(), { addresses: [accounts[2].address, safe, gov.timelock, gov.token] });
    expect(kinds.map((k) => k.kind)).toEqual(['eoa', 'safe', 'timelock', 'contract']);
    expect(kinds[1].safe).toEqual({ threshold: 2, owners: [accounts[3].address, accounts[4].address, accounts[5].address] });
    expect(kinds[2].timelock).toEqual({ minDelay: 2 * 86_400 });
  });
});
