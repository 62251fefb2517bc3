/**
 * Chart sites. Their pages are about a pair (pool) or a token; either address goes to the
 * background, which works out what the contract is.
 */
import { tokenAddress } from './address';
import { chainOf, DEXSCREENER_CHAINS, DEXTOOLS_CHAINS, GECKOTERMINAL_CHAINS } from './chains';
import type { Detector, FoundToken } from './types';

function found(chainId: number | undefined, s: string | undefined): FoundToken | null {
  const address = chainId === undefined ? null : tokenAddress(s);
  return address ? { chainId: chainId as number, address } : null;
}

/** dexscreener.com/{chain}/{pairOrToken} */
export const dexscreener: Detector = ({ path }) => found(chainOf(DEXSCREENER_CHAINS, path[0]), path[1]);

/** dextools.io/app/{lang}/{chain}/pair-explorer/{pair} */
export const dextools: Detector = ({ path }) => {
  if (path[0] !== 'app') return null;
  const i = path.indexOf('pair-explorer');
  return i >= 2 ? found(chainOf(DEXTOOLS_CHAINS, path[i - 1]), path[i + 1]) : null;
};

/** geckoterminal.com[/{locale}]/{network}/pools/{pool} and …/tokens/{token} */
export const geckoterminal: Detector = ({ path }) => {
  for (const i of [1, 2]) {
    if (path[i] === 'pools' || path[i] === 'tokens') return found(chainOf(GECKOTERMINAL_CHAINS, path[i - 1]), path[i + 1]);
  }
  return null;
};
