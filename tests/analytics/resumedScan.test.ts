/**
 * A holder scan that resumed from a checkpoint saw only the newer logs: clusters say so (their
 * links are still real transfers) and no trend is claimed, since older balances are unknown.
 */
import { describe, expect, it } from 'vitest';
import type { PublicClient } from 'viem';
import { buildClustersSection, buildTrendSection, type InsightsContext } from '../../lib/chain/insights/buildInsights';
import { addr, graphOf, replay, type T } from './transferLogs';

const t: T[] = [
  // Above the precompile range: low addresses carry burn labels.
  { from: 0x7007, to: 0x1001, amount: 100n, block: 50 },
  { from: 0x1001, to: 0x1002, amount: 40n, block: 51 },
];

function ctx(): InsightsContext {
  const balances = replay(t);
  return {
    chainId: 31337,
    token: addr(999) as `0x${string}`,
    holderData: {
      source: 'logs',
      holders: [...balances].map(([address, balance]) => ({ address: address as `0x${string}`, balance, verified: true })),
      count: balances.size,
      complete: true,
      totalSupply: 100n,
      mismatches: [],
    },
    known: new Map(),
    kinds: new Map(),
    fromBlock: 1n,
    block: { number: 60n, timestamp: 1_700_000_000 },
  };
}

describe('insights after a resumed scan', () => {
  it('clusters keep their links but say they are incomplete and from which block', () => {
    const g = graphOf(t);
    g.markResumed();
    const s = buildClustersSection(g, ctx());
    expect(s.basis).toMatchObject({ fromBlock: 50, toBlock: 60, logs: 2, complete: false });
    expect(s.basis.note).toContain('resumed from a saved checkpoint');
    expect(s.clusters[0].links[0]).toMatchObject({ kind: 'transfer', block: 51, amount: '40' });
  });

  it('no trend is computed (and no chain read is made)', async () => {
    const g = graphOf(t);
    g.markResumed();
    expect(await buildTrendSection({} as PublicClient, g, ctx())).toBeUndefined();
  });
});
