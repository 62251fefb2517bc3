/**
 * GoPlus is an opt-in external opinion: off → not asked at all; on → its flags land in
 * report.external (shown as "reported by GoPlus"), never among our own findings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChainClient } from '../../lib/chain/createClient';
import { assess } from '../../lib/risk/index';
import { gatherTokenReport } from '../../lib/analysis/gatherReport';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { startGoPlus } from '../support/loopback/goplus';
import type { Loopback } from '../support/loopback/server';
import { deployHealthyWorld, type HealthyWorld } from './healthyWorld';

let node: AnvilNode;
let world: HealthyWorld;
let goplus: Loopback;

beforeAll(async () => {
  node = await startAnvil();
  world = await deployHealthyWorld(node);
  goplus = await startGoPlus({
    [`${node.chainId}:${world.token.toLowerCase()}`]: { is_honeypot: '1', sell_tax: '0.25', is_open_source: '1' },
  });
}, 120_000);
afterAll(async () => {
  await goplus?.close();
  await node?.stop();
});

describe('GoPlus opinion', () => {
  it('is not asked when the person has not turned it on', async () => {
    const client = createChainClient({ rpcUrl: node.rpcUrl, chainId: node.chainId });
    const before = goplus.requests.length;
    const report = await gatherTokenReport(client, { address: world.token, source: 'logs', goplus: { enabled: false, url: goplus.url } });
    expect(goplus.requests.length).toBe(before);
    expect(report.external).toBeUndefined();
  });

  it('when on, its flags are kept as theirs and do not change our verdict', async () => {
    const client = createChainClient({ rpcUrl: node.rpcUrl, chainId: node.chainId });
    const report = await gatherTokenReport(client, { address: world.token, source: 'logs', goplus: { enabled: true, url: goplus.url } });
    expect(report.external).toEqual([{ source: 'goplus', flags: { is_honeypot: '1', sell_tax: '0.25', is_open_source: '1' } }]);
    expect(report.sources).toContainEqual({ section: 'external', source: 'goplus', ok: true });
    const a = assess(report);
    expect(a.findings.some((f) => /honeypot/i.test(f.title))).toBe(false);
    const withoutOpinion = assess({ ...report, external: undefined });
    expect(a.verdict).toBe(withoutOpinion.verdict);
  });
});
