/**
 * A Blockscout REST v2 endpoint: either one keyless instance (https://eth.blockscout.com,
 * a self-hosted or loopback one) or the keyed multi-chain API
 * (https://api.blockscout.com/{chainId}/api/v2/..., key in the `apikey` query parameter).
 */
import { InputError } from '../../errors';
import { defaultSourceHttp, type SourceHttp, type SourceResponse } from '../http/sourceHttp';
import type { PolicyName } from '../http/policies';
import type { BlockscoutSourceConfig } from '../types';

export const BLOCKSCOUT_API_URL = 'https://api.blockscout.com';

export interface BlockscoutConfig {
  chainId: number;
  /** Base URL of a keyless instance, e.g. https://eth.blockscout.com (no /api suffix). */
  instanceUrl?: string;
  /** With a key, the keyed multi-chain API is used (instanceUrl is then ignored). */
  apiKey?: string;
  /** Root of the keyed API; default https://api.blockscout.com (tests point it at loopback). */
  apiUrl?: string;
  http?: SourceHttp;
  timeoutMs?: number;
}

export interface BlockscoutClient {
  readonly chainId: number;
  readonly keyed: boolean;
  /** GET {base}/api/v2{path}?{query}; `accept` lists non-2xx statuses that are answers. */
  get(path: string, query?: Record<string, string>, opts?: { signal?: AbortSignal; accept?: readonly number[] }): Promise<SourceResponse>;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '').replace(/\/api(\/v2)?$/, '');
}

export function createBlockscoutClient(config: BlockscoutConfig): BlockscoutClient {
  const http = config.http ?? defaultSourceHttp();
  const keyed = Boolean(config.apiKey);
  let base: string;
  if (keyed) base = `${trimSlash(config.apiUrl ?? BLOCKSCOUT_API_URL)}/${config.chainId}/api/v2`;
  else if (config.instanceUrl) base = `${trimSlash(config.instanceUrl)}/api/v2`;
  else throw new InputError(`no Blockscout instance or key for chain ${config.chainId}`);
  try {
    new URL(base);
  } catch {
    throw new InputError(`not a valid Blockscout URL: ${config.instanceUrl ?? config.apiUrl}`);
  }
  const policy: PolicyName = keyed ? 'blockscout-keyed' : 'blockscout';

  return {
    chainId: config.chainId,
    keyed,
    get(path, query = {}, opts = {}) {
      const url = new URL(base + path);
      for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
      if (keyed) url.searchParams.set('apikey', config.apiKey!);
      return http.request({
        source: 'blockscout',
        policy,
        url: url.toString(),
        signal: opts.signal,
        accept: opts.accept,
        timeoutMs: config.timeoutMs,
      });
    },
  };
}

/** The client for a source config (instance URL, or the keyed multi-chain API when a key is set). */
export function blockscoutFor(config: BlockscoutSourceConfig): BlockscoutClient {
  return createBlockscoutClient({
    chainId: config.chainId,
    instanceUrl: config.blockscoutUrl,
    apiKey: config.blockscoutKey,
    apiUrl: config.blockscoutApiUrl,
    http: config.http,
  });
}
