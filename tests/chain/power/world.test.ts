/**
 * All power scenarios on one node, read concurrently through the production client
 * (createChainClient: JSON-RPC batching + multicall3 aggregation), as analyzeToken does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChainClient } from '../../../lib/chain/createClient';
import { readControl } from '../../../lib/chain/control/readControl';
import { readGovernance } from '../../../lib/chain/governance/readGovernance';
import { readLiquidity } from '../../../lib/chain/liquidity/readLiquidity';
import { startAnvil, type AnvilNode } from '../../support/anvil';
import { clientsFor } from '../../support/chain';
import { deployPowerWorld, type PowerWorld } from '../../support/scenarios';

let node: AnvilNode;
let world: PowerWorld;
let block: bigint;

beforeAll(async () => {
  node = await startAnvil();
  const c = clientsFor(node);
  world = await deployPowerWorld(c);
  block = await c.public.getBlockNumber({ cacheTime: 0 });
});
afterAll(() => node?.stop());

describe('every scenario through the batched production client', () => {
  it('reads control, governance and liquidity of all scenarios at once, with few HTTP requests', async () => {
    let requests = 0;
    const client = createChainClient({ rpcUrl: node.rpcUrl, chainId: node.chainId });
    // viem's http transport calls the global fetch once per HTTP request (a batch is one request).
    const originalFetch = globalThis.fetch;
    globalThis.fetch = ((...args: Parameters<typeof fetch>) => {
      requests++;
      return originalFetch(...args);
    }) as typeof fetch;
    try {
      const { owned, proxies, safe, governance, bravoGovernor, timestampGovernor, liquidity } = world;
      const [ownedCtl, safeCtl, transparentCtl, uupsCtl, gov, bravo, ts, liq] = await Promise.all([
        readControl(client, { address: owned.ownedToken, blockNumber: block }),
        readControl(client, { address: safe.token, blockNumber: block }),
        readControl(client, { address: proxies.transparent, blockNumber: block }),
        readControl(client, { address: proxies.uups, blockNumber: block }),
        readGovernance(client, { governor: governance.governor, blockNumber: block }),
        readGovernance(client, { governor: bravoGovernor.governor, blockNumber: block }),
        readGovernance(client, { governor: timestampGovernor.governor, blockNumber: block }),
        readLiquidity(client, { token: liquidity.burnedToken, blockNumber: block, chainId: node.chainId, dexes: liquidity.uniswap.dexes }),
      ]);
      expect(ownedCtl.privileges.map((p) => p.name).sort()).toEqual(['blacklist', 'mint', 'pause']);
      expect(safeCtl.owner.safe?.threshold).toBe(2);
      expect(transparentCtl.proxy?.standard).toBe('eip1967-transparent');
      expect(uupsCtl.proxy?.standard).toBe('eip1967-uups');
      expect(gov.votingPower.delegatesToQuorum).toBe(3);
      expect(bravo.standard).toBe('governor-bravo');
      expect(ts.clockMode).toBe('timestamp');
      expect(liq.pools[0]?.lp?.burnedOrLocked).toBeCloseTo(1, 9);
      // Eight analyses of a dozen reads each; batching keeps HTTP round trips far below one per read.
      console.info(`power world: ${requests} HTTP requests`);
      expect(requests).toBeLessThan(40);
    } finally {
      globalThis.fetch = originalFetch;
    }
  });
});
