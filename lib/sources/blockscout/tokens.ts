/**
 * Blockscout token endpoints: token info, counters, and the paginated holder list.
 * Holders come 50 a page, largest first; `next_page_params` is passed back verbatim as
 * query parameters. We stop at `limit` holders and check the list is really sorted.
 */
import type { Address } from '../../report/types';
import { pathAddress, Reader } from '../guards';
import type { BlockscoutClient } from './client';

const read = new Reader('blockscout');

export interface BlockscoutTokenInfo {
  address: Address;
  name: string | null;
  symbol: string | null;
  decimals: number | null;
  totalSupply: bigint | null;
  holdersCount: number | null;
  type: string | null;
}

export interface BlockscoutHolder {
  address: Address;
  balance: bigint;
  isContract: boolean | null;
  name: string | null;
}

export interface BlockscoutTopHolders {
  holders: BlockscoutHolder[];
  /** True when the indexer's list ended (every holder it knows is here). */
  complete: boolean;
  pages: number;
}

export async function getTokenInfo(client: BlockscoutClient, params: { token: string; signal?: AbortSignal }): Promise<BlockscoutTokenInfo> {
  const res = await client.get(`/tokens/${pathAddress(params.token)}`, {}, { signal: params.signal });
  const o = read.record(res.body, 'token');
  const decimals = read.optCount(o.decimals, 'token.decimals');
  if (decimals !== null && decimals > 255) read.fail('token.decimals is above 255');
  return {
    // Newer instances name it address_hash, older ones address.
    address: read.address(o.address_hash ?? o.address, 'token.address_hash'),
    name: read.optString(o.name, 'token.name'),
    symbol: read.optString(o.symbol, 'token.symbol'),
    decimals,
    totalSupply: read.optUint(o.total_supply, 'token.total_supply'),
    holdersCount: read.optCount(o.holders_count ?? o.holders, 'token.holders_count'),
    type: read.optString(o.type, 'token.type'),
  };
}

export async function getTokenCounters(
  client: BlockscoutClient,
  params: { token: string; signal?: AbortSignal },
): Promise<{ holdersCount: number | null; transfersCount: number | null }> {
  const res = await client.get(`/tokens/${pathAddress(params.token)}/counters`, {}, { signal: params.signal });
  const o = read.record(res.body, 'counters');
  return {
    holdersCount: read.optCount(o.token_holders_count, 'counters.token_holders_count'),
    transfersCount: read.optCount(o.transfers_count, 'counters.transfers_count'),
  };
}

function parseHolder(item: unknown, i: number): BlockscoutHolder {
  const it = read.record(item, `holders.items[${i}]`);
  const addr = read.record(it.address, `holders.items[${i}].address`);
  return {
    address: read.address(addr.hash, `holders.items[${i}].address.hash`),
    balance: read.uint(it.value, `holders.items[${i}].value`),
    isContract: read.optBoolean(addr.is_contract, `holders.items[${i}].address.is_contract`),
    name: read.optString(addr.name, `holders.items[${i}].address.name`),
  };
}

/** next_page_params → query parameters, refusing values that cannot round-trip exactly. */
function nextQuery(next: unknown): Record<string, string> | null {
  if (next === null || next === undefined) return null;
  const o = read.record(next, 'next_page_params');
  const q: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === null) continue;
    if (typeof v === 'string' || typeof v === 'boolean') q[k] = String(v);
    else if (typeof v === 'number' && Number.isSafeInteger(v)) q[k] = String(v);
    else read.fail(`next_page_params.${k} cannot be passed back exactly`);
  }
  return q;
}

export async function getTopHolders(
  client: BlockscoutClient,
  params: { token: string; limit?: number; signal?: AbortSignal },
): Promise<BlockscoutTopHolders> {
  const limit = Math.max(1, Math.floor(params.limit ?? 100));
  // A page holds 50 (some instances allow up to 100); a few spare pages absorb duplicates.
  const maxPages = Math.ceil(limit / 50) + 2;
  const path = `/tokens/${pathAddress(params.token)}/holders`;
  const holders: BlockscoutHolder[] = [];
  const seen = new Set<string>();
  let query: Record<string, string> = {};
  let previousKey = '';
  let pages = 0;
  for (;;) {
    const res = await client.get(path, query, { signal: params.signal });
    pages++;
    const body = read.record(res.body, 'holders');
    const items = read.array(body.items, 'holders.items');
    items.forEach((item, i) => {
      const h = parseHolder(item, i);
      const last = holders[holders.length - 1];
      if (last && h.balance > last.balance) read.fail('holders are not sorted by balance');
      if (h.balance === 0n || seen.has(h.address)) return;
      seen.add(h.address);
      holders.push(h);
    });
    const next = nextQuery(body.next_page_params);
    if (next === null) return { holders: holders.slice(0, limit), complete: holders.length <= limit, pages };
    if (holders.length >= limit) return { holders: holders.slice(0, limit), complete: false, pages };
    if (items.length === 0) read.fail('an empty page claims a next page');
    const key = JSON.stringify(next);
    if (key === previousKey) read.fail('pagination does not advance');
    if (pages >= maxPages) return { holders, complete: false, pages };
    previousKey = key;
    query = next;
  }
}
