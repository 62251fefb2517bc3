/**
 * Every source obeys its published rate limit, counted at the server: a burst of N distinct
 * requests fired at once, through the default (published) policies, must take at least
 * (N − burst) / rate seconds between the first and last arrival. Real HTTP on loopback,
 * real time; the bound only ever errs on the slow side, so a loaded machine cannot break it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBlockscoutClient } from '../../lib/sources/blockscout/client';
import { getTokenInfo } from '../../lib/sources/blockscout/tokens';
import { createEthplorerClient } from '../../lib/sources/ethplorer/client';
import { getTokenInfo as ethplorerTokenInfo } from '../../lib/sources/ethplorer/holders';
import { goplusTokenSecurity } from '../../lib/sources/goplus/tokenSecurity';
import { RATE_POLICIES, type PolicyName } from '../../lib/sources/http/policies';
import { SourceHttp } from '../../lib/sources/http/sourceHttp';
import { createSnapshotClient } from '../../lib/sources/snapshot/client';
import { getSpace } from '../../lib/sources/snapshot/space';
import { startBlockscout } from '../support/loopback/blockscout';
import { startEthplorer } from '../support/loopback/ethplorer';
import { startGoPlus } from '../support/loopback/goplus';
import type { Loopback } from '../support/loopback/server';
import { startSnapshotHub } from '../support/loopback/snapshot';

const tokenAddr = (i: number) => `0x${(0xabc000 + i).toString(16).padStart(40, '0')}`;
const holders = [{ address: '0x00000000000000000000000000000000000000aa', balance: 10n }];

/**
 * Fires n calls at once and checks, at the server, that the last of them arrived no earlier than
 * (n − burst) / rate after the burst was fired. Both stamps come from this process's clock, and
 * a late arrival can only lengthen the measured time, so a loaded machine cannot fake a pass
 * nor cause a false failure.
 */
async function burst(server: Loopback, policy: PolicyName, n: number, call: (i: number) => Promise<unknown>) {
  server.reset();
  const fired = performance.now();
  await Promise.all(Array.from({ length: n }, (_, i) => call(i).catch(() => undefined)));
  const arrivals = server.requests.map((r) => r.at).sort((a, b) => a - b);
  expect(arrivals).toHaveLength(n);
  const { capacity, perSecond } = RATE_POLICIES[policy][0];
  const minElapsed = ((n - capacity) / perSecond) * 1000;
  const elapsed = arrivals[arrivals.length - 1] - fired;
  expect(elapsed, `${policy}: ${n} requests in ${Math.round(elapsed)} ms, need ≥ ${Math.round(minElapsed)} ms`).toBeGreaterThanOrEqual(
    minElapsed - 2,
  );
  return elapsed;
}

describe.concurrent('published rate limits, counted at the server', () => {
  const servers: Loopback[] = [];
  const started = async <T extends Loopback>(p: Promise<T>) => {
    const s = await p;
    servers.push(s);
    return s;
  };
  let blockscout: Loopback;
  let keyed: Loopback;
  let ethplorer: Loopback;
  let snapshot: Loopback;
  let goplus: Loopback;

  beforeAll(async () => {
    const tokens = Array.from({ length: 10 }, (_, i) => ({ address: tokenAddr(i), holders }));
    blockscout = await started(startBlockscout({ tokens }));
    keyed = await started(startBlockscout({ tokens, keyed: { chainId: 1, apiKey: 'k' } }));
    ethplorer = await started(startEthplorer({ tokens }));
    snapshot = await started(startSnapshotHub({ spaces: [], proposals: [], votes: {} }));
    goplus = await started(startGoPlus({}));
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
  });

  it('Blockscout keyless: ≤ 4 requests/s', async () => {
    const client = createBlockscoutClient({ chainId: 1, instanceUrl: blockscout.url, http: new SourceHttp() });
    await burst(blockscout, 'blockscout', 9, (i) => getTokenInfo(client, { token: tokenAddr(i) }));
  });

  it('Blockscout keyed API: ≤ 5 requests/s', async () => {
    const client = createBlockscoutClient({ chainId: 1, apiKey: 'k', apiUrl: keyed.url, http: new SourceHttp() });
    await burst(keyed, 'blockscout-keyed', 8, (i) => getTokenInfo(client, { token: tokenAddr(i) }));
  });

  it('Ethplorer freekey: ≤ 2 requests/s', async () => {
    const client = createEthplorerClient({ url: ethplorer.url, http: new SourceHttp() });
    await burst(ethplorer, 'ethplorer', 5, (i) => ethplorerTokenInfo(client, { token: tokenAddr(i) }));
  });

  it('Snapshot: ≤ 100 requests/min (burst 5, then 95/min)', async () => {
    const client = createSnapshotClient({ url: `${snapshot.url}/graphql`, http: new SourceHttp() });
    await burst(snapshot, 'snapshot', 11, (i) => getSpace(client, { id: `space-${i}.eth` }));
  });

  it('GoPlus: ≤ 30 requests/min', async () => {
    const http = new SourceHttp();
    await burst(goplus, 'goplus', 3, (i) => goplusTokenSecurity({ enabled: true, url: goplus.url, http }, { chainId: 1, token: tokenAddr(i) }));
  });
});

describe('shared limits', () => {
  it('two clients of one host share its limit (one SourceHttp per process)', async () => {
    const server = await startBlockscout({ tokens: Array.from({ length: 6 }, (_, i) => ({ address: tokenAddr(i), holders })) });
    try {
      const http = new SourceHttp();
      const a = createBlockscoutClient({ chainId: 1, instanceUrl: server.url, http });
      const b = createBlockscoutClient({ chainId: 1, instanceUrl: `${server.url}/api/v2`, http });
      await burst(server, 'blockscout', 6, (i) => getTokenInfo(i % 2 ? a : b, { token: tokenAddr(i) }));
    } finally {
      await server.close();
    }
  });
});
