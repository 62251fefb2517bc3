/**
 * Chain names as each site writes them in its URLs → chain id. Lower-case keys; look up
 * with a lower-cased name. Only EVM chains: a Solana or Tron page is not ours.
 */
export type ChainSlugs = Readonly<Record<string, number>>;

export const UNISWAP_CHAINS: ChainSlugs = {
  ethereum: 1,
  mainnet: 1,
  arbitrum: 42161,
  optimism: 10,
  polygon: 137,
  base: 8453,
  bnb: 56,
  avalanche: 43114,
  celo: 42220,
  blast: 81457,
  zora: 7777777,
  zksync: 324,
  unichain: 130,
  worldchain: 480,
  soneium: 1868,
  sepolia: 11155111,
};

export const PANCAKE_CHAINS: ChainSlugs = {
  bsc: 56,
  eth: 1,
  arb: 42161,
  base: 8453,
  zksync: 324,
  linea: 59144,
  polygonzkevm: 1101,
  opbnb: 204,
  bsctestnet: 97,
};

export const SUSHI_CHAINS: ChainSlugs = {
  ethereum: 1,
  arbitrum: 42161,
  optimism: 10,
  polygon: 137,
  base: 8453,
  bsc: 56,
  avalanche: 43114,
  gnosis: 100,
  fantom: 250,
  linea: 59144,
  scroll: 534352,
  blast: 81457,
  celo: 42220,
  zksync: 324,
};

export const DEXSCREENER_CHAINS: ChainSlugs = {
  ethereum: 1,
  bsc: 56,
  arbitrum: 42161,
  optimism: 10,
  base: 8453,
  polygon: 137,
  avalanche: 43114,
  fantom: 250,
  linea: 59144,
  scroll: 534352,
  blast: 81457,
  zksync: 324,
  mantle: 5000,
  celo: 42220,
  gnosischain: 100,
};

export const DEXTOOLS_CHAINS: ChainSlugs = {
  ether: 1,
  bnb: 56,
  arbitrum: 42161,
  optimism: 10,
  base: 8453,
  polygon: 137,
  avalanche: 43114,
  fantom: 250,
  linea: 59144,
  blast: 81457,
};

export const GECKOTERMINAL_CHAINS: ChainSlugs = {
  eth: 1,
  bsc: 56,
  arbitrum: 42161,
  optimism: 10,
  base: 8453,
  polygon_pos: 137,
  avax: 43114,
  xdai: 100,
  ftm: 250,
  zksync: 324,
  linea: 59144,
  scroll: 534352,
  blast: 81457,
  'sepolia-testnet': 11155111,
};

export function chainOf(slugs: ChainSlugs, name: string | null | undefined): number | undefined {
  if (!name) return undefined;
  const key = name.toLowerCase();
  return Object.hasOwn(slugs, key) ? slugs[key] : undefined;
}

/** "42161" → 42161; anything else → undefined. */
export function numericChain(s: string | null | undefined): number | undefined {
  if (!s || !/^\d{1,10}$/.test(s)) return undefined;
  const n = Number(s);
  return n > 0 ? n : undefined;
}
