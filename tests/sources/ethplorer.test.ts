/**
 * Ethplorer client against a loopback Ethplorer writing balances as JSON number literals,
 * the way Ethplorer does: exact integers, rounded doubles (e-notation) or rawBalance strings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEthplorerClient, parseLossless } from '../../lib/sources/ethplorer/client';
import { decimalLiteral, getTokenInfo, getTopTokenHolders } from '../../lib/sources/ethplorer/holders';
import { MalformedResponseError, SourceQueryError, SourceRateLimitedError } from '../../lib/sources/errors';
import { SourceHttp } from '../../lib/sources/http/sourceHttp';
import { startEthplorer } from '../support/loopback/ethplorer';
import type { Loopback } from '../support/loopback/server';
import { loadUniHolders, UNI_CSV, UNI_TOKEN } from '../support/loopback/uniData';

const uni = loadUniHolders();
const fastHttp = () => new SourceHttp({ policies: { ethplorer: [{ capacity: 50, perSecond: 500 }] }, backoff: { baseMs: 10, maxMs: 50 } });

describe('decimal literals', () => {
  it('keeps integer literals exact and flags rounded ones', () => {
    const body = parseLossless('{"holders":[{"address":"0x1","balance":123456789012345678901234567890,"share":1.5}]}') as {
      holders: { balance: string; share: number }[];
    };
    expect(body.holders[0].balance).toBe('123456789012345678901234567890');
    expect(body.holders[0].share).toBe(1.5);
    expect(decimalLiteral('123456789012345678901234567890', 'b')).toEqual({ value: 123456789012345678901234567890n, rounded: false });
    expect(decimalLiteral('4.4e+26', 'b')).toEqual({ value: 440000000000000000000000000n, rounded: true });
    expect(decimalLiteral('1.0', 'b')).toEqual({ value: 1n, rounded: false });
    expect(() => decimalLiteral('-1', 'b')).toThrow(MalformedResponseError);
    expect(() => decimalLiteral(5, 'b')).toThrow(MalformedResponseError);
  });
});

describe.skipIf(!uni)(`Ethplorer client on the UNI distribution${uni ? '' : ` (skipped: ${UNI_CSV} is absent)`}`, () => {
  const servers: Loopback[] = [];
  const start = async (style: 'integer' | 'float' | 'raw') => {
    const s = await startEthplorer({
      tokens: [
        { address: UNI_TOKEN, name: 'Uniswap', symbol: 'UNI', holders: uni!.slice(0, 500), holdersCount: uni!.length, totalSupply: 10n ** 27n },
      ],
      style,
    });
    servers.push(s);
    return createEthplorerClient({ url: s.url, http: fastHttp() });
  };
  afterAll(async () => {
    for (const s of servers) await s.close();
  });

  it('top 100 holders, exact from integer literals, with freekey by default', async () => {
    const client = await start('integer');
    const res = await getTopTokenHolders(client, { token: UNI_TOKEN, limit: 100 });
    expect(res.approximate).toBe(false);
    expect(res.holders.map((h) => [h.address.toLowerCase(), h.balance])).toEqual(uni!.slice(0, 100).map((h) => [h.address, h.balance]));
    expect(servers[0].requests[0].query.get('apiKey')).toBe('freekey');
    expect(servers[0].requests[0].query.get('limit')).toBe('100');
  });

  it('rawBalance strings win over the rounded balance', async () => {
    const client = await start('raw');
    const res = await getTopTokenHolders(client, { token: UNI_TOKEN, limit: 10 });
    expect(res.approximate).toBe(false);
    expect(res.holders[9].balance).toBe(uni![9].balance);
  });

  it('rounded doubles are read as written and marked approximate', async () => {
    const client = await start('float');
    const res = await getTopTokenHolders(client, { token: UNI_TOKEN, limit: 100 });
    expect(res.approximate).toBe(true);
    for (let i = 0; i < 100; i++) {
      const exact = uni![i].balance;
      const diff = res.holders[i].balance > exact ? res.holders[i].balance - exact : exact - res.holders[i].balance;
      // A double keeps ~16 significant digits.
      expect(diff * 10n ** 15n <= exact).toBe(true);
    }
  });

  it('token info: holders count and total supply; the limit is capped at 100', async () => {
    const client = await start('integer');
    expect(await getTokenInfo(client, { token: UNI_TOKEN })).toMatchObject({
      holdersCount: uni!.length,
      totalSupply: 10n ** 27n,
      decimals: 18,
      symbol: 'UNI',
    });
    await getTopTokenHolders(client, { token: UNI_TOKEN, limit: 5000 });
    expect(servers[servers.length - 1].requests.at(-1)?.query.get('limit')).toBe('100');
  });
});

describe('Ethplorer errors', () => {
  let server: Loopback;
  const TOKEN = '0x1111111111111111111111111111111111111111';
  beforeAll(async () => {
    server = await startEthplorer({
      tokens: [{ address: TOKEN, holders: [{ address: '0x00000000000000000000000000000000000000aa', balance: 5n }] }],
    });
  });
  afterAll(() => server.close());

  it('a user key is sent instead of freekey', async () => {
    const client = createEthplorerClient({ url: server.url, apiKey: 'EK-personal', http: fastHttp() });
    await getTopTokenHolders(client, { token: TOKEN });
    expect(server.requests.at(-1)?.query.get('apiKey')).toBe('EK-personal');
  });

  it('Ethplorer error objects become SourceQueryError; limits become SourceRateLimitedError', async () => {
    const client = createEthplorerClient({ url: server.url, http: fastHttp() });
    const err = await getTopTokenHolders(client, { token: '0x2222222222222222222222222222222222222222' }).catch((e) => e);
    expect(err).toBeInstanceOf(SourceQueryError);
    expect(err.message).toBe('ethplorer: Address is not a token contract (code 150)');
    server.inject({ kind: 'raw', body: '{"error":{"code":429,"message":"Request limit reached"}}' });
    await expect(getTopTokenHolders(client, { token: TOKEN })).rejects.toBeInstanceOf(SourceRateLimitedError);
  });

  it('wrong types are malformed', async () => {
    const client = createEthplorerClient({ url: server.url, http: fastHttp() });
    for (const body of [
      '{"holders":{}}',
      '{"holders":[{"address":"0x12","balance":5}]}',
      '{"holders":[{"address":"0x00000000000000000000000000000000000000aa","balance":"lots"}]}',
      'not json',
    ]) {
      server.inject({ kind: 'raw', body });
      await expect(getTopTokenHolders(client, { token: TOKEN })).rejects.toBeInstanceOf(MalformedResponseError);
    }
  });
});
