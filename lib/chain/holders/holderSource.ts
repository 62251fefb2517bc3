/**
 * The holder-source contract: how an indexer's list of largest holders reaches the holder step.
 * The chain defines it; sources (Blockscout, Ethplorer) implement it and the pipeline passes it on.
 * Every listed balance is re-read on-chain before it counts.
 */
import type { Address } from 'viem';

/** The indexers that can list a token's largest holders. */
export type IndexerName = 'blockscout' | 'ethplorer';

export interface IndexerHolders {
  source: IndexerName;
  holders: { address: Address; balance: bigint }[];
  holderCount: number;
  totalSupply?: bigint;
}

/** What the holder step asks about: one token at one pinned block. */
export interface HolderSourceQuery {
  chainId: number;
  token: Address;
  blockNumber: bigint;
}

/** The largest holders from an indexer, or null when none answers for this query. */
export type TopHoldersHook = (query: HolderSourceQuery) => Promise<IndexerHolders | null>;

/** An indexer the hook tried and gave up on: becomes a failed `holders` entry in `sources`. */
export interface IndexerFailure {
  source: IndexerName;
  error: string;
}
