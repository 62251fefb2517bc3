/**
 * A Blockscout REST v2 look-alike: /api/v2/tokens/{a}, /counters, /holders (50 a page,
 * next_page_params {address_hash, value, items_count}, sorted by value desc then address),
 * /addresses/{a}, /smart-contracts/{a}, /transactions/{h}. In keyed mode it lives under
 * /{chainId}/api/v2 and wants `apikey`. It serves whatever holders you give it (the UNI
 * distribution, an Anvil scenario's balances) and can LIE: `lie(token, holder, balance)`
 * changes one served balance, for the end-to-end "a lying indexer is caught" test.
 */
import { startLoopback, type Loopback, type RecordedRequest, type Reply } from './server';

export interface ServedHolder {
  address: string;
  balance: bigint;
  isContract?: boolean;
  name?: string | null;
}

export interface ServedToken {
  address: string;
  name?: string;
  symbol?: string;
  decimals?: number;
  /** Default: the sum of holders. */
  totalSupply?: bigint;
  holders: ServedHolder[];
  /** Default: holders.length. */
  holdersCount?: number;
  /** Answer with pre-2024 field names (`holders`, `address`) instead of holders_count/address_hash. */
  legacyFields?: boolean;
}

export interface ServedAddress {
  address: string;
  isContract: boolean;
  name?: string | null;
  /** Verified source; undefined = unverified contract (bytecode only). */
  verified?: boolean;
  creator?: string;
  creationTx?: string;
  creationBlock?: number;
  creationTimestamp?: number;
}

export interface BlockscoutOptions {
  tokens?: ServedToken[];
  addresses?: ServedAddress[];
  keyed?: { chainId: number; apiKey: string };
  /** Default 50, like Blockscout. */
  pageSize?: number;
  /** Blockscout ≥ v12: items_count is a page-size parameter and not echoed in next_page_params. */
  v12?: boolean;
}

export interface BlockscoutServer extends Loopback {
  setToken(token: ServedToken): void;
  setAddress(info: ServedAddress): void;
  /** Serve `balance` for `holder` of `token` from now on (the list order is recomputed). */
  lie(token: string, holder: string, balance: bigint): void;
  /** Requests for holder pages so far. */
  holderPages(): RecordedRequest[];
}

const lc = (a: string) => a.toLowerCase();

function sortHolders(holders: ServedHolder[]): ServedHolder[] {
  return [...holders].sort((a, b) => (a.balance > b.balance ? -1 : a.balance < b.balance ? 1 : lc(a.address) < lc(b.address) ? -1 : 1));
}

export async function startBlockscout(opts: BlockscoutOptions = {}): Promise<BlockscoutServer> {
  const tokens = new Map<string, { token: ServedToken; sorted: ServedHolder[] }>();
  const addresses = new Map<string, ServedAddress>();
  const lies = new Map<string, Map<string, bigint>>();
  const pageSize = opts.pageSize ?? 50;
  const prefix = opts.keyed ? `/${opts.keyed.chainId}/api/v2` : '/api/v2';

  const setToken = (token: ServedToken) => {
    const lied = lies.get(lc(token.address));
    const holders = token.holders.map((h) => (lied?.has(lc(h.address)) ? { ...h, balance: lied.get(lc(h.address))! } : h));
    tokens.set(lc(token.address), { token, sorted: sortHolders(holders) });
  };
  for (const t of opts.tokens ?? []) setToken(t);
  for (const a of opts.addresses ?? []) addresses.set(lc(a.address), a);

  const notFound: Reply = { status: 404, json: { message: 'Not found' } };

  function holdersPage(entry: { token: ServedToken; sorted: ServedHolder[] }, q: URLSearchParams): Reply {
    const size = opts.v12 && q.has('items_count') ? Math.min(100, Math.max(1, Number(q.get('items_count')))) : pageSize;
    let start = 0;
    if (q.has('value') && q.has('address_hash')) {
      const value = BigInt(q.get('value')!);
      const addr = lc(q.get('address_hash')!);
      start = entry.sorted.findIndex((h) => h.balance < value || (h.balance === value && lc(h.address) > addr));
      if (start < 0) start = entry.sorted.length;
    }
    const slice = entry.sorted.slice(start, start + size);
    const last = slice[slice.length - 1];
    const more = start + size < entry.sorted.length;
    return {
      json: {
        items: slice.map((h) => ({
          address: {
            hash: h.address,
            implementations: [],
            is_contract: h.isContract ?? false,
            is_verified: false,
            name: h.name ?? null,
            private_tags: [],
            public_tags: [],
            watchlist_names: [],
            ens_domain_name: null,
            metadata: null,
            proxy_type: null,
          },
          token: { address_hash: entry.token.address, symbol: entry.token.symbol ?? null, type: 'ERC-20' },
          token_id: null,
          value: h.balance.toString(),
        })),
        next_page_params:
          more && last
            ? {
                address_hash: last.address,
                value: last.balance.toString(),
                ...(opts.v12 ? {} : { items_count: start + size }),
              }
            : null,
      },
    };
  }

  function route(req: RecordedRequest): Reply {
    if (opts.keyed && req.query.get('apikey') !== opts.keyed.apiKey) return { status: 401, json: { message: 'Unauthorized' } };
    if (!req.path.startsWith(prefix + '/')) return notFound;
    const parts = req.path.slice(prefix.length + 1).split('/');
    const [kind, id, sub] = parts;
    if (kind === 'tokens' && id) {
      const entry = tokens.get(lc(id));
      if (!entry) return notFound;
      const t = entry.token;
      const count = t.holdersCount ?? t.holders.length;
      if (sub === 'holders') return holdersPage(entry, req.query);
      if (sub === 'counters') return { json: { token_holders_count: String(count), transfers_count: String(count * 3) } };
      if (sub !== undefined) return notFound;
      let supply = t.totalSupply;
      if (supply === undefined) {
        supply = 0n;
        for (const h of t.holders) supply += h.balance;
      }
      return {
        json: {
          ...(t.legacyFields ? { address: t.address, holders: String(count) } : { address_hash: t.address, holders_count: String(count) }),
          circulating_market_cap: null,
          decimals: String(t.decimals ?? 18),
          exchange_rate: null,
          icon_url: null,
          name: t.name ?? 'Token',
          symbol: t.symbol ?? 'TKN',
          total_supply: supply.toString(),
          type: 'ERC-20',
          volume_24h: null,
        },
      };
    }
    if (kind === 'addresses' && id && sub === undefined) {
      const a = addresses.get(lc(id));
      if (!a) return notFound;
      return {
        json: {
          hash: a.address,
          is_contract: a.isContract,
          is_verified: a.verified ?? false,
          name: a.name ?? null,
          creator_address_hash: a.creator ?? null,
          creation_transaction_hash: a.creationTx ?? null,
          implementations: [],
          proxy_type: null,
          coin_balance: '0',
          has_logs: false,
          has_tokens: false,
          has_token_transfers: true,
          token: null,
          watchlist_names: [],
          private_tags: [],
          public_tags: [],
        },
      };
    }
    if (kind === 'smart-contracts' && id && sub === undefined) {
      const a = addresses.get(lc(id));
      if (!a || !a.isContract) return notFound;
      if (!a.verified) return { json: { creation_bytecode: '0x6080', deployed_bytecode: '0x6080', is_self_destructed: false } };
      return {
        json: {
          is_verified: true,
          is_fully_verified: true,
          name: a.name ?? 'Contract',
          compiler_version: 'v0.8.28+commit.7893614a',
          language: 'solidity',
          verified_at: '2024-01-01T00:00:00.000000Z',
          optimization_enabled: true,
          source_code: '// SPDX-License-Identifier: MIT',
          abi: [],
          deployed_bytecode: '0x6080',
        },
      };
    }
    if (kind === 'transactions' && id && sub === undefined) {
      const a = [...addresses.values()].find((x) => x.creationTx && lc(x.creationTx) === lc(id));
      if (!a) return notFound;
      return {
        json: {
          hash: a.creationTx,
          block_number: a.creationBlock ?? 1,
          timestamp: new Date((a.creationTimestamp ?? 1_600_000_000) * 1000).toISOString(),
          from: { hash: a.creator ?? null },
          status: 'ok',
        },
      };
    }
    return notFound;
  }

  const server = await startLoopback(route);
  return {
    ...server,
    setToken,
    setAddress(info) {
      addresses.set(lc(info.address), info);
    },
    lie(token, holder, balance) {
      let m = lies.get(lc(token));
      if (!m) lies.set(lc(token), (m = new Map()));
      m.set(lc(holder), balance);
      const entry = tokens.get(lc(token));
      if (entry) setToken(entry.token);
    },
    holderPages() {
      return server.requests.filter((r) => r.path.endsWith('/holders'));
    },
  };
}
