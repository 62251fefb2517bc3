/**
 * Shapes the sources hand to the rest of Whale Lens. IndexerHolders itself is the chain's
 * holder-source contract (lib/chain/holders/holderSource.ts); we return a superset.
 */
import type { IndexerHolders } from '../chain/holders/holderSource';
import type { Address, Hex } from '../report/types';
import type { SourceHttp } from './http/sourceHttp';

export interface SourceHolders extends IndexerHolders {
  /** True when the indexer's list ended within `limit` (every holder it knows is listed). */
  complete: boolean;
  /** Some balances were rounded by the indexer (Ethplorer e-notation); verify on-chain. */
  approximate?: boolean;
}

/** Where to find Blockscout for one chain (what settings and CLI flags provide). */
export interface BlockscoutSourceConfig {
  chainId: number;
  /** Keyless instance base URL (settings.chains[].blockscoutUrl, `--blockscout URL`). */
  blockscoutUrl?: string;
  /** With a key, the keyed multi-chain API is used instead of the instance. */
  blockscoutKey?: string;
  /** Root of the keyed API; default https://api.blockscout.com. */
  blockscoutApiUrl?: string;
  http?: SourceHttp;
  signal?: AbortSignal;
}

export interface ContractInfo {
  source: 'blockscout';
  address: Address;
  isContract: boolean | null;
  name: string | null;
  /** null = the indexer does not say (unknown, not "unverified"). */
  verifiedSource: boolean | null;
  creator: Address | null;
  creationTx: Hex | null;
  creationBlock?: number;
  creationTimestamp?: number;
}
