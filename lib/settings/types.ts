/**
 * User settings: the shape every part of the extension agrees on.
 * Stored with WXT storage (`local:settings`, versioned); see ./store.ts (background issue).
 */
import type { Address } from '../report/types';
import type { Thresholds } from '../risk/thresholdTable';

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

/**
 * The rules' bars, one per row of the thresholds table (lib/risk/thresholdTable.ts: default, unit,
 * words, reason). Every bar is optional here: older stored settings lack the newer ones, and
 * withDefaults (./defaults.ts) fills them.
 */
export type RuleThresholds = Partial<Thresholds>;

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
