/**
 * The background service with the real analyzer (viem + chain-core's analyzeToken) on a real
 * Anvil chain: an owner-controlled token yields the findings an analyst would write, and a
 * second request is answered from the cache even with the chain gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEther, type Address } from 'viem';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { accounts, clientsFor, deploy, installMulticall3, type Clients } from '../support/chain';
import { loadContracts } from '../support/compile';
import { BackgroundService } from '../../lib/service/service';
import { chainAnalyzer } from '../../lib/service/analyzer';
import { createMemoryCache } from '../../lib/cache/index';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import type { ReportState } from '../../lib/messaging/background-protocol';
import { memorySettings } from './fakes';
import { startBlockscout } from '../support/loopback/blockscout';
import { formatAssessment } from '../../lib/risk/index';

let node: AnvilNode;
let c: Clients;
let token: Address;

beforeAll(async () => {
  node = await startAnvil();
  c = clientsFor(node);
  await installMulticall3(c);
  token = await deploy(c, 'OwnedToken', [parseEther('1000000')]);
  const abi = loadContracts().OwnedToken.abi;
  // The owner keeps 60%; four wallets share the rest.
  for (const [i, amount] of [
    [1, '200000'],
    [2, '100000'],
    [3, '60000'],
    [4, '40000'],
  ] as const) {
    const hash = await c.wallet.writeContract({ address: token, abi, functionName: 'transfer', args: [accounts[i].address, parseEther(amount)] });
    await c.public.waitForTransactionReceipt({ hash });
  }
  await c.test.mine({ blocks: 3 });
});

afterAll(async () => {
  await node?.stop();
});

function anvilSettings(blockscoutUrl: string) {
  return memorySettings({
    chains: [...DEFAULT_SETTINGS.chains, { chainId: node.chainId, name: 'Anvil', rpcUrl: node.rpcUrl, blockscoutUrl, explorerUrl: '' }],
  });
}

describe('background service on Anvil', () => {
  it("with the chain's Blockscout: verification comes from it, the age from the chain (chain wins), no rule is left unknown", async () => {
    const balances = await Promise.all(
      [0, 1, 2, 3, 4].map(async (i) => ({
        address: accounts[i].address,
        balance: (await c.public.readContract({
          address: token,
          abi: loadContracts().OwnedToken.abi,
          functionName: 'balanceOf',
          args: [accounts[i].address],
        })) as bigint,
      })),
    );
    const head = await c.public.getBlock();
    const blockscout = await startBlockscout({
      tokens: [{ address: token, name: 'Owned Token', symbol: 'OWN', decimals: 18, holders: balances }],
      addresses: [
        {
          address: token,
          isContract: true,
          creator: accounts[0].address,
          creationTx: `0x${'ab'.repeat(32)}`,
          creationBlock: 1,
          creationTimestamp: Number(head.timestamp) - 2 * 86_400 - 600,
        },
      ],
    });
    try {
      const svc = new BackgroundService({ cache: createMemoryCache(), settings: anvilSettings(blockscout.url), analyze: chainAnalyzer() });
      const state = (await svc.handle(
        { type: 'report.get', chainId: node.chainId, address: token, waitMs: 60_000 },
        { kind: 'extension' },
      )) as ReportState;
      if (state.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(state)}`);
      const titles = state.assessment.findings.map((f) => f.title);
      // The indexer claims 2 days; the chain's creation block (minutes ago) wins.
      expect(titles.some((t) => /^Contract is only .+ old$/.test(t) && t !== 'Contract is only 2 days old')).toBe(true);
      expect(state.report.control?.creationTimestamp).toBeGreaterThan(Number(head.timestamp) - 86_400);
      expect(titles).toContain('Source code is not verified');
      expect(state.assessment.gaps).toEqual([]);
      expect(state.report.sources).toContainEqual({ section: 'verification', source: 'blockscout', ok: true });
      // Only the token's address (and its creation transaction) went to the indexer.
      expect(blockscout.requests.length).toBeGreaterThan(0);
      for (const r of blockscout.requests) {
        expect(r.path).toMatch(new RegExp(`^/api/v2/((tokens|addresses|smart-contracts)/${token.toLowerCase()}|transactions/0x(ab){32})`, 'i'));
      }
    } finally {
      await blockscout.close();
    }
  });

  it('an owner-controlled token: EOA can mint, pause and blacklist; the owner holds most of it', async () => {
    const settings = anvilSettings('');
    const svc = new BackgroundService({ cache: createMemoryCache(), settings, analyze: chainAnalyzer() });
    const tab = { kind: 'tab', tabId: 1 } as const;
    const state = (await svc.handle({ type: 'report.get', chainId: node.chainId, address: token, waitMs: 60_000 }, tab)) as ReportState;
    if (state.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(state)}`);
    const { assessment } = state;
    const titles = assessment.findings.map((f) => `${f.severity}: ${f.title}`);
    expect(assessment.verdict).toBe('danger');
    expect(titles).toContain('danger: Owner (an EOA) can mint');
    expect(titles.some((t) => /^caution: Owner \(an EOA\) can .*pause transfers/.test(t) && t.includes('blacklist'))).toBe(true);
    expect(titles).toContain('danger: One holder owns 60% of circulating supply');
    for (const f of assessment.findings) expect(f.evidence.length).toBeGreaterThan(0);
    if (process.env.SHOW_ASSESSMENT) console.log(formatAssessment(assessment).join('\n'));

    // The chain goes away: the cached report still answers, without an analysis.
    await node.stop();
    const again = (await svc.handle({ type: 'report.get', chainId: node.chainId, address: token }, tab)) as ReportState;
    expect(again).toMatchObject({ status: 'ready', stale: false, assessment: { verdict: 'danger' } });
  });
});
