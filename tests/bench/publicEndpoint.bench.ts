/**
 * Cold verdict through a public-endpoint-like link (tests/support/public-rpc.ts in front of Anvil):
 * 80 ms per HTTP request, eth_getLogs capped at 10,000 blocks and 10,000 results, 25 requests/s
 * (429 above), 100 calls per batch — and the same at 250 ms. Tokens of 100 and 2,000 holders.
 * Each row is ours / floor, with HTTP requests and JSON-RPC calls. Every row uses a fresh endpoint
 * (nothing learned, nothing cached): a person's first look at a token.
 *
 * The floor is the number of round trips that depend on each other, times the latency:
 *   1  chain id + head block (everything is pinned to that block)
 *   C  creation-block search, from round 2 (ceil(log₁₀₀(head + 1)) rounds of ~100 eth_getCode)
 *   1  Transfer logs from the creation block (all ranges in flight at once)
 *   1  balanceOf of the largest holders (verification)
 *   2  their kinds: eth_getCode, then Safe/timelock probes of the contracts
 * = 5 + C rounds. Control (owner, slots, then who they are) and liquidity (pools, reserves, then
 * LP logs from the token's creation block) are no longer than that chain and run beside it.
 */
import { analyzeToken } from '../../lib/analysis/analyzeToken';
import { createChainClient } from '../../lib/chain/createClient';
import { assess } from '../../lib/risk/index';
import { startAnvil } from '../support/anvil';
import { startPublicRpc, type PublicRpcConfig } from '../support/public-rpc';
import { deploySprayedWorld, type PublicWorld } from '../support/public-world';
import type { BenchRow } from './format';

const CAPS: PublicRpcConfig = { rangeCap: 10_000, resultCap: 10_000, rps: 25, maxBatch: 100 };
const BUDGET = 2;

export function floorRounds(head: bigint): number {
  let c = 0;
  for (let span = head + 1n; span > 1n; span = (span + 99n) / 100n) c++;
  return 5 + Math.max(1, c);
}

async function coldVerdict(upstream: string, world: PublicWorld, latencyMs: number) {
  const proxy = await startPublicRpc(upstream, { ...CAPS, latencyMs });
  try {
    const client = createChainClient({ rpcUrl: proxy.url, chainId: 31337 });
    const t = performance.now();
    const report = await analyzeToken(client, { address: world.token, blockNumber: world.head, liquidity: { dexes: world.uniswap.dexes } });
    const verdict = assess(report).verdict;
    const ms = performance.now() - t;
    return { ms, verdict, http: proxy.stats.httpRequests, calls: proxy.stats.calls, holders: report.holders?.count ?? 0 };
  } finally {
    await proxy.close();
  }
}

export async function rows(): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const holders of [100, 2_000]) {
    const node = await startAnvil();
    try {
      const world = await deploySprayedWorld(node, holders);
      const rounds = floorRounds(world.head);
      // JIT warm-up on its own endpoint: the rows measure the link, not the first compile.
      if (holders === 100) await coldVerdict(node.rpcUrl, world, 0);
      for (const latency of [80, 250]) {
        const r = await coldVerdict(node.rpcUrl, world, latency);
        const floor = rounds * latency;
        const ratio = r.ms / floor;
        out.push({
          name: `cold verdict, ${holders} holders, ${latency} ms link (${r.http} HTTP, ${r.calls} calls)`,
          ours: `${Math.round(r.ms)} ms`,
          baseline: `${floor} ms (${rounds}×)`,
          ratio,
          budget: latency === 80 ? `≤ ${BUDGET}× floor` : 'info',
          pass: latency === 80 ? ratio <= BUDGET : null,
        });
      }
    } finally {
      await node.stop();
    }
  }
  return out;
}
