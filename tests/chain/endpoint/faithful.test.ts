/**
 * Rate limits, per-call limits, batch caps, log caps, flaky 503s and a pruned node change no
 * verdict: through tests/support/public-rpc.ts in front of Anvil, a risky token (EOA can mint,
 * EOA holds the pool's LP) comes out exactly as through the plain endpoint — or "unknown" with the
 * reason named, never "ok". Each configuration gets its own endpoint (its own learned pace).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeToken } from '../../../lib/analysis/analyzeToken';
import { createChainClient } from '../../../lib/chain/createClient';
import { assess } from '../../../lib/risk/index';
import { startAnvil, type AnvilNode } from '../../support/anvil';
import { startPublicRpc, type PublicRpc, type PublicRpcConfig } from '../../support/public-rpc';
import { deployRiskyWorld, type PublicWorld } from '../../support/public-world';

let node: AnvilNode;
let world: PublicWorld;
const proxies: PublicRpc[] = [];

beforeAll(async () => {
  node = await startAnvil();
  world = await deployRiskyWorld(node);
}, 120_000);
afterAll(async () => {
  for (const p of proxies) await p.close();
  await node?.stop();
});

async function judge(config: PublicRpcConfig) {
  const proxy = await startPublicRpc(node.rpcUrl, config);
  proxies.push(proxy);
  const client = createChainClient({ rpcUrl: proxy.url, chainId: node.chainId });
  const report = await analyzeToken(client, { address: world.token, blockNumber: world.head, liquidity: { dexes: world.uniswap.dexes } });
  const a = assess(report);
  return { report, a, proxy, findings: a.findings.map((f) => `${f.ruleId}:${f.severity}`).sort() };
}

describe('verdicts through a public-like endpoint', () => {
  let plain: Awaited<ReturnType<typeof judge>>;
  beforeAll(async () => {
    plain = await judge({});
  }, 60_000);

  it('the plain run sees the risks (mint by an EOA, LP in an EOA)', () => {
    expect(plain.a.verdict).toBe('danger');
    expect(plain.findings.join(' ')).toMatch(/control\./);
    expect(plain.findings.join(' ')).toMatch(/liquidity\.lp-holder/);
    expect(plain.report.sources.every((s) => s.ok)).toBe(true);
  });

  const same = (label: string, config: PublicRpcConfig, refusal: string) =>
    it(`${label}: same verdict and findings`, async () => {
      const run = await judge(config);
      expect(run.proxy.stats.refused[refusal]).toBeGreaterThan(0);
      expect(run.a.verdict).toBe(plain.a.verdict);
      expect(run.findings).toEqual(plain.findings);
      expect(run.report.holders?.count).toBe(plain.report.holders?.count);
      expect(run.report.sources.filter((s) => !s.ok)).toEqual([]);
    }, 90_000);

  same('3 requests/s with 429 Retry-After', { rps: 3, retryAfterSec: 1 }, 'http429');
  same('per-call compute-unit limit (Alchemy-style errors inside 200 replies)', { callsPerSecond: 60 }, 'call429');
  same('batch cap of 10 calls', { maxBatch: 10 }, 'batchCap');
  same('log caps without numbers in the error', { rangeCap: 40, rangeCapText: 'plain', resultCap: 15, resultCapText: 'plain' }, 'rangeCap');
  same('log caps with numbers in the error', { rangeCap: 40, resultCap: 15 }, 'rangeCap');
  same('a flaky endpoint (every 4th request 503)', { flaky503Every: 4 }, 'http503');
  same('all at once', { rps: 5, callsPerSecond: 80, maxBatch: 25, rangeCap: 100, resultCap: 30, flaky503Every: 7 }, 'batchCap');

  for (const prunedText of ['missing trie node', 'header not found'] as const) {
    it(`a pruned node ("${prunedText}"): same findings, the age unknown with the reason, told once`, async () => {
      const run = await judge({ prunedKeep: 64, prunedText });
      expect(run.proxy.stats.refused.pruned).toBeGreaterThan(0);
      // The holder scan still starts at the token's first log: the same holders.
      expect(run.report.holders?.count).toBe(plain.report.holders?.count);
      expect(run.report.holders?.complete).toBe(true);
      expect(run.a.verdict === plain.a.verdict || run.a.verdict === 'unknown').toBe(true);
      expect(run.findings.filter((f) => !f.startsWith('age.'))).toEqual(plain.findings.filter((f) => !f.startsWith('age.')));
      expect(run.a.gaps).toContainEqual(expect.objectContaining({ ruleId: 'age.young' }));
      const notes = run.report.sources.filter((s) => /keeps no old state/.test(s.error ?? ''));
      expect(notes).toHaveLength(1);
      // A bounded search over logs (token and pair), then the scans.
      expect(run.proxy.stats.byMethod.eth_getLogs).toBeLessThan(80);
    }, 90_000);
  }
});

describe('an endpoint that keeps refusing one read', () => {
  it('owner() never answered: control is a gap with the reason, never "no owner"', async () => {
    const run = await judge({ refuseSelector: '8da5cb5b' });
    expect(run.proxy.stats.refused.selector).toBeGreaterThan(0);
    expect(run.report.control).toBeUndefined();
    const failed = run.report.sources.find((s) => s.section === 'control' && !s.ok);
    expect(failed?.error).toMatch(/did not answer \(rate limited\)/);
    expect(run.a.gaps.some((g) => /control data failed/.test(g.reason))).toBe(true);
    expect(run.a.verdict).not.toBe('ok');
  }, 90_000);

  it('getPair never answered: liquidity is a gap, never "no pool"', async () => {
    const run = await judge({ refuseSelector: 'e6a43905' });
    expect(run.report.liquidity).toBeUndefined();
    expect(run.report.sources.find((s) => s.section === 'liquidity' && !s.ok)?.error).toMatch(/did not answer/);
    expect(run.a.gaps.some((g) => /liquidity data failed/.test(g.reason))).toBe(true);
  }, 90_000);
});

describe('a creation-block search the endpoint keeps refusing', () => {
  it('never becomes a log scan from block 0: the holders section is a gap naming the reason', async () => {
    const run = await judge({ refuseOldCode: 2 });
    expect(run.proxy.stats.refused.oldCode).toBeGreaterThan(0);
    const holders = run.report.sources.find((s) => s.section === 'holders' && !s.ok);
    expect(holders?.error).toMatch(/history starts is unknown: .*rate limited/);
    expect(run.report.holders).toBeUndefined();
    expect(run.a.verdict).not.toBe('ok');
    // No Transfer scan at all (a scan from block 0 is what this replaces).
    expect(run.proxy.stats.byMethod.eth_getLogs ?? 0).toBe(0);
  }, 120_000);
});
