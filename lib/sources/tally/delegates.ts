/**
 * Tally delegates (on-chain governors): voting power per delegate, largest first.
 * Only with the user's key (header `Api-Key`); without one the helper returns null and sends nothing.
 */
import type { Address } from '../../report/types';
import { InputError } from '../../errors';
import { SourceQueryError } from '../errors';
import { Reader } from '../guards';
import { defaultSourceHttp, type SourceHttp } from '../http/sourceHttp';

export const TALLY_URL = 'https://api.tally.xyz/query';
/** Tally pages are small; 20 per request keeps each answer cheap. */
const PAGE = 20;

const read = new Reader('tally');

export const DELEGATES_QUERY = `query Delegates($input: DelegatesInput!) {
  delegates(input: $input) {
    nodes {
      ... on Delegate {
        account { address name }
        votesCount
        delegatorsCount
      }
    }
    pageInfo { firstCursor lastCursor count }
  }
}`;

export interface TallyConfig {
  apiKey?: string;
  url?: string;
  http?: SourceHttp;
  timeoutMs?: number;
}

export interface TallyDelegate {
  address: Address;
  name: string | null;
  votes: bigint;
  delegators: number;
}

/**
 * Top delegates of a governor (`eip155:{chainId}:{governor}`) or organization id.
 * Returns null when no key is configured.
 */
export async function tallyDelegates(
  config: TallyConfig,
  params: { governorId?: string; organizationId?: string; limit?: number; signal?: AbortSignal },
): Promise<TallyDelegate[] | null> {
  if (!config.apiKey) return null;
  if (!params.governorId && !params.organizationId) throw new InputError('tally: a governor id or organization id is needed');
  const http = config.http ?? defaultSourceHttp();
  const url = config.url ?? TALLY_URL;
  const limit = Math.max(1, Math.floor(params.limit ?? 100));
  const filters = params.governorId ? { governorId: params.governorId } : { organizationId: params.organizationId };
  const out: TallyDelegate[] = [];
  let afterCursor: string | undefined;
  while (out.length < limit) {
    const input = {
      filters,
      page: { limit: Math.min(PAGE, limit - out.length), ...(afterCursor ? { afterCursor } : {}) },
      sort: { isDescending: true, sortBy: 'votes' },
    };
    const res = await http.request({
      source: 'tally',
      policy: 'tally',
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'api-key': config.apiKey },
      body: JSON.stringify({ query: DELEGATES_QUERY, variables: { input } }),
      signal: params.signal,
      timeoutMs: config.timeoutMs,
      accept: [400],
    });
    const body = read.record(res.body, 'response');
    if (body.errors !== undefined) {
      const first = read.array(body.errors, 'errors')[0];
      const message = first && typeof first === 'object' && typeof (first as Record<string, unknown>).message === 'string' ? ((first as Record<string, unknown>).message as string).slice(0, 120) : 'GraphQL error';
      throw new SourceQueryError('tally', message);
    }
    const data = read.record(body.data, 'data');
    const d = read.record(data.delegates, 'delegates');
    const nodes = read.array(d.nodes, 'delegates.nodes');
    nodes.forEach((n, i) => {
      const o = read.record(n, `nodes[${i}]`);
      const account = read.record(o.account, `nodes[${i}].account`);
      const delegate: TallyDelegate = {
        address: read.address(account.address, `nodes[${i}].account.address`),
        name: read.optString(account.name, `nodes[${i}].account.name`),
        votes: read.uint(o.votesCount, `nodes[${i}].votesCount`),
        delegators: read.count(o.delegatorsCount, `nodes[${i}].delegatorsCount`),
      };
      const last = out[out.length - 1];
      if (last && delegate.votes > last.votes) read.fail('delegates are not sorted by votes');
      out.push(delegate);
    });
    const pageInfo = d.pageInfo === undefined || d.pageInfo === null ? {} : read.record(d.pageInfo, 'delegates.pageInfo');
    const next = read.optString(pageInfo.lastCursor, 'pageInfo.lastCursor');
    if (nodes.length === 0 || next === null || next === '' || next === afterCursor) break;
    afterCursor = next;
  }
  return out.slice(0, limit);
}
