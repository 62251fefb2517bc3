/** Tally delegates: only with a key (Api-Key header), paginated by cursor, votes exact as bigint. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tallyDelegates } from '../../lib/sources/tally/delegates';
import { MalformedResponseError, SourceHttpError } from '../../lib/sources/errors';
import { SourceHttp } from '../../lib/sources/http/sourceHttp';
import { startTally } from '../support/loopback/tally';
import type { Loopback } from '../support/loopback/server';

const GOV = 'eip155:1:0x408ED6354d4973f66138C91495F2f2FCbd8724C3';
const http = new SourceHttp({ policies: { tally: [{ capacity: 50, perSecond: 500 }] } });
const rows = Array.from({ length: 45 }, (_, i) => ({
  address: `0x${(i + 1).toString(16).padStart(40, '0')}`,
  votesCount: 10n ** 24n * BigInt(50 - i) + 123456789n,
  delegatorsCount: i,
}));

describe('Tally delegates', () => {
  let server: Loopback;
  beforeAll(async () => {
    server = await startTally('tally-key', { [GOV]: rows });
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it('without a key: null and no request', async () => {
    expect(await tallyDelegates({ url: `${server.url}/query`, http }, { governorId: GOV })).toBeNull();
    expect(server.requests).toHaveLength(0);
  });

  it('with a key: top delegates over pages of 20, exact votes', async () => {
    const list = await tallyDelegates({ apiKey: 'tally-key', url: `${server.url}/query`, http }, { governorId: GOV, limit: 45 });
    expect(list).toHaveLength(45);
    expect(list![44].votes).toBe(rows[44].votesCount);
    expect(server.requests).toHaveLength(3);
    expect(server.requests[0].headers['api-key']).toBe('tally-key');
  });

  it('a wrong key is a 401; wrong types are malformed', async () => {
    const err = await tallyDelegates({ apiKey: 'bad', url: `${server.url}/query`, http }, { governorId: GOV }).catch((e) => e);
    expect(err).toBeInstanceOf(SourceHttpError);
    expect(err.status).toBe(401);
    server.inject({ kind: 'raw', body: '{"data":{"delegates":{"nodes":[{"account":{"address":"0x00000000000000000000000000000000000000aa"},"votesCount":1e24,"delegatorsCount":1}]}}}' });
    await expect(tallyDelegates({ apiKey: 'tally-key', url: `${server.url}/query`, http }, { governorId: GOV })).rejects.toBeInstanceOf(MalformedResponseError);
  });
});
