/**
 * One viem PublicClient for any chain id. Independent reads are coalesced two ways:
 * JSON-RPC batching (many calls per HTTP request) and multicall3 aggregation of
 * eth_calls (many reads per call). Multicall3 sits at the same address on every chain.
 */
import { createPublicClient, http, HttpRequestError, type Chain, type PublicClient } from 'viem';
import { pacedFetch } from './endpoint/pacedFetch';

export const MULTICALL3_ADDRESS = '0xcA11bde05977b3631167028862bE2a173976CA11' as const;

export interface ChainClientOptions {
  rpcUrl: string;
  /** Unknown until asked: analyzeToken reads eth_chainId itself, so 0 is a safe placeholder. */
  chainId?: number;
  /** JSON-RPC batching (default on). */
  batch?: boolean;
  timeoutMs?: number;
  /** Retries of failed HTTP requests (viem's exponential backoff); default 2. */
  retryCount?: number;
  fetchOptions?: RequestInit;
  /**
   * Pace requests to what the endpoint tolerates and retry its load refusals (429, per-call
   * rate limits, batch caps); shared by every client of the same URL. Default on.
   */
  paced?: boolean;
}

export function chainFor(chainId: number, rpcUrl: string): Chain {
  return {
    id: chainId,
    name: `chain ${chainId}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
    contracts: { multicall3: { address: MULTICALL3_ADDRESS } },
  };
}

export function createChainClient(opts: ChainClientOptions): PublicClient {
  const batch = opts.batch ?? true;
  const transport = http(opts.rpcUrl, {
    // Bounded batches: a provider may reject very large batches, and one huge reply delays all.
    batch: batch ? { batchSize: 100, wait: 0 } : false,
    timeout: opts.timeoutMs ?? 20_000,
    retryCount: opts.retryCount ?? 2,
    fetchOptions: opts.fetchOptions,
    ...(opts.paced === false ? {} : { fetchFn: pacedFetch(opts.rpcUrl) }),
    // Log pages of 10,000 Transfers are ~6 MB; a batch of them is more than viem's 10 MB default.
    maxResponseBodySize: 128 * 1024 * 1024,
    onFetchResponse: rejectOverloadReplies,
  });
  return createPublicClient({
    chain: chainFor(opts.chainId ?? 0, opts.rpcUrl),
    transport,
    batch: { multicall: batch ? { batchSize: 1024 * 16, wait: 0 } : false },
    // Nothing here polls; caching would hide the pinned-block reads we rely on.
    cacheTime: 0,
  }) as PublicClient;
}

/** Statuses that say "too much / too often", whatever the body says. */
const OVERLOAD = new Set([413, 429, 502, 503, 504]);

/**
 * Providers answer a rate-limited *batch* with a single error object; viem then fails with a
 * TypeError and loses the status. Raising the HTTP error here keeps status and Retry-After, so
 * viem's retry and our scanner both see "429, wait N s".
 */
async function rejectOverloadReplies(response: Response): Promise<void> {
  if (response.ok || !OVERLOAD.has(response.status)) return;
  const text = await response
    .clone()
    .text()
    .catch(() => '');
  throw new HttpRequestError({
    url: response.url,
    status: response.status,
    headers: response.headers,
    details: text.slice(0, 300) || response.statusText,
    body: {},
  });
}
