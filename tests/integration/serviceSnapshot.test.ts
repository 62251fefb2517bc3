/**
 * The extension's background analyzer fetches a protocol's Snapshot space: a token the registry
 * lists with a snapshotSpace gets report.snapshot (voting concentration, admin finding) from the
 * hub in the user's settings — and only the space id is sent there. Real analyzer, real Anvil,
 * loopback hub.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackgroundService } from '../../lib/service/service';
import { chainAnalyzer } from '../../lib/service/analyzer';
import type { ProtocolInfo } from '../../lib/analysis/protocolToken';
import { createMemoryCache } from '../../lib/cache/index';
import { DEFAULT_SETTINGS, DEFAULT_SNAPSHOT_URL, withDefaults } from '../../lib/settings/defaults';
import type { Settings } from '../../lib/settings/types';
import type { ReportState } from '../../lib/messaging/background-protocol';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { startSnapshotHub, type Loopback } from '../support/loopback/index';
import { memorySettings } from '../service/fakes';
import { deployHealthyWorld, type HealthyWorld } from './healthyWorld';

let node: AnvilNode;
let world: HealthyWorld;
let hub: Loopback;

beforeAll(async () => {
  node = await startAnvil();
  world = await deployHealthyWorld(node);
  hub = await startSnapshotHub({
    spaces: [{ id: 'weth.eth', admins: ['0x1111111111111111111111111111111111111111'], strategies: [{ name: 'erc20-balance-of' }] }],
    proposals: [{ id: '0xp1', space: 'weth.eth', scores: [70, 30], scores_total: 100, quorum: 0, snapshot: '1', state: 'closed', created: 1 }],
    votes: {
      '0xp1': [
        { voter: `0x${'3'.repeat(40)}`, vp: 70 },
        { voter: `0x${'4'.repeat(40)}`, vp: 30 },
      ],
    },
  });
}, 120_000);

afterAll(async () => {
  await hub?.close();
  await node?.stop();
});

function service(patch: Partial<Settings>, listed = true) {
  const protocol: ProtocolInfo = {
    id: 'weth-dao',
    name: 'WETH DAO',
    tokens: [{ chainId: node.chainId, address: world.token }],
    snapshotSpace: 'weth.eth',
  };
  const settings = memorySettings({
    chains: [...DEFAULT_SETTINGS.chains, { chainId: node.chainId, name: 'Anvil', rpcUrl: node.rpcUrl, blockscoutUrl: '', explorerUrl: '' }],
    ...patch,
  });
  const protocols = { get: (id: string) => (listed && id === protocol.id ? protocol : undefined), all: () => (listed ? [protocol] : []) };
  return new BackgroundService({ cache: createMemoryCache(), settings, analyze: chainAnalyzer(), protocols });
}

async function ready(svc: BackgroundService): Promise<Extract<ReportState, { status: 'ready' }>> {
  const state = (await svc.handle(
    { type: 'report.get', chainId: node.chainId, address: world.token, waitMs: 60_000 },
    { kind: 'extension' },
  )) as ReportState;
  if (state.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(state)}`);
  return state;
}

describe('Snapshot in the background analyzer', () => {
  it('defaults to the public hub, and older stored settings get it too', () => {
    expect(DEFAULT_SETTINGS.snapshotUrl).toBe('https://hub.snapshot.org/graphql');
    const { snapshotUrl: _, ...older } = DEFAULT_SETTINGS;
    expect(withDefaults(older).snapshotUrl).toBe(DEFAULT_SNAPSHOT_URL);
  });

  it('a registry token with a Snapshot space: voting concentration and the admin finding, only the space id sent', async () => {
    hub.reset();
    const state = await ready(service({ snapshotUrl: `${hub.url}/graphql` }));
    const s = state.report.snapshot!;
    expect(s.space).toBe('weth.eth');
    expect(s.proposals[0]).toMatchObject({ id: '0xp1', voters: 2, top1: 0.7, minCoalition: 1 });
    expect(state.report.sources).toContainEqual({ section: 'snapshot', source: 'snapshot', ok: true });
    expect(state.assessment.findings.map((f) => f.title)).toContain('One Snapshot admin can change voting strategies');
    expect(hub.requests.length).toBeGreaterThan(0);
    for (const r of hub.requests) {
      const vars = (JSON.parse(r.body) as { variables: Record<string, unknown> }).variables;
      // Space id, or a proposal id the hub itself returned; never the token, never a page.
      for (const v of Object.values(vars)) if (typeof v === 'string') expect(['weth.eth', '0xp1']).toContain(v);
      expect(r.body.toLowerCase()).not.toContain(world.token.toLowerCase().slice(2));
    }
  }, 60_000);

  it("snapshotUrl '' turns Snapshot off: no request, no section", async () => {
    hub.reset();
    const state = await ready(service({ snapshotUrl: '' }));
    expect(state.report.snapshot).toBeUndefined();
    expect(state.report.sources.some((x) => x.section === 'snapshot')).toBe(false);
    expect(hub.requests).toHaveLength(0);
  }, 60_000);

  it('a token no protocol lists asks no hub', async () => {
    hub.reset();
    const state = await ready(service({ snapshotUrl: `${hub.url}/graphql` }, false));
    expect(state.report.snapshot).toBeUndefined();
    expect(hub.requests).toHaveLength(0);
  }, 60_000);

  it('a failing hub is a recorded failure: the Snapshot rule is a gap, never a pass', async () => {
    const state = await ready(service({ snapshotUrl: 'http://127.0.0.1:9/graphql' }));
    expect(state.report.sources).toContainEqual(expect.objectContaining({ section: 'snapshot', ok: false }));
    expect(state.assessment.gaps.map((g) => g.ruleId)).toContain('governance.snapshot-admins');
    expect(state.assessment.verdict).toBe('unknown');
  }, 60_000);
});
