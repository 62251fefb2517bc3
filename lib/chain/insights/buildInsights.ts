/**
 * The Report's clusters and trend sections from the Transfer logs a holder scan kept
 * (see lib/analytics/transferGraph). Only for a log scan: an indexer's top list has no graph.
 * Hubs — addresses that link nobody — are what this analysis knows: the token itself, its pools,
 * the governor's timelock, labelled burn/DEX/bridge/exchange/locker/treasury addresses, and top
 * holders that are plain contracts or timelocks. Nothing here leaves the device.
 */
import { getAddress, type Address, type PublicClient } from 'viem';
import { DEFAULT_EXCLUDED } from '../../analytics/circulating';
import { findClusters } from '../../analytics/clusters';
import { concentrationOverTime } from '../../analytics/concentrationOverTime';
import type { TransferGraph } from '../../analytics/transferGraph';
import { lookupLabel } from '../../labels';
import type { AddressKind, ClustersSection, LabelCategory, LogBasis, TrendPoint, TrendSection } from '../../report/types';
import { blockAtTime } from '../blockAtTime';
import type { HolderData } from '../holders/collectHolders';

const HUB_CATEGORIES: readonly LabelCategory[] = ['burn', 'dex', 'bridge', 'cex', 'locker', 'treasury'];
const HUB_KINDS: readonly AddressKind[] = ['contract', 'timelock'];
const DAY = 86_400;

export interface InsightsContext {
  chainId: number;
  token: Address;
  holderData: HolderData;
  /** Lowercase address → category this analysis knows (pools, the DAO timelock). */
  known: Map<string, LabelCategory>;
  /** Lowercase address → kind, for the top holders. */
  kinds: Map<string, AddressKind>;
  exclude?: readonly LabelCategory[];
  fromBlock: bigint;
  block: { number: bigint; timestamp: number };
}

interface Sets {
  hubs: Set<string>;
  excluded: Set<string>;
  balances: Map<string, bigint>;
}

const memo = new WeakMap<TransferGraph, Sets>();

/** Labels are looked up once per address seen, shared by the clusters and trend passes. */
function sets(graph: TransferGraph, ctx: InsightsContext): Sets {
  const known = memo.get(graph);
  if (known) return known;
  const made = makeSets(graph, ctx);
  memo.set(graph, made);
  return made;
}

function makeSets(graph: TransferGraph, ctx: InsightsContext): Sets {
  const exclude = new Set(ctx.exclude ?? DEFAULT_EXCLUDED);
  const hubs = new Set<string>([ctx.token.toLowerCase()]);
  const excluded = new Set<string>();
  const categoryOf = (a: string) => ctx.known.get(a) ?? lookupLabel(a, ctx.chainId)?.category;
  for (let i = 0; i < graph.addressCount; i++) {
    const a = graph.addressAt(i);
    const c = categoryOf(a);
    if (c && HUB_CATEGORIES.includes(c)) hubs.add(a);
    if (c && exclude.has(c)) excluded.add(a);
  }
  for (const [a, kind] of ctx.kinds) if (HUB_KINDS.includes(kind)) hubs.add(a.toLowerCase());
  const balances = new Map<string, bigint>();
  for (const h of ctx.holderData.holders) balances.set(h.address.toLowerCase(), h.balance);
  return { hubs, excluded, balances };
}

function basis(graph: TransferGraph, ctx: InsightsContext): LogBasis {
  const notes: string[] = [];
  if (graph.partial) notes.push('the scan resumed from a saved checkpoint: transfers before it were not seen');
  if (!ctx.holderData.complete) notes.push('the logs do not fully explain the balances');
  if (!graph.exact) notes.push('amounts above 2^101 base units are rounded');
  const b: LogBasis = {
    fromBlock: graph.partial ? (graph.firstBlock ?? Number(ctx.block.number)) : Number(ctx.fromBlock),
    toBlock: Number(ctx.block.number),
    logs: graph.length,
    complete: !graph.partial && ctx.holderData.complete,
  };
  if (notes.length) b.note = notes.join('; ');
  return b;
}

export function buildClustersSection(graph: TransferGraph, ctx: InsightsContext): ClustersSection {
  const { hubs, excluded, balances } = sets(graph, ctx);
  const sameSenderWindow = 0;
  const r = findClusters(graph, { balances, hubs, excluded, sameSenderWindow });
  return {
    basis: basis(graph, ctx),
    clusters: r.clusters.map((c) => ({
      members: c.members.map((m) => ({ address: getAddress(m.address), balance: m.balance.toString() })),
      memberCount: c.memberCount,
      balance: c.balance.toString(),
      share: c.share,
      links: c.links.map((l) => ({
        kind: l.kind,
        from: getAddress(l.from),
        to: getAddress(l.to),
        tx: l.tx as `0x${string}`,
        block: l.block,
        amount: l.amount.toString(),
      })),
      linkCount: c.linkCount,
    })),
    clusterCount: r.clusterCount,
    clusteredHolders: r.clusteredHolders,
    hubs: r.hubs,
    sameSenderWindow,
    grouped: r.grouped,
  };
}

/** Blocks 24 h / 7 d / 30 d before the report's block (those after the token's first block). */
async function agoBlocks(
  client: PublicClient,
  ctx: InsightsContext,
  first: bigint,
): Promise<{ label: TrendPoint['label'] & string; block: number }[]> {
  const start = await client.getBlock({ blockNumber: first });
  const low = { number: first, timestamp: Number(start.timestamp) };
  const high = { number: ctx.block.number, timestamp: ctx.block.timestamp };
  const ago = [
    ['24h', DAY],
    ['7d', 7 * DAY],
    ['30d', 30 * DAY],
  ] as const;
  return Promise.all(
    ago
      .filter(([, s]) => high.timestamp - s >= low.timestamp)
      .map(async ([label, s]) => ({ label, block: Number(await blockAtTime(client, { timestamp: high.timestamp - s, low, high })) })),
  );
}

/** Undefined when the scan resumed from a checkpoint: balances before it are unknown, so no past point would be true. */
export async function buildTrendSection(client: PublicClient, graph: TransferGraph, ctx: InsightsContext): Promise<TrendSection | undefined> {
  if (graph.partial || graph.firstBlock === undefined) return undefined;
  const { excluded, hubs } = sets(graph, ctx);
  const first = BigInt(graph.firstBlock);
  const at = await agoBlocks(client, ctx, first);
  const points = concentrationOverTime(graph, {
    fromBlock: graph.firstBlock,
    toBlock: Number(ctx.block.number),
    at,
    // Shares of the supply in free hands: pools, burn, exchanges and the other hubs left out.
    excluded: new Set([...excluded, ...hubs]),
  });
  return { basis: basis(graph, ctx), points: points as TrendPoint[] };
}
