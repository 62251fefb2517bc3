/**
 * `indexerTopHolders(config)` builds analyzeToken's `topHolders` hook: the largest holders
 * from a public indexer, with a fallback order so one failing service does not fail the
 * analysis: Blockscout (instance or keyed API) → Ethplorer (Ethereum mainnet only) → null
 * (analyzeToken then scans logs or reports holders as unknown).
 *
 * Indexers answer for their latest indexed block, not `ctx.blockNumber`: chain-core's
 * verifyHolders re-reads every listed balance and totalSupply at the pinned block, and the
 * chain's value wins. Abort (config.signal) is never swallowed by the fallback.
 */
import type { Address } from '../report/types';
import { blockscoutFor } from './blockscout/client';
import { getTokenCounters, getTokenInfo, getTopHolders } from './blockscout/tokens';
import { createEthplorerClient } from './ethplorer/client';
import { getTokenInfo as ethplorerTokenInfo, getTopTokenHolders } from './ethplorer/holders';
import { isAbortError } from './http/signals';
import type { BlockscoutSourceConfig, SourceHolders } from './types';
import type { HolderSourceQuery, IndexerName } from '../chain/holders/holderSource';

export interface IndexerTopHoldersConfig extends BlockscoutSourceConfig {
  /** Ethplorer key; default 'freekey'. */
  ethplorerKey?: string;
  /** Ethplorer base URL; default https://api.ethplorer.io; null = never ask Ethplorer. */
  ethplorerUrl?: string | null;
  /** Holders wanted; default 100 (Ethplorer gives at most 100). */
  limit?: number;
  /** Told about each source that failed before the next was tried (for Report.sources). */
  onSourceError?: (source: IndexerName, error: unknown) => void;
}

/** The chain's holder-source hook, answering with the indexer's superset. */
export type TopHoldersHook = (query: HolderSourceQuery) => Promise<SourceHolders | null>;

async function fromBlockscout(config: IndexerTopHoldersConfig, token: Address, limit: number): Promise<SourceHolders> {
  const client = blockscoutFor(config);
  const { signal } = config;
  const [info, top] = await Promise.all([getTokenInfo(client, { token, signal }), getTopHolders(client, { token, limit, signal })]);
  let holderCount = info.holdersCount;
  if (holderCount === null) holderCount = (await getTokenCounters(client, { token, signal })).holdersCount;
  return {
    source: 'blockscout',
    holders: top.holders.map((h) => ({ address: h.address, balance: h.balance })),
    // The indexer's count; when it gives none, what we listed (a lower bound unless complete).
    holderCount: holderCount ?? top.holders.length,
    ...(info.totalSupply !== null ? { totalSupply: info.totalSupply } : {}),
    complete: top.complete,
  };
}

async function fromEthplorer(config: IndexerTopHoldersConfig, token: Address, limit: number): Promise<SourceHolders> {
  const client = createEthplorerClient({ apiKey: config.ethplorerKey, url: config.ethplorerUrl ?? undefined, http: config.http });
  const { signal } = config;
  const [info, top] = await Promise.all([
    ethplorerTokenInfo(client, { token, signal }),
    getTopTokenHolders(client, { token, limit: Math.min(limit, 100), signal }),
  ]);
  const holderCount = info.holdersCount ?? top.holders.length;
  return {
    source: 'ethplorer',
    holders: top.holders.map((h) => ({ address: h.address, balance: h.balance })),
    holderCount,
    ...(info.totalSupply !== null ? { totalSupply: info.totalSupply } : {}),
    complete: info.holdersCount !== null && top.holders.length >= info.holdersCount,
    ...(top.approximate ? { approximate: true } : {}),
  };
}

export function indexerTopHolders(config: IndexerTopHoldersConfig): TopHoldersHook {
  const limit = Math.max(1, Math.floor(config.limit ?? 100));
  return async (ctx) => {
    if (ctx.chainId !== config.chainId) return null;
    const attempts: { source: IndexerName; run: () => Promise<SourceHolders> }[] = [];
    if (config.blockscoutUrl || config.blockscoutKey) attempts.push({ source: 'blockscout', run: () => fromBlockscout(config, ctx.token, limit) });
    if (ctx.chainId === 1 && config.ethplorerUrl !== null) attempts.push({ source: 'ethplorer', run: () => fromEthplorer(config, ctx.token, limit) });
    for (const attempt of attempts) {
      try {
        return await attempt.run();
      } catch (err) {
        if (config.signal?.aborted || isAbortError(err)) throw err;
        config.onSourceError?.(attempt.source, err);
      }
    }
    return null;
  };
}
