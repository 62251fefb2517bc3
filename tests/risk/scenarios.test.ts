/**
 * The engine on Reports from the on-chain issue's Anvil scenarios (real contracts, real
 * analyzeToken): each yields the findings a careful analyst would write, with evidence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Address } from 'viem';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { clientsFor } from '../support/chain';
import { deployPowerWorld, type PowerWorld } from '../support/scenarios';
import { analyzeToken } from '../../lib/analysis/analyzeToken';
import { createChainClient } from '../../lib/chain/createClient';
import { assess, formatAssessment } from '../../lib/risk/index';
import type { Assessment } from '../../lib/risk/types';
import type { Report } from '../../lib/report/types';

let node: AnvilNode;
let world: PowerWorld;

beforeAll(async () => {
  node = await startAnvil();
  world = await deployPowerWorld(clientsFor(node));
}, 180_000);
afterAll(() => node?.stop());

async function judge(address: Address, governor?: Address): Promise<{ report: Report; a: Assessment; titles: string[] }> {
  const client = createChainClient({ rpcUrl: node.rpcUrl, chainId: node.chainId });
  const report = await analyzeToken(client, { address, governor, liquidity: { dexes: world.liquidity.uniswap.dexes } });
  const a = assess(report);
  if (process.env.SHOW_ASSESSMENT)
    console.log(
      `\n${address}\n${formatAssessment(a)
        .filter((l) => !l.startsWith('    '))
        .join('\n')}`,
    );
  for (const f of a.findings) expect(f.evidence.length, f.ruleId).toBeGreaterThan(0);
  return { report, a, titles: a.findings.map((f) => `${f.severity}: ${f.title}`) };
}

describe('Anvil scenarios → findings', () => {
  it('owned token: the owner EOA can mint, pause and blacklist, and holds everything', async () => {
    const { a, titles } = await judge(world.owned.ownedToken);
    expect(a.verdict).toBe('danger');
    expect(titles).toContain('danger: One holder owns 100% of circulating supply');
    expect(titles).toContain('danger: Owner (an EOA) holds 100% of total supply');
    // Said once, not three times.
    expect(a.findings.find((f) => f.ruleId === 'whales.top10' || f.ruleId === 'whales.large-holders')).toBeUndefined();
    expect(titles).toContain('danger: Owner (an EOA) can mint');
    expect(titles.some((t) => t.startsWith('caution: Owner (an EOA) can pause transfers and blacklist wallets'))).toBe(true);
  });

  it('renounced token: noted as reassuring, no control danger', async () => {
    const { a, titles } = await judge(world.owned.renouncedToken);
    expect(titles).toContain('info: Ownership renounced');
    expect(a.findings.filter((f) => f.category === 'control' && f.severity !== 'info')).toEqual([]);
  });

  it('timelock-owned token: powers noted, not alarming', async () => {
    const { a } = await judge(world.owned.timelockOwnedToken);
    expect(a.findings.filter((f) => f.category === 'control' && f.severity === 'danger')).toEqual([]);
  });

  it('Safe 2-of-3 owner: no weak-Safe caution, no EOA danger', async () => {
    const { a } = await judge(world.safe.token);
    expect(a.findings.find((f) => f.ruleId === 'control.weak-safe')).toBeUndefined();
    expect(a.findings.find((f) => f.ruleId === 'control.eoa-critical')).toBeUndefined();
  });

  it('legacy proxy whose admin is an EOA: the upgrade key is a danger', async () => {
    const { titles } = await judge(world.proxies.legacyProxy);
    expect(titles).toContain('danger: Upgrade key is an EOA: the code can be swapped');
  });

  it('transparent proxy, ProxyAdmin owned by an EOA: danger', async () => {
    const { report, titles } = await judge(world.proxies.transparent);
    if (report.control?.proxy?.adminOwner?.kind === 'eoa') expect(titles).toContain('danger: Upgrade key is an EOA: the code can be swapped');
  });

  it('governance whales: three delegates reach quorum', async () => {
    const { a, titles } = await judge(world.governance.token, world.governance.governor);
    expect(titles).toContain('caution: 3 delegates together reach quorum');
    // 2-day timelock, several delegates above the proposal threshold: nothing to say there.
    expect(a.findings.find((f) => f.ruleId === 'governance.timelock' || f.ruleId === 'governance.proposal-threshold')).toBeUndefined();
    expect(a.verdict).toBe('caution');
  });

  it('LP held by the deployer: one wallet can pull the pool; burned LP: silent', async () => {
    const rug = await judge(world.liquidity.deployerToken);
    expect(rug.titles).toContain('danger: One wallet holds over 99.99% of the LP tokens of the Uniswap V2 pool with WETH');
    const burned = await judge(world.liquidity.burnedToken);
    expect(burned.a.findings.find((f) => f.ruleId === 'liquidity.lp-holder')).toBeUndefined();
  });
});
