/** What the pipeline is told about one token: the chain reads' options and every source to ask. */
import type { Address } from 'viem';
import type { SourceHttp } from '../sources/http/sourceHttp';
import type { AnalyzeTokenParams } from './analyzeToken';

export type SourceChoice = 'auto' | 'logs' | 'blockscout' | 'ethplorer';

export interface GatherParams extends Pick<
  AnalyzeTokenParams,
  'governor' | 'blockNumber' | 'checkpoints' | 'onProgress' | 'onSection' | 'liquidity' | 'logScanMaxTransfers'
> {
  address: Address;
  signal?: AbortSignal;
  /** auto: logs for small tokens, indexers for big ones; blockscout/ethplorer: that indexer first, logs if it fails. */
  source: SourceChoice;
  /** Blockscout instance base URL (…/api/v2 is added by the client). */
  blockscoutUrl?: string;
  /** Selects the keyed multi-chain Blockscout API when no instance URL is given. */
  blockscoutKey?: string;
  ethplorerKey?: string;
  /** Ethplorer base URL; undefined = the public API; null = never ask Ethplorer. */
  ethplorerUrl?: string | null;
  snapshotSpace?: string;
  /** Snapshot hub GraphQL endpoint (default: the public hub). */
  snapshotUrl?: string;
  snapshotKey?: string;
  /** GoPlus is off unless the person turned it on: it would see every token address asked about. */
  goplus?: { enabled: boolean; url?: string };
  http?: SourceHttp;
}
