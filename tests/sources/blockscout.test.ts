/**
 * Blockscout client against a loopback Blockscout serving the real UNI airdrop distribution
 * (252,803 holders): pagination with next_page_params, limits, keyed API, legacy and v12
 * shapes, and every kind of malformed answer.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBlockscoutClient, type BlockscoutClient } from '../../lib/sources/blockscout/client';
import { getTokenCounters, getTokenInfo, getTopHolders } from '../../lib/sources/blockscout/tokens';
import { MalformedResponseError, SourceHttpError } from '../../lib/sources/errors';
import { SourceHttp } from '../../lib/sources/http/sourceHttp';
import { InputError } from '../../lib/errors';
import { startBlockscout, type BlockscoutServer } from '../support/loopback/blockscout';
import { loadUniHolders, UNI_CSV, UNI_TOKEN } from '../support/loopback/uniData';

const uni = loadUniHolders();
const SMALL = '0x00000000000000000000000000000000000a11ce';
const EMPTY = '0x00000000000000000000000000000000000e4e47';
const LEGACY = '0x000000000000000000000000000000000001e6ac';
const fastHttp = () =>
  new SourceHttp({
    policies: { blockscout: [{ capacity: 50, perSecond: 500 }], 'blockscout-keyed': [{ capacity: 50, perSecond: 500 }] },
    backoff: { baseMs: 10, maxMs: 50 },
  });

describe.skipIf(!uni)(`Blockscout client on the UNI distribution${uni ? '' : ` (skipped: ${UNI_CSV} is absent)`}`, () => {
  let server: BlockscoutServer;
  let client: BlockscoutClient;
  const top = () => uni!.slice(0, 200);

  beforeAll(async () => {
    const small = top()
      .slice(0, 30)
      .map((h, i) => ({ ...h, balance: BigInt(1000 - i) }));
    server = await startBlockscout({
      tokens: [
        { address: UNI_TOKEN, name: 'Uniswap', symbol: 'UNI', decimals: 18, totalSupply: 10n ** 27n, holders: uni! },
        { address: SMALL, holders: small },
        { address: EMPTY, holders: [] },
        { address: LEGACY, holders: small, legacyFields: true, holdersCount: 30 },
      ],
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    client = createBlockscoutClient({ chainId: 1, instanceUrl: server.url, http: fastHttp() });
  });

  it('reads the top 100 holders exactly, in two pages, passing next_page_params back', async () => {
    const res = await getTopHolders(client, { token: UNI_TOKEN, limit: 100 });
    expect(res.holders).toHaveLength(100);
    expect(res.complete).toBe(false);
    expect(res.holders.map((h) => [h.address.toLowerCase(), h.balance])).toEqual(
      top()
        .slice(0, 100)
        .map((h) => [h.address, h.balance]),
    );
    const pages = server.holderPages();
    expect(pages).toHaveLength(2);
    expect(pages[0].query.toString()).toBe('');
    // Page 2 asks from the last holder of page 1, with the exact value as text.
    expect(pages[1].query.get('address_hash')?.toLowerCase()).toBe(top()[49].address);
    expect(pages[1].query.get('value')).toBe(top()[49].balance.toString());
    expect(pages[1].query.get('items_count')).toBe('50');
  });

  it('stops at the limit (120 → 3 pages) and at the end of a short list', async () => {
    const res = await getTopHolders(client, { token: UNI_TOKEN, limit: 120 });
    expect(res.holders).toHaveLength(120);
    expect(server.holderPages()).toHaveLength(3);

    const small = await getTopHolders(client, { token: SMALL, limit: 100 });
    expect(small.holders).toHaveLength(30);
    expect(small.complete).toBe(true);

    const empty = await getTopHolders(client, { token: EMPTY, limit: 100 });
    expect(empty).toMatchObject({ holders: [], complete: true, pages: 1 });
  });

  it('token info and counters, current and legacy field names', async () => {
    const info = await getTokenInfo(client, { token: UNI_TOKEN });
    expect(info).toMatchObject({ name: 'Uniswap', symbol: 'UNI', decimals: 18, totalSupply: 10n ** 27n, holdersCount: uni!.length });
    expect(info.address).toBe(UNI_TOKEN);
    expect(await getTokenCounters(client, { token: UNI_TOKEN })).toEqual({ holdersCount: uni!.length, transfersCount: uni!.length * 3 });
    expect((await getTokenInfo(client, { token: LEGACY })).holdersCount).toBe(30);
  });

  it('an unknown token is a 404 SourceHttpError; a bad address is an InputError before any request', async () => {
    const err = await getTokenInfo(client, { token: '0x0000000000000000000000000000000000000bad' }).catch((e) => e);
    expect(err).toBeInstanceOf(SourceHttpError);
    expect(err.status).toBe(404);
    await expect(getTokenInfo(client, { token: 'not-an-address' })).rejects.toBeInstanceOf(InputError);
  });

  it('a 500 on page 2 is retried and the list is still exact', async () => {
    server.inject({ kind: 'status', status: 500 }, (r) => r.path.endsWith('/holders') && r.query.has('value'));
    const res = await getTopHolders(client, { token: UNI_TOKEN, limit: 100 });
    expect(res.holders[99].balance).toBe(top()[99].balance);
    expect(server.holderPages()).toHaveLength(3);
  });

  it('serves what a lying indexer says (verification is chain-core’s job)', async () => {
    const liar = await startBlockscout({ tokens: [{ address: UNI_TOKEN, holders: top() }] });
    try {
      liar.lie(UNI_TOKEN, top()[5].address, 1n);
      const c = createBlockscoutClient({ chainId: 1, instanceUrl: liar.url, http: fastHttp() });
      const res = await getTopHolders(c, { token: UNI_TOKEN, limit: 200 });
      const lied = res.holders.find((h) => h.address.toLowerCase() === top()[5].address);
      expect(lied?.balance).toBe(1n);
      expect(res.holders[res.holders.length - 1].address.toLowerCase()).toBe(top()[5].address);
    } finally {
      await liar.close();
    }
  });
});

describe('Blockscout client: keyed API, v12 pagination, malformed answers', () => {
  const holders = Array.from({ length: 75 }, (_, i) => ({
    address: `0x${(i + 1).toString(16).padStart(40, '0')}`,
    balance: 10n ** 24n * BigInt(100 - i),
  }));
  const TOKEN = '0x1111111111111111111111111111111111111111';
  let server: BlockscoutServer;
  let client: BlockscoutClient;

  beforeAll(async () => {
    server = await startBlockscout({ tokens: [{ address: TOKEN, holders }] });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    client = createBlockscoutClient({ chainId: 1, instanceUrl: `${server.url}/`, http: fastHttp() });
  });

  it('keyed multi-chain API: /{chainId}/api/v2 with apikey; a wrong key is a 401', async () => {
    const keyed = await startBlockscout({ tokens: [{ address: TOKEN, holders }], keyed: { chainId: 8453, apiKey: 'proapi_test' } });
    try {
      const c = createBlockscoutClient({ chainId: 8453, apiKey: 'proapi_test', apiUrl: keyed.url, http: fastHttp() });
      expect(c.keyed).toBe(true);
      const res = await getTopHolders(c, { token: TOKEN, limit: 60 });
      expect(res.holders).toHaveLength(60);
      expect(keyed.requests.every((r) => r.path.startsWith('/8453/api/v2/') && r.query.get('apikey') === 'proapi_test')).toBe(true);
      const wrong = createBlockscoutClient({ chainId: 8453, apiKey: 'nope', apiUrl: keyed.url, http: fastHttp() });
      const err = await getTokenInfo(wrong, { token: TOKEN }).catch((e) => e);
      expect(err).toBeInstanceOf(SourceHttpError);
      expect(err.status).toBe(401);
      expect(err.message).not.toContain('nope');
    } finally {
      await keyed.close();
    }
  });

  it('Blockscout ≥ v12 (no items_count echoed) paginates the same', async () => {
    const v12 = await startBlockscout({ tokens: [{ address: TOKEN, holders }], v12: true });
    try {
      const c = createBlockscoutClient({ chainId: 1, instanceUrl: v12.url, http: fastHttp() });
      const res = await getTopHolders(c, { token: TOKEN, limit: 100 });
      expect(res.holders.map((h) => h.balance)).toEqual(holders.map((h) => h.balance));
      expect(res.complete).toBe(true);
    } finally {
      await v12.close();
    }
  });

  it('needs an instance URL or a key', () => {
    expect(() => createBlockscoutClient({ chainId: 1 })).toThrow(InputError);
  });

  const A = '0x00000000000000000000000000000000000000aa';
  const B = '0x00000000000000000000000000000000000000bb';
  const page = (items: unknown, next: unknown = null) => JSON.stringify({ items, next_page_params: next });
  const item = (hash: unknown, value: unknown) => ({ address: { hash, is_contract: false, name: null }, value });
  const cases: [string, string, RegExp][] = [
    ['a balance as a rounded JSON number', page([item(A, 1e24)]), /value is not an exact unsigned integer/],
    ['a fractional balance', page([item(A, '12.5')]), /not an exact unsigned integer/],
    ['a negative balance', page([item(A, '-5')]), /not an exact unsigned integer/],
    ['a short address', page([item('0x1234', '5')]), /address.hash is not an address/],
    ['items that are not a list', JSON.stringify({ items: {}, next_page_params: null }), /holders.items is not a list/],
    ['an unsorted page', page([item(A, '5'), item(B, '6')]), /not sorted by balance/],
    ['a next page that is an array', page([item(A, '5')], [1]), /next_page_params is not an object/],
    ['a cursor value that lost precision', page([item(A, '5')], { value: 1.5e24, address_hash: A }), /cannot be passed back exactly/],
    ['an empty page claiming more', page([], { value: '5', address_hash: A }), /empty page claims a next page/],
    ['a body that is not an object', '[1,2,3]', /holders is not an object/],
  ];
  for (const [name, body, reason] of cases) {
    it(`malformed: ${name} → MalformedResponseError`, async () => {
      server.inject({ kind: 'raw', body }, (r) => r.path.endsWith('/holders'));
      const err = await getTopHolders(client, { token: TOKEN, limit: 100 }).catch((e) => e);
      expect(err).toBeInstanceOf(MalformedResponseError);
      expect(err.source).toBe('blockscout');
      expect(err.reason).toMatch(reason);
    });
  }

  it('malformed: pagination that does not advance', async () => {
    const next = { value: '5', address_hash: A, items_count: 50 };
    server.inject({ kind: 'raw', body: page([item(A, '9')], next) }, (r) => r.path.endsWith('/holders'));
    server.inject({ kind: 'raw', body: page([item(B, '5')], next) }, (r) => r.path.endsWith('/holders'));
    server.inject({ kind: 'raw', body: page([item(B, '5')], next) }, (r) => r.path.endsWith('/holders'));
    const err = await getTopHolders(client, { token: TOKEN, limit: 500 }).catch((e) => e);
    expect(err).toBeInstanceOf(MalformedResponseError);
    expect(err.reason).toMatch(/does not advance/);
  });

  it('malformed: token info with wrong types', async () => {
    server.inject({ kind: 'raw', body: JSON.stringify({ address_hash: TOKEN, decimals: '18', total_supply: 1e27, holders_count: '3' }) });
    const err = await getTokenInfo(client, { token: TOKEN }).catch((e) => e);
    expect(err).toBeInstanceOf(MalformedResponseError);
    expect(err.reason).toMatch(/total_supply/);
  });
});
