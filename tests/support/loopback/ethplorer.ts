/**
 * An Ethplorer look-alike: /getTopTokenHolders/{a}?apiKey&limit and /getTokenInfo/{a}.
 * Balances are written as Ethplorer does — JSON number literals — in one of three styles:
 * 'integer' (exact literal), 'float' (JS/PHP double e-notation, rounded), 'raw' (adds rawBalance strings).
 */
import { startLoopback, type Loopback, type RecordedRequest, type Reply } from './server';

export interface EthplorerToken {
  address: string;
  name?: string;
  symbol?: string;
  decimals?: number;
  totalSupply?: bigint;
  holders: { address: string; balance: bigint }[];
  holdersCount?: number;
}

export interface EthplorerOptions {
  tokens: EthplorerToken[];
  style?: 'integer' | 'float' | 'raw';
  /** Max holders per request: 100 for freekey, 1000 for personal keys. */
  maxLimit?: number;
}

const lc = (a: string) => a.toLowerCase();

function literal(v: bigint, style: 'integer' | 'float' | 'raw'): string {
  return style === 'float' ? String(Number(v)) : v.toString();
}

export async function startEthplorer(opts: EthplorerOptions): Promise<Loopback> {
  const style = opts.style ?? 'integer';
  const tokens = new Map(opts.tokens.map((t) => [lc(t.address), t]));
  const error = (status: number, code: number, message: string): Reply => ({ status, json: { error: { code, message } } });

  function route(req: RecordedRequest): Reply {
    const key = req.query.get('apiKey');
    if (!key) return error(401, 1, 'Invalid API key');
    const [, method, addr] = req.path.split('/');
    const token = addr ? tokens.get(lc(addr)) : undefined;
    if (!token) return error(400, 150, 'Address is not a token contract');
    let supply = token.totalSupply;
    if (supply === undefined) {
      supply = 0n;
      for (const h of token.holders) supply += h.balance;
    }
    if (method === 'getTokenInfo') {
      return {
        text: `{"address":"${lc(token.address)}","totalSupply":"${supply}","name":${JSON.stringify(token.name ?? 'Token')},"symbol":${JSON.stringify(token.symbol ?? 'TKN')},"decimals":"${token.decimals ?? 18}","price":false,"owner":"","countOps":${token.holders.length * 2},"transfersCount":${token.holders.length * 2},"holdersCount":${token.holdersCount ?? token.holders.length},"issuancesCount":0,"lastUpdated":1700000000}`,
      };
    }
    if (method === 'getTopTokenHolders') {
      const limit = Math.min(Number(req.query.get('limit') ?? '10'), opts.maxLimit ?? 100);
      const sorted = [...token.holders].sort((a, b) => (a.balance > b.balance ? -1 : a.balance < b.balance ? 1 : 0)).slice(0, limit);
      const items = sorted.map((h) => {
        const share = Number((h.balance * 1_000_000n) / (supply || 1n)) / 10_000;
        const raw = style === 'raw' ? `,"rawBalance":"${h.balance}"` : '';
        return `{"address":"${lc(h.address)}","balance":${literal(h.balance, style)},"share":${share}${raw}}`;
      });
      return { text: `{"holders":[${items.join(',')}]}` };
    }
    return error(404, 404, 'Unknown method');
  }

  return startLoopback(route);
}
