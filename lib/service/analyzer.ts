/**
 * The real analyzer: viem client for the configured RPC URL → chain-core's analyzeToken, with
 * the chain's configured Blockscout instance (if any) for the largest holders and the contract's
 * age/verification. Only token/contract addresses and the chain id reach these endpoints; Ethplorer
 * (not a configured endpoint) is asked only when the user gave an Ethplorer key.
 */
import { analyzeToken } from '../chain/analyzeToken';
import { createChainClient } from '../chain/createClient';
import { indexerTopHolders } from '../sources/topHolders';
import { contractInfo } from '../sources/contractInfo';
import { chainSettings } from '../settings/defaults';
import type { ContractInfo } from '../sources/types';
import { mergeContractInfo } from './enrich';
import type { Analyzer } from './types';

export function chainAnalyzer(): Analyzer {
  return async ({ chainId, address, governor, rpcUrl, settings, checkpoints, signal, onProgress }) => {
    const client = createChainClient({ rpcUrl, chainId });
    const blockscoutUrl = chainSettings(settings, chainId)?.blockscoutUrl || undefined;
    const ethplorerKey = settings.apiKeys.ethplorer;
    const useIndexer = Boolean(blockscoutUrl || (chainId === 1 && ethplorerKey));
    const topHolders = useIndexer
      ? indexerTopHolders({
          chainId,
          blockscoutUrl,
          blockscoutKey: blockscoutUrl ? settings.apiKeys.blockscout : undefined,
          ethplorerKey,
          ethplorerUrl: ethplorerKey ? undefined : null,
          signal,
        })
      : undefined;
    // Indexer facts load alongside the chain reads; their failure is recorded, never fatal.
    const info: Promise<{ info: ContractInfo | null; error?: unknown }> = blockscoutUrl
      ? contractInfo({ chainId, blockscoutUrl, signal }, address).then(
          (i) => ({ info: i }),
          (error) => ({ info: null, error }),
        )
      : Promise.resolve({ info: null });
    const report = await analyzeToken(client, {
      address,
      governor,
      checkpoints,
      signal,
      onProgress,
      topHolders,
      sourceMode: 'auto',
    });
    signal.throwIfAborted();
    const extra = await info;
    return mergeContractInfo(report, extra.info, extra.error);
  };
}
