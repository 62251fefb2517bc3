/** GoPlus: off by default (no request at all), flags kept as GoPlus's strings, unknowns left out. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { goplusTokenSecurity } from '../../lib/sources/goplus/tokenSecurity';
import { MalformedResponseError, SourceQueryError, SourceRateLimitedError } from '../../lib/sources/errors';
import { SourceHttp } from '../../lib/sources/http/sourceHttp';
import { startGoPlus } from '../support/loopback/goplus';
import type { Loopback } from '../support/loopback/server';

const TOKEN = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';
const http = new SourceHttp({ policies: { goplus: [{ capacity: 50, perSecond: 500 }] } });

describe('GoPlus token security', () => {
  let server: Loopback;
  beforeAll(async () => {
    server = await startGoPlus({
      [`1:${TOKEN.toLowerCase()}`]: {
        is_honeypot: '0',
        buy_tax: '0',
        sell_tax: '0.05',
        hidden_owner: '1',
        is_mintable: '',
        is_proxy: 'yes',
        transfer_pausable: 1,
        holder_count: '384255',
        owner_address: '0x41653c7d61609d856f29355e404f310ec4142cfb',
        creator_address: '<script>',
        holders: [{ address: '0x1', balance: '1', percent: '0.1' }],
        token_name: 'Uniswap',
      },
    });
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it('disabled (the default) sends nothing and returns null', async () => {
    expect(await goplusTokenSecurity({ enabled: false, url: server.url, http }, { chainId: 1, token: TOKEN })).toBeNull();
    expect(server.requests).toHaveLength(0);
  });

  it('enabled: an external opinion with GoPlus flags only; empty, odd or unknown values are left out', async () => {
    const opinion = await goplusTokenSecurity({ enabled: true, url: server.url, http }, { chainId: 1, token: TOKEN });
    expect(opinion).toEqual({
      source: 'goplus',
      flags: {
        is_honeypot: '0',
        hidden_owner: '1',
        buy_tax: '0',
        sell_tax: '0.05',
        holder_count: '384255',
        owner_address: '0x41653c7d61609d856f29355e404f310ec4142cfb',
      },
    });
    expect(server.requests[0].path).toBe('/api/v1/token_security/1');
    expect(server.requests[0].query.get('contract_addresses')).toBe(TOKEN.toLowerCase());
  });

  it('a token GoPlus does not know is null (unknown), not "safe"', async () => {
    expect(await goplusTokenSecurity({ enabled: true, url: server.url, http }, { chainId: 137, token: TOKEN })).toBeNull();
  });

  it('error codes and malformed bodies are typed errors', async () => {
    const call = () => goplusTokenSecurity({ enabled: true, url: server.url, http }, { chainId: 1, token: TOKEN });
    server.inject({ kind: 'raw', body: '{"code":4029,"message":"too many requests","result":{}}' });
    await expect(call()).rejects.toBeInstanceOf(SourceRateLimitedError);
    server.inject({ kind: 'raw', body: '{"code":2004,"message":"chain not supported","result":null}' });
    await expect(call()).rejects.toBeInstanceOf(SourceQueryError);
    server.inject({ kind: 'raw', body: `{"code":1,"message":"OK","result":{"${TOKEN.toLowerCase()}":"1"}}` });
    await expect(call()).rejects.toBeInstanceOf(MalformedResponseError);
    server.inject({ kind: 'raw', body: '{"code":1,"message":"OK","result":[]}' });
    await expect(call()).rejects.toBeInstanceOf(MalformedResponseError);
  });
});
