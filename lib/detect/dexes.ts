/**
 * DEX front-ends. On a swap page the token being bought (output) is the one the person is about
 * to hold, so it wins over the token being sold.
 */
import { stripChainPrefix, tokenAddress } from './address';
import { chainOf, numericChain, PANCAKE_CHAINS, SUSHI_CHAINS, UNISWAP_CHAINS } from './chains';
import type { Detector, FoundToken, UrlParts } from './types';

function pick(chainId: number | undefined, ...candidates: (string | null | undefined)[]): FoundToken | null {
  if (chainId === undefined) return null;
  for (const c of candidates) {
    const address = tokenAddress(c);
    if (address) return { chainId, address };
  }
  return null;
}

/** Old Uniswap links route in the hash: "#/swap?outputCurrency=…". */
function hashRoute(url: UrlParts): { path: string[]; query: URLSearchParams } {
  const h = url.hash;
  if (!h.startsWith('/')) return { path: url.path, query: url.query };
  const q = h.indexOf('?');
  const path = (q < 0 ? h : h.slice(0, q)).split('/').filter(Boolean);
  return { path, query: new URLSearchParams(q < 0 ? '' : h.slice(q + 1)) };
}

/** app.uniswap.org: /explore/tokens/{chain}/{address}, /tokens/{chain}/{address}, /swap?…&chain=… */
export const uniswap: Detector = (url) => {
  const { path, query } = hashRoute(url);
  const [a, b, c, d] = path;
  if (a === 'explore' && b === 'tokens') return pick(chainOf(UNISWAP_CHAINS, c), d);
  if (a === 'tokens') return pick(chainOf(UNISWAP_CHAINS, b), c);
  if (a === 'swap' || a === 'limit' || a === 'buy' || a === 'send') {
    const chain = query.get('chain');
    return pick(chain ? chainOf(UNISWAP_CHAINS, chain) : 1, query.get('outputCurrency'), query.get('inputCurrency'));
  }
  return null;
};

/** pancakeswap.finance: /swap?chain=bsc&outputCurrency=…, /info/v3/{chain?}/tokens/{address}. */
export const pancakeswap: Detector = ({ path, query }) => {
  const chainParam = query.get('chain');
  const queryChain = chainParam ? chainOf(PANCAKE_CHAINS, chainParam) : 56;
  const [a] = path;
  if (a === 'swap' || a === 'limit-orders' || a === 'twap' || a === 'buy-crypto') {
    return pick(queryChain, query.get('outputCurrency'), query.get('inputCurrency'));
  }
  if (a === 'add') return pick(queryChain, path[2], path[1]);
  if (a === 'info') {
    const i = path.indexOf('tokens');
    if (i < 0) return null;
    // Between "info[/v3]" and "tokens" there may be a chain name; none means BNB Chain.
    const between = path.slice(1, i).filter((s) => s !== 'v2' && s !== 'v3' && s !== 'stableswap');
    const chainId = between.length === 0 ? queryChain : chainOf(PANCAKE_CHAINS, between[0]);
    return pick(chainId, path[i + 1]);
  }
  return null;
};

/** sushi.com: /{chain}/swap?token0=…&token1=… (token1 is bought), older /swap?chainId=1&token0=…&token1=… */
export const sushi: Detector = ({ path, query }) => {
  const [a, b] = path;
  const swapChain = a === 'swap' ? (numericChain(query.get('chainId')) ?? 1) : b === 'swap' ? chainOf(SUSHI_CHAINS, a) : undefined;
  if (swapChain !== undefined) return pick(swapChain, query.get('token1'), query.get('token0'));
  if (b === 'token') return pick(chainOf(SUSHI_CHAINS, a), path[2]);
  return null;
};

/** app.1inch.io: "#/1/simple/swap/ETH/0x…" (symbols or addresses), or /swap?src=1:ETH&dst=1:0x… */
export const oneInch: Detector = (url) => {
  const { path, query } = hashRoute(url);
  const s = path.indexOf('swap');
  if (s >= 0 && path.length > s + 1) {
    const chainId = numericChain(path[0]) ?? 1;
    return pick(chainId, stripChainPrefix(path[s + 2]), stripChainPrefix(path[s + 1]));
  }
  const dst = query.get('dst');
  const src = query.get('src');
  if (dst || src) {
    const chainId = numericChain((dst ?? src ?? '').split(':')[0]) ?? 1;
    return pick(chainId, stripChainPrefix(dst), stripChainPrefix(src));
  }
  return null;
};

/** aerodrome.finance (Base) and velodrome.finance (OP Mainnet): /swap?from=…&to=… */
export function veDexSwap(chainId: number): Detector {
  return ({ path, query }) => (path[0] === 'swap' ? pick(chainId, query.get('to'), query.get('from')) : null);
}
