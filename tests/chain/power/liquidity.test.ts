import { getAddress, parseEther } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAIN_LIQUIDITY } from '../../../lib/chain/liquidity/dexes';
import { readLiquidity } from '../../../lib/chain/liquidity/readLiquidity';
import { startAnvil, type AnvilNode } from '../../support/anvil';
import { clientsFor, installMulticall3, type Clients } from '../../support/chain';
import { deployLiquidityScenario, type LiquidityScenario } from '../../support/scenarios/liquidity';

let node: AnvilNode;
let c: Clients;
let s: LiquidityScenario;
let block: bigint;

beforeAll(async () => {
  node = await startAnvil();
  c = clientsFor(node);
  await installMulticall3(c);
  s = await deployLiquidityScenario(c);
  block = await c.public.getBlockNumber({ cacheTime: 0 });
});
afterAll(() => node?.stop());

const read = (token: `0x${string}`) => readLiquidity(c.public, { token, blockNumber: block, chainId: node.chainId, dexes: s.uniswap.dexes });

describe('readLiquidity on real Uniswap V2/V3 contracts', () => {
  it('a pair whose LP was sent to 0x…dEaD: all LP burned, nobody can pull it', async () => {
    const { pools } = await read(s.burnedToken);
    expect(pools).toHaveLength(1);
    const [pool] = pools;
    expect(pool).toMatchObject({
      dex: 'Uniswap V2',
      version: 'v2',
      address: s.burnedPair,
      pairedWith: { address: s.uniswap.weth, symbol: 'WETH' },
      reserves: [parseEther('500000').toString(), parseEther('10').toString()],
    });
    expect(pool!.lp!.burnedOrLocked).toBeCloseTo(1, 9);
    expect(pool!.lp!.top1).toBe(0);
    expect(pool!.lp!.top1Holder).toBeUndefined();
    expect(pool!.lp!.holders).toBe(1); // 0x…dEaD (address(0) is not counted)
    expect(pool!.lp!.complete).toBe(true);
  });

  it('a pair whose LP sits with the deployer: top1 ≈ 1, an EOA; plus its V3 pool with balances as reserves', async () => {
    const { pools } = await read(s.deployerToken);
    const v2 = pools.find((p) => p.version === 'v2')!;
    expect(v2.address).toBe(s.deployerPair);
    expect(v2.lp!.top1).toBeGreaterThan(0.999);
    expect(v2.lp!.top1Holder).toBe(s.deployer);
    expect(v2.lp!.top1Kind).toBe('eoa');
    expect(v2.lp!.burnedOrLocked).toBeLessThan(1e-9); // only MINIMUM_LIQUIDITY (1000 wei) at address(0)

    const v3 = pools.find((p) => p.version === 'v3')!;
    expect(v3).toMatchObject({ address: s.v3Pool, feeTier: 3000, reserves: [parseEther('1000').toString(), parseEther('1').toString()] });
    expect(v3.lp).toBeUndefined();
    expect(pools[0]).toBe(v2); // largest token reserve first
  });

  it('a token with no pools has an empty list; a chain without a registry looks nowhere', async () => {
    expect((await read(s.uniswap.weth)).pools).toEqual([]);
    expect((await readLiquidity(c.public, { token: s.burnedToken, blockNumber: block, chainId: 999_999 })).pools).toEqual([]);
  });

  it('the registry holds checksummed addresses for the six chains', () => {
    expect(
      Object.keys(CHAIN_LIQUIDITY)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([1, 10, 56, 137, 8453, 42161]);
    for (const cfg of Object.values(CHAIN_LIQUIDITY)) {
      for (const a of [...cfg.quoteTokens, ...cfg.dexes.map((d) => ({ address: d.factory })), ...cfg.lockers]) {
        expect(getAddress(a.address)).toBe(a.address);
      }
      for (const d of cfg.dexes) expect(d.source).toBeTruthy();
    }
  });
});
