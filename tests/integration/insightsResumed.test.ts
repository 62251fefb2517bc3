/**
 * A holder scan that resumes from its checkpoint reports the same clusters and the same
 * concentration over time as a cold scan: the checkpoint keeps the Transfer graph, not only the
 * balances. On Anvil: the team-split and accumulation worlds, checkpointed part-way (a scan to an
 * earlier block), then resumed to the latest block.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeToken } from '../../lib/analysis/analyzeToken';
import { memoryCheckpoints, type CheckpointStore } from '../../lib/chain/checkpoints';
import { createChainClient } from '../../lib/chain/createClient';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { clientsFor, installMulticall3 } from '../support/chain';
import { deployAccumulation, deployTeamSplit, type AccumulationWorld, type TeamSplitWorld } from '../support/scenarios/insights';

/** A memory store that says which holder checkpoints were resumed, and how large they were. */
function watchedStore(): CheckpointStore & { resumed: { key: string; nextBlock: number; chars: number }[] } {
  const inner = memoryCheckpoints();
  const resumed: { key: string; nextBlock: number; chars: number }[] = [];
  return {
    resumed,
    async get(key) {
      const cp = await inner.get(key);
      if (cp && key.startsWith('holders:')) resumed.push({ key, nextBlock: cp.nextBlock, chars: JSON.stringify(cp).length });
      return cp;
    },
    put: (cp) => inner.put(cp),
    delete: (key) => inner.delete(key),
  };
}

describe('insights from a resumed holder scan on Anvil', () => {
  let node: AnvilNode;
  let team: TeamSplitWorld;
  let acc: AccumulationWorld;
  let teamMid: bigint;
  const client = () => createChainClient({ rpcUrl: node.rpcUrl });

  beforeAll(async () => {
    node = await startAnvil();
    const c = clientsFor(node);
    await installMulticall3(c);
    team = await deployTeamSplit(c);
    // Ten of the nineteen splits come after this block (one split a block, then one block of ageing).
    teamMid = (await c.public.getBlockNumber({ cacheTime: 0 })) - 10n;
    acc = await deployAccumulation(c);
  }, 300_000);
  afterAll(async () => {
    await node?.stop();
  });

  async function coldAndResumed(token: `0x${string}`, midBlock: bigint) {
    const blockNumber = await client().getBlockNumber({ cacheTime: 0 });
    const cold = await analyzeToken(client(), { address: token, blockNumber });
    const store = watchedStore();
    const part = await analyzeToken(client(), { address: token, blockNumber: midBlock, checkpoints: store });
    expect(store.resumed).toEqual([]);
    const warm = await analyzeToken(client(), { address: token, blockNumber, checkpoints: store });
    expect(store.resumed).toHaveLength(1);
    expect(store.resumed[0].nextBlock).toBe(Number(midBlock) + 1);
    return { cold, part, warm, checkpointChars: store.resumed[0].chars };
  }

  it('team split: the same 20-wallet cluster, links and trend as a cold scan', async () => {
    const { cold, part, warm, checkpointChars } = await coldAndResumed(team.token, teamMid);
    expect(part.clusters!.clusters[0].memberCount).toBeLessThan(20); // the checkpoint was taken part-way
    expect(cold.clusters!.clusters[0].memberCount).toBe(20);
    expect(warm.clusters).toEqual(cold.clusters);
    expect(warm.clusters!.basis).toMatchObject({ complete: true, logs: 61 });
    expect(warm.clusters!.basis.note).toBeUndefined();
    expect(warm.trend).toBeDefined();
    expect(warm.trend).toEqual(cold.trend);
    console.info(`team split checkpoint: ${checkpointChars} chars for ${part.clusters!.basis.logs} logs`);
  }, 120_000);

  it('accumulation: the same 7-day rise and holder fall as a cold scan', async () => {
    const { cold, warm } = await coldAndResumed(acc.token, acc.quietBlock);
    expect(warm.trend).toEqual(cold.trend);
    expect(warm.trend!.basis).toMatchObject({ complete: true, logs: 131 });
    const week = warm.trend!.points.find((p) => p.label === '7d')!;
    expect(week.holders).toBe(100);
    expect(warm.clusters).toEqual(cold.clusters);
  }, 120_000);
});
