/**
 * A chain-only Report can be judged 'ok': the contract's age now comes from the creation block,
 * so a healthy token has no gaps — while a young one is still cautioned and a missing age stays a gap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublicClient, custom, http, type PublicClient } from 'viem';
import { analyzeToken } from '../../lib/analysis/analyzeToken';
import { createChainClient } from '../../lib/chain/createClient';
import { assess } from '../../lib/risk/index';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { chainFor } from '../support/chain';
import { deployHealthyWorld, type HealthyWorld } from './healthyWorld';

let node: AnvilNode;
let world: HealthyWorld;

beforeAll(async () => {
  node = await startAnvil();
  world = await deployHealthyWorld(node);
}, 120_000);
afterAll(() => node?.stop());

describe('chain-only verdicts', () => {
  it('sets the creation block and time, and a healthy old token is ok', async () => {
    const client = createChainClient({ rpcUrl: node.rpcUrl, chainId: node.chainId });
    const report = await analyzeToken(client, { address: world.token });
    const creation = await world.c.public.getBlock({ blockNumber: BigInt(report.control!.creationBlock!) });
    expect(await world.c.public.getCode({ address: world.token, blockNumber: creation.number - 1n })).toBeUndefined();
    expect(report.control?.creationTimestamp).toBe(Number(creation.timestamp));
    expect(report.block.timestamp - report.control!.creationTimestamp!).toBeGreaterThan(7 * 24 * 3600);
    const a = assess(report);
    expect(a.gaps).toEqual([]);
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(a.verdict).toBe('ok');
  });

  it('the same token before the time jump is young: caution, with the creation block as evidence', async () => {
    const client = createChainClient({ rpcUrl: node.rpcUrl, chainId: node.chainId });
    const report = await analyzeToken(client, { address: world.token, blockNumber: world.block - 1n });
    const a = assess(report);
    const young = a.findings.find((f) => f.ruleId === 'age.young');
    expect(young?.severity).toBe('caution');
    expect(young?.evidence).toContainEqual(expect.objectContaining({ kind: 'block', number: report.control!.creationBlock }));
    expect(a.verdict).toBe('caution');
  });

  it('without a creation time the age is a gap and the verdict unknown, never ok', async () => {
    // The real report minus the age: unknown is not safe.
    const client = createChainClient({ rpcUrl: node.rpcUrl, chainId: node.chainId });
    const report = await analyzeToken(client, { address: world.token });
    delete report.control!.creationTimestamp;
    const a = assess(report);
    expect(a.gaps.map((g) => g.ruleId)).toEqual(['age.young']);
    expect(a.verdict).toBe('unknown');
  });

  it('a node that pruned the state around the creation block: the age is unknown, not guessed (no false "old")', async () => {
    // Geth's answer for pruned state, for every block up to 3 after the real creation block.
    const full = createChainClient({ rpcUrl: node.rpcUrl, chainId: node.chainId });
    const created = BigInt((await analyzeToken(full, { address: world.token })).control!.creationBlock!);
    const upstream = http(node.rpcUrl)({ chain: chainFor(node) });
    const pruned = createPublicClient({
      chain: chainFor(node),
      transport: custom({
        async request({ method, params }) {
          if (
            method === 'eth_getCode' &&
            Array.isArray(params) &&
            typeof params[1] === 'string' &&
            params[1].startsWith('0x') &&
            BigInt(params[1]) <= created + 3n
          ) {
            throw Object.assign(new Error('missing trie node 0a1b2c (path ) state 0x0 is not available'), { code: -32000 });
          }
          return upstream.request({ method, params } as never);
        },
      }),
    }) as PublicClient;
    const report = await analyzeToken(pruned, { address: world.token });
    expect(report.control).toBeDefined();
    expect(report.control!.creationBlock).toBeUndefined();
    expect(report.control!.creationTimestamp).toBeUndefined();
    const a = assess(report);
    expect(a.gaps).toContainEqual(expect.objectContaining({ ruleId: 'age.young', reason: 'contract age unknown (no creation time)' }));
    expect(a.verdict).toBe('unknown');
  });
});
