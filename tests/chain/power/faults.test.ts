/**
 * When logs cannot be read (a provider whose result cap no single block fits under), the parts that
 * depend on logs become "unknown" with a readable reason, and the rest is still reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChainClient } from '../../../lib/chain/createClient';
import { ChainError } from '../../../lib/chain/errors';
import { readControl } from '../../../lib/chain/control/readControl';
import { readGovernance } from '../../../lib/chain/governance/readGovernance';
import { readLiquidity } from '../../../lib/chain/liquidity/readLiquidity';
import { startAnvil, type AnvilNode } from '../../support/anvil';
import { clientsFor, installMulticall3 } from '../../support/chain';
import { startFaultyRpc, type FaultyRpc } from '../../support/faulty-rpc';
import { deployGovernanceScenario, type GovernanceScenario } from '../../support/scenarios/governance';
import { deployLiquidityScenario, type LiquidityScenario } from '../../support/scenarios/liquidity';
import { deployOwnedScenario, type OwnedScenario } from '../../support/scenarios/owned';

let node: AnvilNode;
let rpc: FaultyRpc;
let owned: OwnedScenario;
let liquidity: LiquidityScenario;
let governance: GovernanceScenario;
let block: bigint;

beforeAll(async () => {
  node = await startAnvil();
  const c = clientsFor(node);
  await installMulticall3(c);
  owned = await deployOwnedScenario(c);
  liquidity = await deployLiquidityScenario(c);
  governance = await deployGovernanceScenario(c);
  block = await c.public.getBlockNumber({ cacheTime: 0 });
  // Every non-empty eth_getLogs answer is over the cap: the scanner shrinks to one block, then gives up.
  rpc = await startFaultyRpc(node.rpcUrl, { resultCap: 0 });
});
afterAll(async () => {
  await rpc?.close();
  await node?.stop();
});

const client = () => createChainClient({ rpcUrl: rpc.url, chainId: node.chainId, retryCount: 0, timeoutMs: 5_000 });

describe('log failures make log-based facts unknown, not wrong', () => {
  it('control: role-gated privileges are held by "unknown"; owner-based facts still read', async () => {
    const roles = await readControl(client(), { address: owned.rolesToken, blockNumber: block });
    const mint = roles.privileges.find((p) => p.name === 'mint')!;
    expect(mint).toMatchObject({ heldBy: null, holderKind: 'unknown' });
    expect(mint.holderDetail).toMatch(/^roles unknown: .*result limit/);
    const plain = await readControl(client(), { address: owned.ownedToken, blockNumber: block });
    expect(plain.owner.kind).toBe('eoa');
  });

  it('liquidity: the pool and its reserves stay, the LP analysis is missing with its reason', async () => {
    const { pools } = await readLiquidity(client(), {
      token: liquidity.burnedToken,
      blockNumber: block,
      chainId: node.chainId,
      dexes: liquidity.uniswap.dexes,
    });
    expect(pools).toHaveLength(1);
    expect(pools[0]!.reserves[0]).not.toBe('0');
    expect(pools[0]!.lp).toBeUndefined();
    expect(pools[0]!.lpError).toMatch(/result limit/);
  });

  it('governance: voting power cannot be known, so the read fails with a typed error', async () => {
    await expect(readGovernance(client(), { governor: governance.governor, blockNumber: block })).rejects.toBeInstanceOf(ChainError);
  });
});
