/**
 * The real analyzer: viem client for the configured RPC URL → gatherTokenReport (chain-core's
 * analyzeToken plus indexers), with the chain's configured Blockscout instance (if any) for the
 * largest holders and the contract's age/verification, and — for a protocol with a Snapshot space
 * in the registry — the space's voting concentration from the user's Snapshot hub setting. Only
 * token/contract addresses, the chain id and the space id reach these endpoints; Ethplorer (not a
 * configured endpoint) is asked only when the user gave an Ethplorer key.
 */
import { createChainClient } from '../chain/createClient';
import { chainSettings, DEFAULT_SNAPSHOT_URL } from '../settings/defaults';
import { gatherTokenReport } from '../analysis/gatherReport';
import { BROWSER_LOG_SCAN_MAX_TRANSFERS } from '../chain/holders/collectHolders';
import type { Analyzer } from './types';

export function chainAnalyzer(): Analyzer {
  return async ({ chainId, address, governor, snapshotSpace, rpcUrl, settings, checkpoints, signal, onProgress, onSection }) => {
    const client = createChainClient({ rpcUrl, chainId });
    const blockscoutUrl = chainSettings(settings, chainId)?.blockscoutUrl || undefined;
    const ethplorerKey = settings.apiKeys.ethplorer || undefined;
    // '' turns Snapshot off; an absent setting (older stored value) means the public hub.
    const snapshotUrl = settings.snapshotUrl ?? DEFAULT_SNAPSHOT_URL;
    const report = await gatherTokenReport(client, {
      address,
      governor,
      checkpoints,
      signal,
      onProgress,
      onSection,
      source: 'auto',
      // In the browser an indexer's list wins much earlier than in the CLI (see the constant).
      logScanMaxTransfers: BROWSER_LOG_SCAN_MAX_TRANSFERS,
      blockscoutUrl,
      blockscoutKey: blockscoutUrl ? settings.apiKeys.blockscout || undefined : undefined,
      ethplorerKey,
      ethplorerUrl: ethplorerKey ? undefined : null,
      snapshotSpace: snapshotUrl ? snapshotSpace : undefined,
      snapshotUrl: snapshotUrl || undefined,
      snapshotKey: settings.apiKeys.snapshot || undefined,
      goplus: { enabled: settings.goplusEnabled },
    });
    signal.throwIfAborted();
    return report;
  };
}
