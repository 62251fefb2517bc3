/**
 * Public indexers and off-chain governance (issue 5). What the lead wires:
 *  - indexerTopHolders(config) → analyzeToken's `topHolders` hook (Blockscout → Ethplorer → null);
 *  - snapshotSection(config, spaceId) → Report.snapshot;
 *  - contractInfo(config, address) → ControlSection creator / creationBlock / verifiedSource;
 *  - goplusTokenSecurity({ enabled: settings.goplusEnabled }, ...) → Report.external (theirs, not ours);
 *  - tallyDelegates({ apiKey }, ...) → delegates when the user gave a Tally key.
 * All requests share one SourceHttp (per-host rate limits, retries, timeouts, de-duplication).
 */
export { indexerTopHolders } from './topHolders';
export type { IndexerTopHoldersConfig, TopHoldersHook } from './topHolders';
export { snapshotSection } from './snapshotSection';
export type { SnapshotSectionConfig } from './snapshotSection';
export { contractInfo } from './contractInfo';
export { goplusTokenSecurity } from './goplus/tokenSecurity';
export { tallyDelegates } from './tally/delegates';
export type { TallyDelegate } from './tally/delegates';
export type { BlockscoutSourceConfig, ContractInfo, IndexerHolders, SourceHolders } from './types';
export { SourceHttp, defaultSourceHttp } from './http/sourceHttp';
export type { SourceHttpOptions } from './http/sourceHttp';
export * from './errors';
