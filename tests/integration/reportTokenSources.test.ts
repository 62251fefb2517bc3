/**
 * `report token` with indexers and Snapshot, end to end: a real Anvil node (chain id 1, so the
 * Ethplorer fallback applies), the loopback Blockscout/Ethplorer/Snapshot servers speaking the real
 * shapes, and the real CLI. The indexer's list is re-checked on-chain; a lie is caught and the chain
 * wins; a failing Blockscout falls back visibly; a Snapshot space yields voting concentration and
 * the admin finding.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseEther } from 'viem';
import { run } from '../../lib/cli/commands/token';
import type { Report } from '../../lib/report/types';
import type { Assessment } from '../../lib/risk/types';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { accounts } from '../support/chain';
import { runCli } from '../cli/run-cli';
import { startBlockscout, startEthplorer, startLoopback, startSnapshotHub, type BlockscoutServer, type Loopback } from '../support/loopback/index';
import { deployHealthyWorld, type HealthyWorld } from './healthyWorld';

let node: AnvilNode;
let world: HealthyWorld;
let blockscout: BlockscoutServer;
let broken: Loopback;
let ethplorer: Loopback;
let hub: Loopback;

const admins = ['0x1111111111111111111111111111111111111111', '0x2222222222222222222222222222222222222222'];
const voters = Array.from({ length: 4 }, (_, i) => `0x${String(i + 3).repeat(40)}`);

beforeAll(async () => {
  node = await startAnvil({ chainId: 1 });
  world = await deployHealthyWorld(node);
  const creation = await world.c.public.getBlock({ blockNumber: 1n });
  blockscout = await startBlockscout({
    tokens: [{ address: world.token, name: 'Wrapped Ether', symbol: 'WETH', holders: world.holders, totalSupply: world.totalSupply }],
    addresses: [
      {
        address: world.token,
        isContract: true,
        verified: true,
        name: 'WETH9',
        creator: accounts[0].address,
        creationTx: `0x${'ab'.repeat(32)}`,
        creationBlock: 1,
        creationTimestamp: Number(creation.timestamp),
      },
    ],
  });
  broken = await startLoopback(() => ({ status: 500, json: { message: 'Internal Server Error' } }));
  ethplorer = await startEthplorer({
    tokens: [{ address: world.token, name: 'Wrapped Ether', symbol: 'WETH', holders: world.holders, totalSupply: world.totalSupply }],
  });
  hub = await startSnapshotHub({
    spaces: [
      { id: 'weth.eth', name: 'WETH DAO', admins, strategies: [{ name: 'erc20-balance-of' }], voting: { quorum: 100, type: 'single-choice' } },
    ],
    proposals: [
      { id: '0xp1', space: 'weth.eth', scores: [900, 100], scores_total: 1000, quorum: 100, snapshot: '1', state: 'closed', created: 2 },
      { id: '0xp2', space: 'weth.eth', scores: [500, 300], scores_total: 800, quorum: 100, snapshot: '1', state: 'closed', created: 1 },
    ],
    votes: {
      '0xp1': [600, 300, 50, 50].map((vp, i) => ({ voter: voters[i], vp })),
      '0xp2': [200, 200, 200, 200].map((vp, i) => ({ voter: voters[i], vp })),
    },
  });
}, 120_000);

afterAll(async () => {
  await Promise.all([blockscout?.close(), broken?.close(), ethplorer?.close(), hub?.close()]);
  await node?.stop();
});

type Out = Report & { assessment: Pick<Assessment, 'verdict' | 'summary' | 'findings' | 'gaps'> };

/** The command's run() in this process (fast); one test below spawns the real CLI. */
async function report(...extra: string[]): Promise<{ code: number; out?: Out; stderr: string }> {
  const logs: string[] = [];
  const errs: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((s: unknown) => void logs.push(String(s)));
  const err = vi.spyOn(console, 'error').mockImplementation((s: unknown) => void errs.push(String(s)));
  try {
    const code = await run([world.token, '--rpc', node.rpcUrl, '--json', ...extra]);
    return { code, out: code === 0 ? (JSON.parse(logs.join('\n')) as Out) : undefined, stderr: errs.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

const holderSources = (r: Report) => r.sources.filter((s) => s.section === 'holders').map((s) => `${s.source}:${s.ok ? 'ok' : 'failed'}`);

describe('report token --source blockscout', () => {
  it('the real CLI analyses the token from the indexer and verifies every listed balance on-chain', async () => {
    const res = await runCli(['token', world.token, '--rpc', node.rpcUrl, '--source', 'blockscout', '--blockscout', blockscout.url, '--json']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as Out;
    expect(out.holders?.source).toBe('blockscout');
    expect(out.holders?.complete).toBe(false);
    expect(out.holders?.count).toBe(30);
    expect(out.holders?.verifiedOnChain).toBe(true);
    expect(out.holders?.mismatches ?? []).toEqual([]);
    expect(out.holders?.top[0]).toMatchObject({ address: world.holders[0].address, balance: world.holders[0].balance.toString(), verified: true });
    expect(holderSources(out)).toEqual(['blockscout:ok']);
    expect(out.sources).toContainEqual({ section: 'verification', source: 'blockscout', ok: true });
    expect(out.control?.verifiedSource).toBe(true);
    expect(out.control?.creator).toBe(accounts[0].address);
    // The chain's creation block is kept (the indexer only fills gaps).
    expect(out.control?.creationBlock).toBeGreaterThan(0);
    expect(out.assessment.verdict).toBe('ok');
    expect(out.assessment.gaps).toEqual([]);
    expect(blockscout.holderPages().length).toBeGreaterThan(0);
  }, 60_000);

  it('human output ends with the verdict, the findings and the sources', async () => {
    const res = await runCli(['token', world.token, '--rpc', node.rpcUrl, '--source', 'blockscout', '--blockscout', blockscout.url]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Holders — 30 from blockscout \(incomplete\)/);
    expect(res.stdout).toMatch(/Verdict: OK — /);
    expect(res.stdout.indexOf('Verdict:')).toBeLessThan(res.stdout.indexOf('\nSources'));
    expect(res.stdout).toMatch(/holders\s+blockscout ok/);
  }, 60_000);

  it('a failing Blockscout (500s) falls back to the log scan, and says so', async () => {
    const { code, out } = await report('--source', 'blockscout', '--blockscout', broken.url);
    expect(code).toBe(0);
    expect(out!.holders?.source).toBe('logs');
    // WETH mints by Deposit, not Transfer: the log scan says so and the balances come from balanceOf.
    expect(out!.holders?.count).toBe(30);
    expect(out!.holders?.verifiedOnChain).toBe(true);
    expect(holderSources(out!)).toEqual(['blockscout:failed', 'logs:ok']);
    expect(out!.sources.find((s) => s.source === 'blockscout' && s.section === 'holders')?.error).toMatch(/500|server|blockscout/i);
    expect(out!.sources).toContainEqual(expect.objectContaining({ section: 'verification', source: 'blockscout', ok: false }));
    expect(out!.assessment.verdict).toBe('ok');
  }, 60_000);

  it('… or to Ethplorer when one is given, verified on-chain', async () => {
    const { code, out } = await report(
      '--source',
      'blockscout',
      '--blockscout',
      broken.url,
      '--ethplorer-url',
      ethplorer.url,
      '--ethplorer-key',
      'freekey',
    );
    expect(code).toBe(0);
    expect(out!.holders?.source).toBe('ethplorer');
    expect(out!.holders?.verifiedOnChain).toBe(true);
    expect(holderSources(out!)).toEqual(['blockscout:failed', 'ethplorer:ok']);
  }, 60_000);

  it('--source ethplorer reads Ethplorer alone (no Blockscout request), verified on-chain', async () => {
    const before = blockscout.requests.length;
    const { code, out } = await report('--source', 'ethplorer', '--ethplorer-url', ethplorer.url, '--ethplorer-key', 'k');
    expect(code).toBe(0);
    expect(out!.holders?.source).toBe('ethplorer');
    expect(out!.holders?.verifiedOnChain).toBe(true);
    expect(holderSources(out!)).toEqual(['ethplorer:ok']);
    expect(blockscout.requests.length).toBe(before);
  }, 60_000);

  it('a lying indexer is caught: mismatch flagged, the chain value used', async () => {
    const liar = world.holders[7];
    blockscout.lie(world.token, liar.address, parseEther('1000'));
    const { code, out } = await report('--source', 'blockscout', '--blockscout', blockscout.url);
    expect(code).toBe(0);
    expect(out!.holders?.mismatches).toEqual([{ address: liar.address, reported: parseEther('1000').toString(), onChain: liar.balance.toString() }]);
    const entry = out!.holders!.top.find((h) => h.address === liar.address);
    expect(entry).toMatchObject({ balance: liar.balance.toString(), verified: true });
    // The lie would have made it the top holder with ~93%: the chain's order stands.
    expect(out!.holders!.top[0].address).toBe(world.holders[0].address);
    expect(out!.holders!.circulating.top1).toBeLessThan(0.05);
    expect(out!.assessment.verdict).toBe('ok');
  }, 60_000);
});

describe('report token --snapshot-space', () => {
  it('adds voting concentration per proposal and the Snapshot-admin finding', async () => {
    const { code, out } = await report('--source', 'logs', '--snapshot-space', 'weth.eth', '--snapshot-url', `${hub.url}/graphql`);
    expect(code).toBe(0);
    const s = out!.snapshot!;
    expect(s.space).toBe('weth.eth');
    expect(s.admins.map((a) => a.toLowerCase())).toEqual(admins);
    expect(s.strategies).toEqual(['erc20-balance-of']);
    const [p1, p2] = s.proposals;
    expect(p1).toMatchObject({ id: '0xp1', voters: 4, top1: 0.6, minCoalition: 1, complete: true });
    expect(p2).toMatchObject({ id: '0xp2', voters: 4, minCoalition: 3 });
    expect(out!.sources).toContainEqual({ section: 'snapshot', source: 'snapshot', ok: true });
    const admin = out!.assessment.findings.find((f) => f.ruleId === 'governance.snapshot-admins');
    expect(admin?.severity).toBe('caution');
    expect(admin?.title).toBe('2 Snapshot admins can change voting strategies');
    expect(out!.assessment.verdict).toBe('caution');
    // Only the space id went to the hub.
    const bodies = hub.requests.map((r) => r.body);
    expect(bodies.some((b) => b.toLowerCase().includes(world.token.toLowerCase()))).toBe(false);
  }, 60_000);

  it('an unreachable hub is a failed source, not a failed command, and no Snapshot finding is invented', async () => {
    const { code, out } = await report('--source', 'logs', '--snapshot-space', 'weth.eth', '--snapshot-url', `${broken.url}/graphql`);
    expect(code).toBe(0);
    expect(out!.snapshot).toBeUndefined();
    expect(out!.sources).toContainEqual(expect.objectContaining({ section: 'snapshot', source: 'snapshot', ok: false }));
    expect(out!.assessment.gaps.map((g) => g.ruleId)).toContain('governance.snapshot-admins');
    expect(out!.assessment.verdict).toBe('unknown');
  }, 60_000);
});

describe('report token flags', () => {
  it.each([
    [['--source', 'thegraph'], /--source must be one of auto, logs, blockscout, ethplorer/],
    [['--source', 'blockscout'], /--source blockscout needs --blockscout URL/],
    [['--blockscout', 'ftp://x'], /--blockscout must be an http\(s\) URL/],
    [['--snapshot-space', 'a b'], /--snapshot-space is not a space id/],
    [['--snapshot-url', 'http://127.0.0.1:1/graphql'], /--snapshot-url needs --snapshot-space/],
  ])('%j → one line, exit 2', async (flags, message) => {
    const { code, stderr } = await report(...(flags as string[]));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(1);
  });
});
