/** Ethplorer getTopTokenHolders and getTokenInfo, validated. */
import type { Address } from '../../report/types';
import { pathAddress, Reader } from '../guards';
import type { EthplorerClient } from './client';

const read = new Reader('ethplorer');

/** Exact value of a decimal literal (as quoted by parseLossless); `rounded` when it had e-notation or a fraction. */
export function decimalLiteral(text: unknown, what: string): { value: bigint; rounded: boolean } {
  if (typeof text !== 'string') return read.fail(`${what} is not a number`);
  const m = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return read.fail(`${what} is not a non-negative number`);
  const [, int, frac = '', expText] = m;
  const exp = Number(expText ?? '0');
  if (!Number.isSafeInteger(exp) || exp > 100) return read.fail(`${what} is out of range`);
  const digits = int + frac;
  const shift = exp - frac.length;
  let value: bigint;
  if (shift >= 0) value = BigInt(digits) * 10n ** BigInt(shift);
  else {
    const cut = digits.length + shift;
    value = cut > 0 ? BigInt(digits.slice(0, cut)) : 0n;
  }
  if (value >= 2n ** 256n) return read.fail(`${what} is above 2^256`);
  return { value, rounded: expText !== undefined || frac.replace(/0+$/, '') !== '' };
}

export interface EthplorerTopHolders {
  holders: { address: Address; balance: bigint; share: number | null }[];
  /** Some balances were given rounded by Ethplorer (see ./client.ts). */
  approximate: boolean;
}

export async function getTopTokenHolders(
  client: EthplorerClient,
  params: { token: string; limit?: number; signal?: AbortSignal },
): Promise<EthplorerTopHolders> {
  const limit = Math.min(100, Math.max(1, Math.floor(params.limit ?? 100)));
  const body = read.record(await client.get(`/getTopTokenHolders/${pathAddress(params.token)}`, { limit: String(limit) }, params.signal), 'response');
  const list = read.array(body.holders, 'holders');
  let approximate = false;
  const seen = new Set<string>();
  const holders: EthplorerTopHolders['holders'] = [];
  list.forEach((item, i) => {
    const h = read.record(item, `holders[${i}]`);
    const address = read.address(h.address, `holders[${i}].address`);
    // rawBalance (a decimal string) is exact when present; balance is the fallback.
    const lit = decimalLiteral(h.rawBalance ?? h.balance, `holders[${i}].balance`);
    approximate ||= lit.rounded;
    const share = h.share === undefined || h.share === null ? null : read.nonNegative(h.share, `holders[${i}].share`);
    const last = holders[holders.length - 1];
    if (last && lit.value > last.balance) read.fail('holders are not sorted by balance');
    if (lit.value === 0n || seen.has(address)) return;
    seen.add(address);
    holders.push({ address, balance: lit.value, share: share === null ? null : share / 100 });
  });
  return { holders: holders.slice(0, limit), approximate };
}

export interface EthplorerTokenInfo {
  address: Address;
  name: string | null;
  symbol: string | null;
  decimals: number | null;
  totalSupply: bigint | null;
  holdersCount: number | null;
}

export async function getTokenInfo(client: EthplorerClient, params: { token: string; signal?: AbortSignal }): Promise<EthplorerTokenInfo> {
  const o = read.record(await client.get(`/getTokenInfo/${pathAddress(params.token)}`, {}, params.signal), 'token');
  const supply = o.totalSupply === undefined || o.totalSupply === null ? null : decimalLiteral(o.totalSupply, 'totalSupply');
  const decimals = read.optCount(o.decimals, 'decimals');
  if (decimals !== null && decimals > 255) read.fail('decimals is above 255');
  return {
    address: read.address(o.address, 'address'),
    name: read.optString(o.name, 'name'),
    symbol: read.optString(o.symbol, 'symbol'),
    decimals,
    // A rounded total supply is worse than none: the chain's value is used instead.
    totalSupply: supply && !supply.rounded ? supply.value : null,
    holdersCount: read.optCount(o.holdersCount, 'holdersCount'),
  };
}
