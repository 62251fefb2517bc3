/**
 * Snapshot hub GraphQL (POST). Keyless: 100 requests/min per IP; an optional key goes in
 * the `x-api-key` header. GraphQL errors arrive with HTTP 200 and become SourceQueryError.
 */
import { InputError } from '../../errors';
import { SourceQueryError, SourceRateLimitedError } from '../errors';
import { Reader } from '../guards';
import { defaultSourceHttp, type SourceHttp } from '../http/sourceHttp';

export const SNAPSHOT_URL = 'https://hub.snapshot.org/graphql';

export interface SnapshotConfig {
  /** GraphQL endpoint; default https://hub.snapshot.org/graphql. */
  url?: string;
  apiKey?: string;
  http?: SourceHttp;
  timeoutMs?: number;
}

export interface SnapshotClient {
  query(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<Record<string, unknown>>;
}

const read = new Reader('snapshot');

export function createSnapshotClient(config: SnapshotConfig = {}): SnapshotClient {
  const http = config.http ?? defaultSourceHttp();
  const url = config.url ?? SNAPSHOT_URL;
  try {
    new URL(url);
  } catch {
    throw new InputError(`not a valid Snapshot URL: ${url}`);
  }
  return {
    async query(query, variables, signal) {
      const res = await http.request({
        source: 'snapshot',
        policy: 'snapshot',
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(config.apiKey ? { 'x-api-key': config.apiKey } : {}) },
        body: JSON.stringify({ query, variables }),
        signal,
        timeoutMs: config.timeoutMs,
        // GraphQL servers answer bad queries with 400 and an `errors` list.
        accept: [400],
      });
      const body = read.record(res.body, 'response');
      if (body.errors !== undefined) {
        const errors = read.array(body.errors, 'errors');
        const first = errors[0] && typeof errors[0] === 'object' ? (errors[0] as Record<string, unknown>) : {};
        const message = typeof first.message === 'string' ? first.message.slice(0, 120) : 'GraphQL error';
        if (/too many requests|rate limit/i.test(message)) throw new SourceRateLimitedError('snapshot', { details: message });
        throw new SourceQueryError('snapshot', message);
      }
      if (res.status !== 200) throw new SourceQueryError('snapshot', `HTTP ${res.status} without errors`);
      return read.record(body.data, 'data');
    },
  };
}
