/**
 * Block explorers: Etherscan's family and Blockscout instances both use `/token/0x…` and
 * `/address/0x…` (plus a few sub-pages such as `/token/tokenholderchart/0x…`).
 */
import { tokenAddress } from './address';
import type { Detector } from './types';

export const ETHERSCAN_HOSTS: Readonly<Record<string, number>> = {
  'etherscan.io': 1,
  'sepolia.etherscan.io': 11155111,
  'holesky.etherscan.io': 17000,
  'arbiscan.io': 42161,
  'nova.arbiscan.io': 42170,
  'sepolia.arbiscan.io': 421614,
  'optimistic.etherscan.io': 10,
  'sepolia-optimism.etherscan.io': 11155420,
  'basescan.org': 8453,
  'sepolia.basescan.org': 84532,
  'polygonscan.com': 137,
  'amoy.polygonscan.com': 80002,
  'zkevm.polygonscan.com': 1101,
  'bscscan.com': 56,
  'testnet.bscscan.com': 97,
  'gnosisscan.io': 100,
  'lineascan.build': 59144,
  'scrollscan.com': 534352,
  'blastscan.io': 81457,
  'celoscan.io': 42220,
  'snowtrace.io': 43114,
  'ftmscan.com': 250,
  'moonscan.io': 1284,
};

export const BLOCKSCOUT_HOSTS: Readonly<Record<string, number>> = {
  'eth.blockscout.com': 1,
  'eth-sepolia.blockscout.com': 11155111,
  'arbitrum.blockscout.com': 42161,
  'optimism.blockscout.com': 10,
  'optimism-sepolia.blockscout.com': 11155420,
  'base.blockscout.com': 8453,
  'base-sepolia.blockscout.com': 84532,
  'polygon.blockscout.com': 137,
  'gnosis.blockscout.com': 100,
  'zksync.blockscout.com': 324,
  'scroll.blockscout.com': 534352,
};

const TOKEN_SUBPAGES = new Set(['tokenholderchart']);

export function explorerDetector(chainId: number): Detector {
  return ({ path }) => {
    const [kind, a, b] = path;
    if (kind !== 'token' && kind !== 'address') return null;
    const address = tokenAddress(a) ?? (kind === 'token' && a !== undefined && TOKEN_SUBPAGES.has(a) ? tokenAddress(b) : null);
    return address ? { chainId, address } : null;
  };
}
