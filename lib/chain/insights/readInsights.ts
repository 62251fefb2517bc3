/**
 * The optional sections built after the core analysis: clusters and trend from the holder scan's
 * Transfer logs, and the governor's vote history. Each is independent: one that fails is left
 * out and named in `sources` with its error; none of them fails the analysis.
 */
import type { Address, PublicClient } from 'viem';
import { oneLine } from '../../errors';
import type { TransferGraph } from '../../analytics/transferGraph';
import type { ClustersSection, GovernanceSection, Report, TrendSection, VoteHistorySection } from '../../report/types';
import { blockAtTime } from '../blockAtTime';
import { readVoteHistory } from '../governance/voteHistory';
import { buildClustersSection, buildTrendSection, type InsightsContext } from './buildInsights';

const YEAR = 365 * 86_400;

export interface Insights {
  clusters?: ClustersSection;
  trend?: TrendSection;
  voteHistory?: VoteHistorySection;
  sources: Report['sources'];
}

export async function readInsights(
  client: PublicClient,
  p: {
    graph?: TransferGraph;
    ctx?: InsightsContext;
    governance?: GovernanceSection;
    block: { number: bigint; timestamp: number };
    signal?: AbortSignal;
  },
): Promise<Insights> {
  const out: Insights = { sources: [] };
  const fail = (section: string, source: 'logs' | 'rpc', err: unknown): void =>
    void out.sources.push({ section, source, ok: false, error: oneLine(err) });
  const tasks: Promise<void>[] = [];
  if (p.graph && p.ctx) {
    const { graph, ctx } = p;
    try {
      out.clusters = buildClustersSection(graph, ctx);
    } catch (err) {
      fail('clusters', 'logs', err);
    }
    tasks.push(
      buildTrendSection(client, graph, ctx).then(
        (t) => void (t && (out.trend = t)),
        (err) => fail('trend', 'logs', err),
      ),
    );
  }
  const g = p.governance;
  if (g?.token) {
    tasks.push(
      (async () => {
        const from = await blockAtTime(client, { timestamp: p.block.timestamp - YEAR, low: { number: 0n, timestamp: 0 }, high: p.block });
        out.voteHistory = await readVoteHistory(client, {
          governor: g.governor,
          token: g.token as Address,
          fromBlock: from,
          blockNumber: p.block.number,
          signal: p.signal,
        });
      })().catch((err) => fail('voteHistory', 'rpc', err)),
    );
  }
  await Promise.all(tasks);
  // Only failures go to `sources`: each section carries what it was computed from (its basis).
  return out;
}
