/**
 * The holder scan behind a misbehaving provider (tests/support/faulty-rpc.ts in front of Anvil):
 * it ends with exactly the balances balanceOf gives, or fails with a typed error — in bounded time.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createChainClient } from '../../../lib/chain/createClient';
import { scanHolders } from '../../../lib/chain/holders/scanHolders';
import { MalformedResponseError, ProviderLimitError, RpcRateLimitedError, RpcTimeoutError } from '../../../lib/chain/errors';
import { WhaleLensError } from '../../../lib/errors';
import { startFaultyRpc, type FaultConfig, type FaultyRpc } from '../../support/faulty-rpc';
import { balancesOf, startCoreWorld, type CoreWorld } from './world';

describe('holder scan behind a faulty provider', () => {
  let w: CoreWorld;
  let truth: Map<string, bigint>;
  let proxy: FaultyRpc;
  beforeAll(async () => {
    w = await startCoreWorld();
    truth = await balancesOf(w.c, w.token, w.holders, w.head);
    proxy = await startFaultyRpc(w.node.rpcUrl);
  });
  afterEach(() => {
    proxy.configure({});
    proxy.resetStats();
  });
  afterAll(async () => {
    await proxy?.close();
    await w?.node.stop();
  });

  // Each case its own URL path: an endpoint's learned limits (keyed by URL) must not leak between cases.
  let caseNo = 0;
  const scan = (faults: FaultConfig, opts: { batch?: boolean; timeoutMs?: number; initialSpan?: bigint } = {}) => {
    proxy.configure(faults);
    const client = createChainClient({
      rpcUrl: `${proxy.url}/case-${++caseNo}`,
      batch: opts.batch ?? true,
      timeoutMs: opts.timeoutMs ?? 2_000,
      retryCount: 0,
    });
    return scanHolders(client, { token: w.token, fromBlock: w.creationBlock, toBlock: w.head, initialSpan: opts.initialSpan });
  };

  const survives = async (faults: FaultConfig, injected: string, opts?: Parameters<typeof scan>[1]) => {
    const res = await scan(faults, opts);
    expect(proxy.stats.injected[injected]).toBeGreaterThan(0);
    expect(res.complete).toBe(true);
    expect(res.balances).toEqual(truth);
    return res;
  };

  it('shrinks the range on "query returned more than N results"', async () => {
    const res = await survives({ resultCap: 50 }, 'resultCap');
    expect(res.requests).toBeGreaterThan(3);
  });

  it('follows the range the provider suggests', async () => {
    await survives({ resultCap: 50, resultCapHint: true }, 'resultCap');
  });

  it('fails with ProviderLimitError when one block alone is over the cap', async () => {
    await expect(scan({ resultCap: 30 })).rejects.toBeInstanceOf(ProviderLimitError);
  });

  it('respects a block-range cap stated in the error', async () => {
    const res = await survives({ rangeCap: 10 }, 'rangeCap');
    // Learnt once: after the cap is known, requests stay within it.
    expect(proxy.stats.injected.rangeCap).toBeLessThan(6);
    expect(res.requests).toBeGreaterThanOrEqual(Math.ceil(Number(w.head - w.creationBlock + 1n) / 10));
  });

  it('a second scan of the same endpoint starts at its learned range cap: no cap error again', async () => {
    proxy.configure({ rangeCap: 10 });
    const rpcUrl = `${proxy.url}/learned-cap`;
    const once = () => scanHolders(createChainClient({ rpcUrl, retryCount: 0 }), { token: w.token, fromBlock: w.creationBlock, toBlock: w.head });
    await once();
    expect(proxy.stats.injected.rangeCap).toBeGreaterThan(0);
    proxy.resetStats();
    const res = await once();
    expect(proxy.stats.injected.rangeCap ?? 0).toBe(0);
    expect(res.balances).toEqual(truth);
  });

  it('respects a block-range cap with no number in it', async () => {
    await survives({ rangeCap: 25, rangeCapMessage: () => 'block range is too wide' }, 'rangeCap');
  });

  it('waits out 429 Too Many Requests (Retry-After) and continues', async () => {
    await survives({ rateLimit: { every: 2, times: 2, retryAfterSec: 0 } }, 'rateLimit', { initialSpan: 20n });
  });

  it('honours Retry-After', async () => {
    const t = Date.now();
    await survives({ rateLimit: { times: 1, retryAfterSec: 1 } }, 'rateLimit');
    expect(Date.now() - t).toBeGreaterThanOrEqual(1_000);
  });

  it('gives up with RpcRateLimitedError when every request is refused', async () => {
    await expect(scan({ rateLimit: { retryAfterSec: 0 } })).rejects.toBeInstanceOf(RpcRateLimitedError);
  });

  it('survives hanging requests by timing out and retrying smaller', async () => {
    await survives({ hang: { times: 2 } }, 'hang', { timeoutMs: 300 });
  });

  it('fails with RpcTimeoutError, in bounded time, when the provider never answers', async () => {
    const t = Date.now();
    await expect(scan({ hang: {} }, { timeoutMs: 200 })).rejects.toBeInstanceOf(RpcTimeoutError);
    expect(Date.now() - t).toBeLessThan(10_000);
  });

  it('shrinks on HTTP 413', async () => {
    await survives({ http413: { times: 2 } }, 'http413');
  });

  it('retries transient HTTP 500', async () => {
    await survives({ http500: { times: 2 } }, 'http500');
  });

  for (const kind of ['html', 'truncated-json', 'null-result', 'not-a-list'] as const) {
    it(`retries a malformed reply (${kind})`, async () => {
      await survives({ malformed: { kind, times: 2 } }, 'malformed');
    });
  }

  it('fails with MalformedResponseError when replies stay malformed', async () => {
    const err = await scan({ malformed: { kind: 'not-a-list' } }).catch((e) => e);
    expect(err).toBeInstanceOf(MalformedResponseError);
  });

  it('survives several faults at once, with JSON-RPC batches of parallel requests', async () => {
    await survives(
      { resultCap: 60, rateLimit: { every: 3, times: 2, retryAfterSec: 0 }, hang: { every: 4, times: 1 }, http500: { every: 5, times: 1 } },
      'resultCap',
      { timeoutMs: 400, initialSpan: 16n },
    );
    expect(proxy.stats.httpRequests).toBeLessThan(proxy.stats.calls + 10);
  });

  it('answers JSON-RPC batches: parallel requests share HTTP requests', async () => {
    const res = await scan({}, { initialSpan: 4n });
    expect(res.balances).toEqual(truth);
    expect(proxy.stats.byMethod.eth_getLogs).toBeGreaterThan(8);
    expect(proxy.stats.httpRequests).toBeLessThan(proxy.stats.calls);
  });

  it('every failure is a typed WhaleLensError', async () => {
    for (const faults of [{ resultCap: 1 }, { rateLimit: { retryAfterSec: 0 } }, { malformed: { kind: 'html' as const } }]) {
      const err = await scan(faults).catch((e) => e);
      expect(err).toBeInstanceOf(WhaleLensError);
    }
  });
});
