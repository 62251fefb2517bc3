/**
 * Where liquidity for a token usually sits, per chain: V2-style factories (getPair), Uniswap V3
 * factories (getPool per fee tier), the quote tokens pools are paired with, and LP lockers.
 * Addresses are checksummed; each entry names its source. Entries marked "unverified" were
 * not re-checked against a live page while writing this table — a wrong factory only yields
 * no pools (calls fail softly), never a false pool.
 */
import type { Address } from 'viem';

export interface QuoteToken {
  address: Address;
  symbol: string;
}

export interface DexDeployment {
  name: string;
  version: 'v2' | 'v3';
  factory: Address;
  /** V3 fee tiers in hundredths of a bip; defaults to Uniswap's 100/500/3000/10000. */
  feeTiers?: number[];
  /** Override the chain's quote tokens (tests pass their local WETH here). */
  quoteTokens?: QuoteToken[];
  source?: string;
}

export interface LpLocker {
  address: Address;
  name: string;
  source: string;
}

export interface ChainLiquidity {
  quoteTokens: QuoteToken[];
  dexes: DexDeployment[];
  lockers: LpLocker[];
}

export const UNISWAP_V3_FEE_TIERS = [100, 500, 3000, 10_000] as const;

/** Conventional burn holders: nobody holds their keys (Uniswap V2 mints MINIMUM_LIQUIDITY = 1000 to address(0)). */
export const BURN_ADDRESSES: readonly Address[] = ['0x0000000000000000000000000000000000000000', '0x000000000000000000000000000000000000dEaD'];

const UNI_V2_DOCS = 'docs.uniswap.org/contracts/v2/reference/smart-contracts/v2-deployments';
const UNI_V3_DOCS = 'docs.uniswap.org/contracts/v3/reference/deployments';
const PANCAKE_DOCS = 'developer.pancakeswap.finance/contracts/v2/addresses';
const SUSHI_MAINNET = 'npm @sushiswap/core README (SushiswapV2Factory)';
const SUSHI_L2 = 'docs.sushi.com V2 factory, same address on several chains (unverified)';

const uniV3 = (factory: Address, source = UNI_V3_DOCS): DexDeployment => ({ name: 'Uniswap V3', version: 'v3', factory, source });
const v2 = (name: string, factory: Address, source: string): DexDeployment => ({ name, version: 'v2', factory, source });
const q = (symbol: string, address: Address): QuoteToken => ({ symbol, address });

// Quote tokens: issuer docs — Circle (USDC), Tether (USDT) — and chain docs (wrapped native) (unverified).
export const CHAIN_LIQUIDITY: Record<number, ChainLiquidity> = {
  1: {
    quoteTokens: [
      q('WETH', '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2'),
      q('USDC', '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48'),
      q('USDT', '0xdAC17F958D2ee523a2206206994597C13D831ec7'),
      q('DAI', '0x6B175474E89094C44Da98b954EedeAC495271d0F'),
    ],
    dexes: [
      v2('Uniswap V2', '0x5C69bEe701ef814a2B6a3EDD4B1652CB9cc5aA6f', UNI_V2_DOCS),
      v2('SushiSwap', '0xC0AEe478e3658e2610c5F7A4A2E1777cE9e4f2Ac', SUSHI_MAINNET),
      v2('PancakeSwap V2', '0x1097053Fd2ea711dad45caCcc45EfF7548fCB362', PANCAKE_DOCS),
      uniV3('0x1F98431c8aD98523631AE4a59f267346ea31F984'),
    ],
    lockers: [
      {
        name: 'UNCX LP locker',
        address: '0x663A5C229c09b049E36dCc11a9B0d4a8Eb9db214',
        source: 'Etherscan label "UNCX Network Security : LP Lockers" (shared/data/labels)',
      },
      { name: 'Team Finance lock', address: '0xE2fE530C047f2d85298b07D9333C05737f1435fB', source: 'team.finance docs (unverified)' },
    ],
  },
  42161: {
    quoteTokens: [
      q('WETH', '0x82aF49447D8a07e3bd95BD0d56f35241523fBab1'),
      q('USDC', '0xaf88d065e77c8cC2239327C5EDb3A432268e5831'),
      q('USDC.e', '0xFF970A61A04b1cA14834A43f5dE4533eBDDB5CC8'),
      q('USDT', '0xFd086bC7CD5C481DCC9C85ebE478A1C0b69FCbb9'),
    ],
    dexes: [
      v2('Uniswap V2', '0xf1D7CC64Fb4452F05c498126312eBE29f30Fbcf9', UNI_V2_DOCS),
      v2('SushiSwap', '0xc35DADB65012eC5796536bD9864eD8773aBc74C4', SUSHI_L2),
      v2('PancakeSwap V2', '0x02a84c1b3BBD7401a5f7fa98a384EBC70bB5749E', PANCAKE_DOCS),
      uniV3('0x1F98431c8aD98523631AE4a59f267346ea31F984'),
    ],
    lockers: [],
  },
  10: {
    quoteTokens: [
      q('WETH', '0x4200000000000000000000000000000000000006'),
      q('USDC', '0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85'),
      q('USDT', '0x94b008aA00579c1307B0EF2c499aD98a8ce58e58'),
    ],
    dexes: [v2('Uniswap V2', '0x0c3c1c532F1e39EdF36BE9Fe0bE1410313E074Bf', UNI_V2_DOCS), uniV3('0x1F98431c8aD98523631AE4a59f267346ea31F984')],
    lockers: [],
  },
  8453: {
    quoteTokens: [q('WETH', '0x4200000000000000000000000000000000000006'), q('USDC', '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913')],
    dexes: [
      v2('Uniswap V2', '0x8909Dc15e40173Ff4699343b6eB8132c65e18eC6', UNI_V2_DOCS),
      v2('PancakeSwap V2', '0x02a84c1b3BBD7401a5f7fa98a384EBC70bB5749E', PANCAKE_DOCS),
      uniV3('0x33128a8fC17869897dcE68Ed026d694621f6FDfD', 'docs.uniswap.org/contracts/v3/reference/deployments/base-deployments'),
    ],
    lockers: [],
  },
  137: {
    quoteTokens: [
      q('WPOL', '0x0d500B1d8E8eF31E21C99d1Db9A6444d3ADf1270'),
      q('WETH', '0x7ceB23fD6bC0adD59E62ac25578270cFf1b9f619'),
      q('USDC', '0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359'),
      q('USDC.e', '0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174'),
      q('USDT', '0xc2132D05D31c914a87C6611C10748AEb04B58e8F'),
    ],
    dexes: [
      v2('Uniswap V2', '0x9e5A52f57b3038F1B8EeE45F28b3C1967e22799C', UNI_V2_DOCS),
      v2('SushiSwap', '0xc35DADB65012eC5796536bD9864eD8773aBc74C4', SUSHI_L2),
      uniV3('0x1F98431c8aD98523631AE4a59f267346ea31F984'),
    ],
    lockers: [],
  },
  56: {
    quoteTokens: [
      q('WBNB', '0xbb4CdB9CBd36B01bD1cBaEBF2De08d9173bc095c'),
      q('USDT', '0x55d398326f99059fF775485246999027B3197955'),
      q('USDC', '0x8AC76a51cc950d9822D68b83fE1Ad97B32Cd580d'),
    ],
    dexes: [
      v2('PancakeSwap V2', '0xcA143Ce32Fe78f1f7019d7d551a6402fC5350c73', PANCAKE_DOCS),
      v2('Uniswap V2', '0x8909Dc15e40173Ff4699343b6eB8132c65e18eC6', UNI_V2_DOCS),
      v2('SushiSwap', '0xc35DADB65012eC5796536bD9864eD8773aBc74C4', SUSHI_L2),
      uniV3('0xdB1d10011AD0Ff90774D0C6Bb92e5C5c8b4461F7'),
    ],
    lockers: [],
  },
};

const LOCAL_DEV_CHAIN = 31337;

/** The chain's registry entry, or an empty one (unknown chain: no pools can be looked up). */
export function liquidityConfig(chainId: number): ChainLiquidity {
  // 31337 (Anvil/Hardhat) is usually a mainnet fork: mainnet's factories and quote tokens apply.
  return CHAIN_LIQUIDITY[chainId === LOCAL_DEV_CHAIN ? 1 : chainId] ?? { quoteTokens: [], dexes: [], lockers: [] };
}
