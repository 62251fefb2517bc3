/**
 * Default settings: keyless public endpoints and the rule bars.
 * Pure data (no wxt/browser imports) so Node code — CLI, tests — can use it too.
 */
import type { ChainSettings, Settings } from './types';
import { DEFAULT_THRESHOLDS, resolveThresholds } from '../risk/thresholds';

export { DEFAULT_THRESHOLDS };

/** Public, keyless JSON-RPC endpoints. Editable in the options page; a user's own node works too. */
export const DEFAULT_CHAINS: ChainSettings[] = [
  {
    chainId: 1,
    name: 'Ethereum',
    rpcUrl: 'https://ethereum-rpc.publicnode.com',
    blockscoutUrl: 'https://eth.blockscout.com',
    explorerUrl: 'https://etherscan.io',
  },
  {
    chainId: 42161,
    name: 'Arbitrum One',
    rpcUrl: 'https://arb1.arbitrum.io/rpc',
    blockscoutUrl: 'https://arbitrum.blockscout.com',
    explorerUrl: 'https://arbiscan.io',
  },
  {
    chainId: 10,
    name: 'OP Mainnet',
    rpcUrl: 'https://mainnet.optimism.io',
    blockscoutUrl: 'https://optimism.blockscout.com',
    explorerUrl: 'https://optimistic.etherscan.io',
  },
  {
    chainId: 8453,
    name: 'Base',
    rpcUrl: 'https://mainnet.base.org',
    blockscoutUrl: 'https://base.blockscout.com',
    explorerUrl: 'https://basescan.org',
  },
  {
    chainId: 137,
    name: 'Polygon',
    rpcUrl: 'https://polygon-rpc.com',
    blockscoutUrl: 'https://polygon.blockscout.com',
    explorerUrl: 'https://polygonscan.com',
  },
  {
    chainId: 56,
    name: 'BNB Smart Chain',
    rpcUrl: 'https://bsc-dataseed.bnbchain.org',
    // No official Blockscout instance for BNB Chain: holders come from the log scan.
    blockscoutUrl: '',
    explorerUrl: 'https://bscscan.com',
  },
  {
    chainId: 100,
    name: 'Gnosis',
    rpcUrl: 'https://rpc.gnosischain.com',
    blockscoutUrl: 'https://gnosis.blockscout.com',
    explorerUrl: 'https://gnosisscan.io',
  },
  {
    chainId: 11155111,
    name: 'Sepolia',
    rpcUrl: 'https://ethereum-sepolia-rpc.publicnode.com',
    blockscoutUrl: 'https://eth-sepolia.blockscout.com',
    explorerUrl: 'https://sepolia.etherscan.io',
  },
];

/** The public Snapshot hub; only space ids of known protocols are sent to it. */
export const DEFAULT_SNAPSHOT_URL = 'https://hub.snapshot.org/graphql';

export const DEFAULT_SETTINGS: Settings = {
  chains: DEFAULT_CHAINS,
  apiKeys: {},
  goplusEnabled: false,
  thresholds: DEFAULT_THRESHOLDS,
  dismissedTokens: [],
  dismissedSites: [],
  guardOffSites: [],
  siteDismissedTokens: [],
  disabledSites: [],
  siteRules: [],
  snapshotUrl: DEFAULT_SNAPSHOT_URL,
};

export function chainSettings(settings: Settings, chainId: number): ChainSettings | undefined {
  return settings.chains.find((c) => c.chainId === chainId);
}

/**
 * Fills fields an older or partial stored value lacks from the defaults: thresholds added later
 * (the insight bars) get their defaults, and a stored bar the rules cannot use falls back to its default.
 */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  const s = stored ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    apiKeys: { ...DEFAULT_SETTINGS.apiKeys, ...(s.apiKeys ?? {}) },
    thresholds: resolveThresholds(s.thresholds),
    chains: Array.isArray(s.chains) && s.chains.length > 0 ? s.chains : DEFAULT_SETTINGS.chains,
  };
}
