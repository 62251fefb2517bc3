/**
 * indexerTopHolders: the fallback order Blockscout → Ethplorer (chain 1) → null, so one
 * failing service does not fail the analysis; each failure is reported, aborts are not swallowed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { indexerTopHolders } from '../../lib/sources/topHolders';
import { MalformedResponseError, SourceHttpError, SourceTimeoutError } from '../../lib/sources/errors';
import { SourceHttp } from '../../lib/sources/http/sourceHttp';
import { startBlockscout, type BlockscoutServer } from '../support/loopback/blockscout';
import { startEthplorer } from '../support/loopback/ethplorer';
import type { Loopback } from '../support/loopback/server';
import { loadUniHolders, UNI_CSV, UNI_TOKEN } from '../support/loopback/uniData';

const uni = loadUniHolders();
const ctx = { chainId: 1, token: UNI_TOKEN as `0x${string}`, blockNumber: 21_000_000n };

describe.skipIf(!uni)(`indexerTopHolders fallback${uni ? '' : ` (skipped: ${UNI_CSV} is absent)`}`, () => {
  let blockscout: BlockscoutServer;
  let ethplorer: Loopback;
  const http = new SourceHttp({
    policies: { blockscout: [{ capacity: 50, perSecond: 500 }], ethplorer: [{ capacity: 50, perSecond: 500 }] },
    backoff: { baseMs: 10, maxMs: 20 },
    retries: 1,
    timeoutMs: 1000,
  });
  const errors: [string, unknown][] = [];
  const hook = (extra: Partial<Parameters<typeof indexerTopHolders>[0]> = {}) =>
    indexerTopHolders({
      chainId: 1,
      blockscoutUrl: blockscout.url,
      ethplorerUrl: ethplorer.url,
      http,
      onSourceError: (s, e) => errors.push([s, e]),
      ...extra,
    });

  beforeAll(async () => {
    const top = uni!.slice(0, 300);
    blockscout = await startBlockscout({ tokens: [{ address: UNI_TOKEN, holders: top, holdersCount: uni!.length, totalSupply: 10n ** 27n }] });
    ethplorer = await startEthplorer({ tokens: [{ address: UNI_TOKEN, holders: top, holdersCount: uni!.length, totalSupply: 10n ** 27n }] });
  });
  afterAll(async () => {
    await blockscout.close();
    await ethplorer.close();
  });
  beforeEach(() => {
    blockscout.reset();
    ethplorer.reset();
    errors.length = 0;
  });

  it('Blockscout first: exact top 100, holder count and total supply; Ethplorer not asked', async () => {
    const res = await hook()(ctx);
    expect(res?.source).toBe('blockscout');
    expect(res?.holders).toHaveLength(100);
    expect(res?.holders.map((h) => [h.address.toLowerCase(), h.balance])).toEqual(uni!.slice(0, 100).map((h) => [h.address, h.balance]));
    expect(res).toMatchObject({ holderCount: uni!.length, totalSupply: 10n ** 27n, complete: false });
    expect(ethplorer.requests).toHaveLength(0);
    expect(errors).toEqual([]);
  });

  it('Blockscout down (500s) → Ethplorer, and the failure is reported', async () => {
    for (let i = 0; i < 4; i++) blockscout.inject({ kind: 'status', status: 502 });
    const res = await hook()(ctx);
    expect(res?.source).toBe('ethplorer');
    expect(res?.holders[0].balance).toBe(uni![0].balance);
    expect(res?.holderCount).toBe(uni!.length);
    expect(errors.map(([s, e]) => [s, (e as Error).constructor.name])).toEqual([['blockscout', 'SourceHttpError']]);
    expect((errors[0][1] as SourceHttpError).status).toBe(502);
  });

  it('Blockscout lying in shape (malformed) or slow (timeout) → Ethplorer', async () => {
    blockscout.inject({ kind: 'raw', body: '{"items":"nope"}' }, (r) => r.path.endsWith('/holders'));
    expect((await hook()(ctx))?.source).toBe('ethplorer');
    expect(errors[0][1]).toBeInstanceOf(MalformedResponseError);

    errors.length = 0;
    blockscout.inject({ kind: 'delay', ms: 3000 }, (r) => r.path.endsWith('/holders'));
    blockscout.inject({ kind: 'delay', ms: 3000 }, (r) => r.path.endsWith('/holders'));
    expect((await hook()(ctx))?.source).toBe('ethplorer');
    expect(errors[0][1]).toBeInstanceOf(SourceTimeoutError);
  });

  it('both down → null with both failures reported (analyzeToken falls back to logs / unknown)', async () => {
    for (let i = 0; i < 4; i++) blockscout.inject({ kind: 'status', status: 500 });
    for (let i = 0; i < 4; i++) ethplorer.inject({ kind: 'status', status: 503 });
    expect(await hook()(ctx)).toBeNull();
    expect(errors.map(([s]) => s)).toEqual(['blockscout', 'ethplorer']);
  });

  it('off mainnet there is no Ethplorer; a chain mismatch or no configured source gives null', async () => {
    for (let i = 0; i < 4; i++) blockscout.inject({ kind: 'status', status: 500 });
    expect(await hook({ chainId: 10 })({ ...ctx, chainId: 10 })).toBeNull();
    expect(ethplorer.requests).toHaveLength(0);
    expect(await hook()({ ...ctx, chainId: 8453 })).toBeNull();
    expect(await hook({ blockscoutUrl: undefined, ethplorerUrl: null })(ctx)).toBeNull();
  });

  it('without Blockscout on mainnet, Ethplorer answers directly', async () => {
    const res = await hook({ blockscoutUrl: undefined })(ctx);
    expect(res?.source).toBe('ethplorer');
    expect(blockscout.requests).toHaveLength(0);
  });

  it('an abort is not swallowed by the fallback', async () => {
    blockscout.inject({ kind: 'delay', ms: 3000 });
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 50);
    const err = await hook({ signal: ctrl.signal })(ctx).catch((e) => e);
    expect(err.name).toBe('AbortError');
    expect(ethplorer.requests).toHaveLength(0);
  });
});
