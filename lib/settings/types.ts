/**
 * User settings: the shape every part of the extension agrees on.
 * Stored with WXT storage (`local:settings`, versioned); see ./store.ts (background issue).
 */
import type { Address } from '../report/types';

export interface ChainSettings {
  chainId: number;
  name: string;
  /** JSON-RPC endpoint; keyless public default, editable; a user's own node works. */
  rpcUrl: string;
  /** Base URL of a Blockscout instance (e.g. https://eth.blockscout.com), or '' for none. */
  blockscoutUrl: string;
  explorerUrl: string;
  custom?: boolean;
}

export interface RuleThresholds {
  /** Any single holder above this share of circulating supply is noted (info). */
  holderNote: number;
  /** Top 10 above this share: caution. */
  top10Caution: number;
  /** One holder above this share: danger. */
  top1Danger: number;
  /** Nakamoto coefficient at or below this: caution. */
  nakamotoCaution: number;
  /** Delegates that reach quorum at or below this: caution (1 = danger). */
  delegatesToQuorumCaution: number;
  /** Timelock delay below this many seconds: caution. */
  minTimelockDelay: number;
  /** One LP holder above this share, not burned or locked: danger. */
  lpTop1Danger: number;
  /** Contract younger than this many seconds: caution. */
  youngContract: number;
  /**
   * Thin liquidity: the largest pool holds less than this share of circulating supply (caution).
   * Optional (added by the background issue); defaults to 0.001 (0.1%).
   */
  thinLiquidityShare?: number;
  /** This many Snapshot admins or fewer: caution (optional, default 3). */
  snapshotAdminsCaution?: number;
}

export interface SiteRule {
  hostname: string;
  target: { kind: 'token'; chainId: number; address: Address } | { kind: 'protocol'; protocolId: string };
}

export interface Settings {
  chains: ChainSettings[];
  apiKeys: { blockscout?: string; ethplorer?: string; snapshot?: string };
  /** Off by default: GoPlus would see every token address the person looks at. */
  goplusEnabled: boolean;
  thresholds: RuleThresholds;
  /** `${chainId}:${lowercase address}` */
  dismissedTokens: string[];
  /**
   * Hostnames where the in-page badge is hidden (its × button). Only the badge: the analysis,
   * the toolbar badge and the pre-sign warnings stay on there.
   */
  dismissedSites: string[];
  /**
   * Hostnames where the person turned the pre-sign warnings off with the explicit switch in the
   * popup or Options (never from a page). Optional: older stored settings lack it.
   */
  guardOffSites?: string[];
  /**
   * Tokens not to warn about on one site only, `${hostname} ${chainId}:${lowercase address}`:
   * what "Don't warn about this token" in the in-page dialog does. Optional, as above.
   */
  siteDismissedTokens?: string[];
  /** Hostnames where Whale Lens is disabled entirely. */
  disabledSites: string[];
  siteRules: SiteRule[];
  /**
   * Snapshot hub GraphQL endpoint (optional, added by the integration; default
   * https://hub.snapshot.org/graphql). Only a protocol's space id is sent there. '' = never ask Snapshot.
   */
  snapshotUrl?: string;
}
