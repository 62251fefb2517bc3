/**
 * `report token` on every chain-power scenario (one Anvil): the composed Report carries the right
 * holders, control, governance and liquidity facts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseAbi } from 'viem';
import { run } from '../../../lib/cli/commands/token';
import { analyzeToken } from '../../../lib/analysis/analyzeToken';
import { createChainClient } from '../../../lib/chain/createClient';
import type { Report } from '../../../lib/report/types';
import { startAnvil, type AnvilNode } from '../../support/anvil';
import { clientsFor, type Clients } from '../../support/chain';
import { deployPowerWorld, type PowerWorld } from '../../support/scenarios';

let node: AnvilNode;
let c: Clients;
let world: PowerWorld;

beforeAll(async () => {
  node = await startAnvil();
  c = clientsFor(node);
  world = await deployPowerWorld(c);
});
afterAll(() => node?.stop());

async function reportOf(address: string, ...flags: string[]): Promise<Report> {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((s) => void out.push(String(s)));
  try {
    expect(await run([address, '--rpc', node.rpcUrl, '--json', ...flags])).toBe(0);
  } finally {
    log.mockRestore();
  }
  return JSON.parse(out.join('\n')) as Report;
}

const balanceOf = parseAbi(['function balanceOf(address) view returns (uint256)']);

async function expectHoldersMatchChain(r: Report) {
  expect(r.holders?.complete).toBe(true);
  for (const e of r.holders!.top) {
    const onChain = await c.public.readContract({ address: r.token.address, abi: balanceOf, functionName: 'balanceOf', args: [e.address] });
    expect(e.balance).toBe(onChain.toString());
  }
  expect(r.sources.every((s) => s.ok)).toBe(true);
}

describe('report token on each scenario', () => {
  it('Ownable token with mint, pause and blacklist held by an EOA', async () => {
    const r = await reportOf(world.owned.ownedToken);
    await expectHoldersMatchChain(r);
    expect(r.control?.owner).toMatchObject({ address: world.owned.owner, kind: 'eoa' });
    const names = r.control!.privileges.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['mint', 'pause', 'blacklist']));
    for (const p of r.control!.privileges.filter((p) => ['mint', 'pause', 'blacklist'].includes(p.name))) {
      expect(p).toMatchObject({ heldBy: world.owned.owner, holderKind: 'eoa' });
    }
  });

  it('token owned by a 2-of-3 Safe', async () => {
    const r = await reportOf(world.safe.token);
    await expectHoldersMatchChain(r);
    expect(r.control?.owner).toMatchObject({ address: world.safe.safe, kind: 'safe', safe: { threshold: 2, owners: world.safe.owners } });
  });

  it('transparent and UUPS proxies', async () => {
    const transparent = await reportOf(world.proxies.transparent);
    await expectHoldersMatchChain(transparent);
    expect(transparent.control?.proxy).toMatchObject({ standard: 'eip1967-transparent', implementation: world.proxies.transparentImplementation });
    const uups = await reportOf(world.proxies.uups);
    expect(uups.control?.proxy).toMatchObject({ standard: 'eip1967-uups', implementation: world.proxies.uupsImplementation });
    expect(uups.token.name).not.toBe('');
  });

  it('whale-dominated ERC20Votes token with Governor and timelock: three delegates reach quorum', async () => {
    const g = world.governance;
    const r = await reportOf(g.token, '--governor', g.governor);
    await expectHoldersMatchChain(r);
    expect(r.governance).toMatchObject({ governor: g.governor, standard: 'oz-governor', timelock: g.timelock, timelockDelay: 2 * 86_400 });
    expect(r.governance?.votingPower.delegatesToQuorum).toBe(3);
    expect(r.holders?.top[0]).toMatchObject({ address: g.timelock, kind: 'timelock', excludedAs: 'treasury' });
  });

  it('V2 pair with burned LP and one whose LP sits with the deployer (pools as non-circulating holders)', async () => {
    const l = world.liquidity;
    const client = createChainClient({ rpcUrl: node.rpcUrl });
    const burned = await analyzeToken(client, { address: l.burnedToken, liquidity: { dexes: l.uniswap.dexes } });
    const pool = burned.liquidity?.pools.find((p) => p.address === l.burnedPair);
    expect(pool?.lp?.burnedOrLocked).toBeGreaterThan(0.99);
    expect(burned.holders?.top.find((e) => e.address === l.burnedPair)?.excludedAs).toBe('dex');

    const rug = await analyzeToken(client, { address: l.deployerToken, liquidity: { dexes: l.uniswap.dexes } });
    const pair = rug.liquidity?.pools.find((p) => p.address === l.deployerPair);
    expect(pair?.lp).toMatchObject({ top1Holder: l.deployer, top1Kind: 'eoa', burnedOrLocked: 0 });
    expect(rug.liquidity?.pools.map((p) => p.address)).toContain(l.v3Pool);
  });
});
