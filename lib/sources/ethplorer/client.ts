/**
 * Ethplorer (Ethereum mainnet only): top token holders and token info.
 * `freekey` works without an account (2/s, 30/min, ≤ 100 holders); a personal key is used
 * when the user gives one. Ethplorer asks for attribution: show "data: Ethplorer.io".
 *
 * Exactness: Ethplorer writes balances as JSON numbers (e.g. 4.4e+26), which JSON.parse would
 * round to a double. We quote every "balance"/"rawBalance"/"totalSupply" number literal before
 * parsing, then read the literal's exact decimal value. When the literal itself is in
 * e-notation or has a fraction, Ethplorer already rounded it: the holder list is marked
 * `approximate`, and the on-chain verification step corrects it.
 */
import { InputError } from '../../errors';
import { SourceQueryError, SourceRateLimitedError } from '../errors';
import { isRecord } from '../guards';
import { defaultSourceHttp, type SourceHttp } from '../http/sourceHttp';

export const ETHPLORER_URL = 'https://api.ethplorer.io';

export interface EthplorerConfig {
  /** Default 'freekey'. */
  apiKey?: string;
  /** Default https://api.ethplorer.io (tests point it at loopback). */
  url?: string;
  http?: SourceHttp;
  timeoutMs?: number;
}

export interface EthplorerClient {
  get(path: string, query: Record<string, string>, signal?: AbortSignal): Promise<unknown>;
}

const AMOUNT_KEYS = /("(?:balance|rawBalance|totalSupply)"\s*:\s*)(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

/** JSON.parse that keeps amount literals as their exact text. */
export function parseLossless(text: string): unknown {
  return JSON.parse(text.replace(AMOUNT_KEYS, '$1"$2"'));
}

export function createEthplorerClient(config: EthplorerConfig = {}): EthplorerClient {
  const http = config.http ?? defaultSourceHttp();
  const base = (config.url ?? ETHPLORER_URL).replace(/\/+$/, '');
  try {
    new URL(base);
  } catch {
    throw new InputError(`not a valid Ethplorer URL: ${base}`);
  }
  const apiKey = config.apiKey || 'freekey';
  return {
    async get(path, query, signal) {
      const url = new URL(base + path);
      for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
      url.searchParams.set('apiKey', apiKey);
      const res = await http.request({
        source: 'ethplorer',
        policy: 'ethplorer',
        url: url.toString(),
        signal,
        parse: parseLossless,
        timeoutMs: config.timeoutMs,
        // Ethplorer answers bad input with a JSON error object, also on 400/404.
        accept: [400, 404],
      });
      const body = res.body;
      if (isRecord(body) && body.error !== undefined) {
        const err = isRecord(body.error) ? body.error : {};
        const message = typeof err.message === 'string' ? err.message.slice(0, 120) : 'error';
        const code = err.code;
        if (code === 429 || /limit/i.test(message)) throw new SourceRateLimitedError('ethplorer', { details: message });
        throw new SourceQueryError('ethplorer', `${message}${typeof code === 'number' ? ` (code ${code})` : ''}`);
      }
      if (res.status !== 200) throw new SourceQueryError('ethplorer', `HTTP ${res.status} without an error message`);
      return body;
    },
  };
}
