/**
 * Sources bench: top-100 holders from a loopback Blockscout serving the UNI distribution.
 *  1. validation overhead: our client (guards, bigint parsing, sort checks) vs raw fetch + JSON.parse of the same pages;
 *  2. requests for two concurrent identical lookups: with in-flight de-duplication vs without;
 *  3. wall time under the published 4 rps limit vs the floor that limit imposes.
 */
import { indexerTopHolders } from '../../lib/sources/topHolders';
import { createBlockscoutClient } from '../../lib/sources/blockscout/client';
import { getTopHolders } from '../../lib/sources/blockscout/tokens';
import { SourceHttp } from '../../lib/sources/http/sourceHttp';
import { startBlockscout } from '../support/loopback/blockscout';
import { loadUniHolders, UNI_TOKEN } from '../support/loopback/uniData';
import type { BenchRow } from './format';

/** Medians of a and b run alternately (after warm-up), so machine load hits both alike. */
async function pairedMedians(a: () => Promise<unknown>, b: () => Promise<unknown>, n: number): Promise<[number, number]> {
  for (let i = 0; i < 10; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    await a();
    ta.push(performance.now() - t);
    t = performance.now();
    await b();
    tb.push(performance.now() - t);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return [median(ta), median(tb)];
}

const unlimited = () => new SourceHttp({ policies: { blockscout: [{ capacity: 1000, perSecond: 1e6 }] } });

export async function rows(): Promise<BenchRow[]> {
  const uni = loadUniHolders();
  if (!uni) {
    return [{ name: 'sources: skipped (uni-airdrop-2020.csv absent)', ours: '-', baseline: '-', ratio: 0, budget: '-', pass: null }];
  }
  const server = await startBlockscout({ tokens: [{ address: UNI_TOKEN, holders: uni.slice(0, 1000), holdersCount: uni.length }] });
  try {
    const client = createBlockscoutClient({ chainId: 1, instanceUrl: server.url, http: unlimited() });
    const base = `${server.url}/api/v2/tokens/${UNI_TOKEN.toLowerCase()}/holders`;
    const [ours, raw] = await pairedMedians(
      () => getTopHolders(client, { token: UNI_TOKEN, limit: 100 }),
      async () => {
        const p1 = (await (await fetch(base)).json()) as { next_page_params: Record<string, string> };
        await (await fetch(`${base}?${new URLSearchParams(Object.entries(p1.next_page_params).map(([k, v]) => [k, String(v)]))}`)).json();
      },
      30,
    );

    // Two analyses of one token at once: one shared SourceHttp (de-duplicates) vs one each (cannot).
    const count = async (a: SourceHttp, b: SourceHttp) => {
      server.reset();
      const ctx = { chainId: 1, token: UNI_TOKEN as `0x${string}`, blockNumber: 0n };
      const hook = (http: SourceHttp) => indexerTopHolders({ chainId: 1, blockscoutUrl: server.url, ethplorerUrl: null, http });
      await Promise.all([hook(a)(ctx), hook(b)(ctx)]);
      return server.requests.length;
    };
    const shared = unlimited();
    const deduped = await count(shared, shared);
    const naive = await count(unlimited(), unlimited());

    server.reset();
    const published = new SourceHttp();
    const t = performance.now();
    await indexerTopHolders({ chainId: 1, blockscoutUrl: server.url, ethplorerUrl: null, http: published })({
      chainId: 1,
      token: UNI_TOKEN,
      blockNumber: 0n,
    });
    const wall = performance.now() - t;
    const floor = ((server.requests.length - 1) / 4) * 1000;

    return [
      {
        name: 'sources: top-100 via loopback Blockscout vs raw fetch+parse',
        ours: `${ours.toFixed(1)} ms`,
        baseline: `${raw.toFixed(1)} ms`,
        ratio: ours / raw,
        budget: '≤ 2×',
        pass: ours / raw <= 2,
      },
      {
        name: 'sources: requests, 2 identical concurrent lookups (dedup)',
        ours: `${deduped} requests`,
        baseline: `${naive} requests`,
        ratio: deduped / naive,
        budget: '≤ 0.5×',
        pass: deduped / naive <= 0.5,
      },
      {
        name: 'sources: top-100 wall time at 4 rps vs the limit floor',
        ours: `${wall.toFixed(0)} ms`,
        baseline: `${floor.toFixed(0)} ms`,
        ratio: wall / floor,
        budget: '≤ 1.3×',
        pass: wall / floor <= 1.3,
      },
    ];
  } finally {
    await server.close();
  }
}
