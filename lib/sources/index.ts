/**
 * Public indexers and off-chain governance (issue 5). What the lead wires:
 *  - indexerTopHolders(config) → analyzeToken's `topHolders` hook (Blockscout → Ethplorer → null);
 *  - snapshotSection(config, spaceId) → Report.snapshot;
 *  - contractInfo(config, address) → ControlSection creator / creationBlock / verifiedSource;
 *  - goplusTokenSecurity({ enabled: settings.goplusEnabled }, ...) → Report.external (theirs, not ours);
 *  - tallyDelegates({ apiKey }, ...) → delegates when the user gave a Tally key.
 * All requests share one SourceHttp (per-host rate limits, retries, timeouts, de-duplication).
 *
 * CLI wiring (`report token`, lib/cli/commands/token.ts):
 *  --source auto|logs|blockscout|ethplorer
 *      logs       → analyzeToken(client, { sourceMode: 'logs' }) and no topHolders hook.
 *      auto       → sourceMode 'auto', topHolders: indexerTopHolders({ chainId, blockscoutUrl, blockscoutKey, ethplorerKey, onSourceError }).
 *      blockscout → sourceMode 'indexer', indexerTopHolders({ chainId, blockscoutUrl, blockscoutKey, ethplorerUrl: null }).
 *      ethplorer  → sourceMode 'indexer', indexerTopHolders({ chainId, ethplorerKey }) (no blockscoutUrl/Key; chain 1 only, else null).
 *  --blockscout URL      → blockscoutUrl: URL (instance base; a trailing /api or /api/v2 is accepted). Pass no blockscoutKey
 *                          with it: a key selects the keyed multi-chain API (blockscoutApiUrl, default https://api.blockscout.com).
 *  --snapshot-space ID   → report.snapshot = await snapshotSection({ url: snapshotUrl, apiKey }, ID).
 *  --snapshot-url URL    → the `url` above (GraphQL endpoint; default https://hub.snapshot.org/graphql).
 * Failures: every function throws a SourceError subclass (./errors) with `source`; oneLine(err) is the
 * line for Report.sources[].error and stderr. indexerTopHolders never throws for a failing service
 * (it reports through onSourceError and falls back), only for an abort.
 */
export { indexerTopHolders } from './topHolders';
export type { IndexerTopHoldersConfig, TopHoldersHook } from './topHolders';
export { snapshotSection } from './snapshotSection';
export type { SnapshotSectionConfig } from './snapshotSection';
export { contractInfo } from './contractInfo';
export { goplusTokenSecurity } from './goplus/tokenSecurity';
export { tallyDelegates } from './tally/delegates';
export type { TallyDelegate } from './tally/delegates';
export type { BlockscoutSourceConfig, ContractInfo, SourceHolders } from './types';
export { SourceHttp, defaultSourceHttp } from './http/sourceHttp';
export type { SourceHttpOptions } from './http/sourceHttp';
export * from './errors';
