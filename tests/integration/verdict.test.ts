/**
 * A chain-only Report can be judged 'ok': the contract's age now comes from the creation block,
 * so a healthy token has no gaps — while a young one is still cautioned and a missing age stays a gap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeToken } from '../../lib/chain/analyzeToken';
import { createChainClient } from '../../lib/chain/createClient';
import { assess } from '../../lib/risk/index';
import { startAnvil, type AnvilNode } from '../support/anvil';
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

  it('without a creation time the age is a gap and the verdict unknown, never ok', () => {
    // The rule engine on the real report minus the age: unknown is not safe.
    return (async () => {
      const client = createChainClient({ rpcUrl: node.rpcUrl, chainId: node.chainId });
      const report = await analyzeToken(client, { address: world.token });
      delete report.control!.creationTimestamp;
      const a = assess(report);
      expect(a.gaps.map((g) => g.ruleId)).toEqual(['age.young']);
      expect(a.verdict).toBe('unknown');
    })();
  });
});
