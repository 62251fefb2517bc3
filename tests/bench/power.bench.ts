/**
 * chain-power bench: HTTP requests for a cold read of control, governance and liquidity on every
 * power scenario (one Anvil node), through the production client with JSON-RPC batching and
 * multicall3 aggregation vs. the same client with both turned off.
 */
import { createChainClient } from '../../lib/chain/createClient';
import { readControl } from '../../lib/chain/control/readControl';
import { readGovernance } from '../../lib/chain/governance/readGovernance';
import { readLiquidity } from '../../lib/chain/liquidity/readLiquidity';
import { startAnvil } from '../support/anvil';
import { clientsFor } from '../support/chain';
import { deployPowerWorld, type PowerWorld } from '../support/scenarios';
import type { BenchRow } from './format';

async function readAll(rpcUrl: string, chainId: number, batch: boolean, w: PowerWorld, blockNumber: bigint): Promise<number> {
  let requests = 0;
  const client = createChainClient({
    rpcUrl,
    chainId,
    batch,
  });
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((...a: Parameters<typeof fetch>) => (requests++, realFetch(...a))) as typeof fetch;
  try {
    await Promise.all([
      ...[w.owned.ownedToken, w.owned.rolesToken, w.safe.token, w.proxies.transparent, w.proxies.uups, w.proxies.beaconProxy].map((address) =>
        readControl(client, { address, blockNumber }),
      ),
      ...[w.governance.governor, w.bravoGovernor.governor, w.timestampGovernor.governor].map((governor) =>
        readGovernance(client, { governor, blockNumber }),
      ),
      ...[w.liquidity.burnedToken, w.liquidity.deployerToken].map((token) =>
        readLiquidity(client, { token, blockNumber, chainId, dexes: w.liquidity.uniswap.dexes }),
      ),
    ]);
  } finally {
    globalThis.fetch = realFetch;
  }
  return requests;
}

export async function rows(): Promise<BenchRow[]> {
  const node = await startAnvil();
  try {
    const c = clientsFor(node);
    const world = await deployPowerWorld(c);
    const block = await c.public.getBlockNumber({ cacheTime: 0 });
    const batched = await readAll(node.rpcUrl, node.chainId, true, world, block);
    const unbatched = await readAll(node.rpcUrl, node.chainId, false, world, block);
    const ratio = batched / unbatched;
    return [
      {
        name: 'power: HTTP requests, 11 control/gov/liquidity reads',
        ours: `${batched} requests`,
        baseline: `${unbatched} unbatched`,
        ratio,
        budget: '≤ 0.25×',
        pass: ratio <= 0.25,
      },
    ];
  } finally {
    await node.stop();
  }
}
