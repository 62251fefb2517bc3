import type { Address, PublicClient } from 'viem';
import type { LabelCategory, Report } from '../report/types';
import type { AnalysisProgress } from '../messaging/background-protocol';
import type { CheckpointStore } from './checkpoints';

export interface IndexerHolders {
  source: 'blockscout' | 'ethplorer';
  holders: { address: Address; balance: bigint }[];
  holderCount: number;
  totalSupply?: bigint;
}

export interface AnalyzeTokenParams {
  address: Address;
  governor?: Address;
  blockNumber?: bigint;
  checkpoints?: CheckpointStore;
  excludeCategories?: LabelCategory[];
  signal?: AbortSignal;
  onProgress?: (p: AnalysisProgress) => void;
  topHolders?: (ctx: { chainId: number; token: Address; blockNumber: bigint }) => Promise<IndexerHolders | null>;
  sourceMode?: 'auto' | 'logs' | 'indexer';
}

export async function analyzeToken(client: PublicClient, params: AnalyzeTokenParams): Promise<Report> {
  void client;
  void params;
  throw new Error('analyzeToken: not implemented yet');
}
