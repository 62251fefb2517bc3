/**
 * Where the holder list comes from, per the caller's choice: logs only, or an indexer's list
 * (Blockscout → Ethplorer) with the chain's log scan behind it. Each indexer that gives up is
 * recorded in `failures`, so the fallback shows in `sources`.
 */
import { oneLine } from '../errors';
import type { IndexerFailure } from '../chain/holders/holderSource';
import { indexerTopHolders, type IndexerTopHoldersConfig } from '../sources/topHolders';
import type { AnalyzeTokenParams } from './analyzeToken';
import type { GatherParams } from './gatherParams';

export function holderPlan(
  p: GatherParams,
  failures: IndexerFailure[],
): Pick<AnalyzeTokenParams, 'topHolders' | 'sourceMode' | 'fallbackToLogs' | 'indexerServes'> {
  if (p.source === 'logs') return { sourceMode: 'logs' };
  const base: Omit<IndexerTopHoldersConfig, 'chainId'> = {
    signal: p.signal,
    http: p.http,
    onSourceError: (source, error) => failures.push({ source, error: oneLine(error) }),
  };
  let config: Omit<IndexerTopHoldersConfig, 'chainId'>;
  if (p.source === 'ethplorer') {
    config = { ...base, ethplorerKey: p.ethplorerKey, ethplorerUrl: p.ethplorerUrl ?? undefined };
  } else {
    // blockscout: Ethplorer only when the caller named it; auto: as configured.
    const explicitEthplorer = p.ethplorerKey !== undefined || (p.ethplorerUrl !== undefined && p.ethplorerUrl !== null);
    const ethplorerUrl = p.source === 'blockscout' && !explicitEthplorer ? null : p.ethplorerUrl;
    config = { ...base, blockscoutUrl: p.blockscoutUrl, blockscoutKey: p.blockscoutKey, ethplorerKey: p.ethplorerKey, ethplorerUrl };
    if (p.source === 'auto' && !p.blockscoutUrl && !p.blockscoutKey && ethplorerUrl === null) return { sourceMode: 'auto' };
  }
  const topHolders: AnalyzeTokenParams['topHolders'] = async (ctx) => {
    if (p.source === 'ethplorer' && ctx.chainId !== 1) {
      failures.push({ source: 'ethplorer', error: `Ethplorer covers Ethereum (chain 1) only, not chain ${ctx.chainId}` });
      return null;
    }
    return indexerTopHolders({ ...config, chainId: ctx.chainId })(ctx);
  };
  // Blockscout (an instance or the keyed multi-chain API) answers for its chain; Ethplorer for Ethereum only.
  const hasBlockscout = Boolean(p.blockscoutUrl || p.blockscoutKey) && p.source !== 'ethplorer';
  const hasEthplorer = p.source === 'ethplorer' || ('ethplorerUrl' in config && config.ethplorerUrl !== null);
  const indexerServes = (chainId: number) => hasBlockscout || (hasEthplorer && chainId === 1);
  return p.source === 'auto' ? { sourceMode: 'auto', topHolders, indexerServes } : { sourceMode: 'indexer', fallbackToLogs: true, topHolders };
}
