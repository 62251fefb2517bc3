/**
 * Clusters, concentration over time and vote history end to end on Anvil: each world's Report,
 * findings and CLI output say exactly its facts, with evidence; the healthy token says none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAddress } from 'viem';
import { analyzeToken } from '../../lib/analysis/analyzeToken';
import { createChainClient } from '../../lib/chain/createClient';
import type { Report } from '../../lib/report/types';
import { assess } from '../../lib/risk/index';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { clientsFor, installMulticall3 } from '../support/chain';
import {
  deployAccumulation,
  deployDecidedVotes,
  deploySybilAirdrop,
  deployTeamSplit,
  type AccumulationWorld,
  type SybilWorld,
  type TeamSplitWorld,
  type VotesWorld,
} from '../support/scenarios/insights';
import { runCli } from '../cli/run-cli';
import { deployHealthyWorld } from './healthyWorld';
import { deployDemoWorld } from '../demo/world';

const OUR_RULES = ['whales.linked-wallets', 'whales.accumulating', 'whales.holders-falling', 'governance.few-decide'];
const ours = (r: Report) => assess(r).findings.filter((f) => OUR_RULES.includes(f.ruleId));

describe('clusters, trend and vote history on Anvil', () => {
  let node: AnvilNode;
  let healthyNode: AnvilNode;
  let team: TeamSplitWorld;
  let sybil: SybilWorld;
  let votes: VotesWorld;
  let acc: AccumulationWorld;
  let healthy: Report;
  let demoHealthy: Report;
  const analyze = (address: `0x${string}`, governor?: `0x${string}`) =>
    analyzeToken(createChainClient({ rpcUrl: node.rpcUrl }), { address, governor });

  beforeAll(async () => {
    node = await startAnvil();
    const c = clientsFor(node);
    await installMulticall3(c);
    team = await deployTeamSplit(c);
    sybil = await deploySybilAirdrop(c);
    votes = await deployDecidedVotes(c);
    acc = await deployAccumulation(c);
    healthyNode = await startAnvil();
    const hw = await deployHealthyWorld(healthyNode);
    healthy = await analyzeToken(createChainClient({ rpcUrl: healthyNode.rpcUrl }), { address: hw.token, blockNumber: hw.block });
    // The demo's healthy token: a launch airdrop from the deployer in one transaction, LP burned.
    const demo = await deployDemoWorld(clientsFor(healthyNode));
    demoHealthy = await analyzeToken(createChainClient({ rpcUrl: healthyNode.rpcUrl }), { address: demo.tokens.healthy.address });
  }, 300_000);
  afterAll(async () => {
    await node?.stop();
    await healthyNode?.stop();
  });

  it('a team splitting 60% over 20 wallets through transfers is one cluster, and one whale', async () => {
    const r = await analyze(team.token);
    const c = r.clusters!;
    expect(c.basis).toMatchObject({ complete: true, logs: 61 }); // the mint and 60 transfers
    expect(c.clusterCount).toBe(1);
    const [k] = c.clusters;
    expect(k.memberCount).toBe(20);
    expect(new Set(k.members.map((m) => m.address))).toEqual(new Set(team.team));
    expect(k.share).toBeCloseTo(0.6, 12);
    expect(k.links).toHaveLength(19);
    for (const l of k.links) {
      expect(l).toMatchObject({ kind: 'transfer', from: team.team[0] });
      expect(l.tx).toMatch(/^0x[0-9a-f]{64}$/);
      expect(l.amount).toBe((10n ** 18n * 30_000n).toString());
    }
    // The plain view sees nobody above 3%; counting the cluster as one holder, it is the majority.
    expect(r.holders!.circulating.top1).toBeCloseTo(0.03, 12);
    expect(c.grouped).toMatchObject({ nakamoto: 1 });
    expect(c.grouped.top1).toBeCloseTo(0.6, 12);
    const found = ours(r);
    expect(found.map((f) => [f.ruleId, f.severity, f.title])).toEqual([
      ['whales.linked-wallets', 'danger', '20 wallets linked by transfers hold 60% together'],
    ]);
    expect(found[0].evidence.filter((e) => e.kind === 'number' && e.label.startsWith('Transfer 0x'))).toHaveLength(10);
    expect(found[0].explanation).toContain('do not prove one owner');
  });

  it('an airdrop to 50 sybils from one sender in one block is one cluster', async () => {
    const r = await analyze(sybil.token);
    const [k] = r.clusters!.clusters;
    expect(r.clusters!.clusterCount).toBe(1);
    expect(k.memberCount).toBe(50);
    expect(new Set(k.members.map((m) => m.address))).toEqual(new Set(sybil.sybils));
    expect(k.share).toBeCloseTo(0.6, 12);
    expect(k.linkCount).toBe(49);
    for (const l of k.links) expect(l).toMatchObject({ kind: 'same-sender', from: sybil.sender, block: Number(sybil.airdropBlock) });
    expect(ours(r).map((f) => f.title)).toEqual(['50 wallets linked by transfers hold 60% together']);
  });

  it('whales accumulating over the last week show in the trend and the rules', async () => {
    const r = await analyze(acc.token);
    const t = r.trend!;
    expect(t.basis).toMatchObject({ complete: true, logs: 131 });
    const week = t.points.find((p) => p.label === '7d')!;
    const now = t.points[t.points.length - 1];
    expect(week.block).toBeLessThanOrEqual(Number(acc.quietBlock));
    expect(week).toMatchObject({ holders: 100 });
    expect(week.top10).toBeCloseTo(0.1, 12);
    expect(now).toMatchObject({ holders: 73, block: r.block.number });
    expect(now.top10).toBeCloseTo(0.37, 12);
    expect(now.top1).toBeCloseTo(0.1, 12);
    expect(t.points.find((p) => p.label === '30d')).toBeDefined();
    expect(t.points.length).toBeGreaterThanOrEqual(24);
    const titles = ours(r).map((f) => f.title);
    expect(titles).toEqual(['Accumulating: top 10 went from 10% to 37% in 7 days', 'Holder count fell from 100 to 73 in 7 days']);
    expect(r.clusters!.clusterCount).toBe(0); // sellers gave everything: nobody left to link
  });

  it('a Governor where three voters decided 10 of 12 executed proposals', async () => {
    const r = await analyze(votes.token, votes.governor);
    const v = r.voteHistory!;
    expect(v.proposals).toHaveLength(12);
    expect(v.proposals.every((p) => p.state === 'Executed')).toBe(true);
    expect(v.deciders.decided).toBe(10);
    expect(v.deciders.of).toBe(12);
    expect(new Set(v.deciders.addresses)).toEqual(new Set(votes.deciders.map((a) => getAddress(a))));
    const whaleVotes = v.proposals.filter((p) => p.minCoalition === 3);
    expect(whaleVotes).toHaveLength(10);
    for (const p of whaleVotes) {
      expect(p.minCoalition).toBe(3);
      expect(p.turnout).toBeCloseTo(0.53, 12);
      expect(p.oneVoterMetQuorum).toBe(true);
    }
    expect(v.proposals.filter((p) => p.voters === 10 && p.minCoalition === 6)).toHaveLength(2);
    expect(v.medianTurnout).toBeCloseTo(0.53, 12);
    expect(v.oneVoterQuorumShare).toBeCloseTo(10 / 12, 12);
    const found = ours(r).filter((f) => f.ruleId === 'governance.few-decide');
    expect(found.map((f) => [f.severity, f.title])).toEqual([['caution', '3 addresses decided 10 of the last 12 proposals']]);
  });

  it('`report token --governor … --json` includes the vote history; the text shows clusters and trend', async () => {
    const json = await runCli(['token', votes.token, '--rpc', node.rpcUrl, '--governor', votes.governor, '--json']);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.voteHistory.deciders).toMatchObject({ decided: 10, of: 12 });
    expect(out.assessment.findings.map((f: { title: string }) => f.title)).toContain('3 addresses decided 10 of the last 12 proposals');
    const text = await runCli(['token', team.token, '--rpc', node.rpcUrl]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Wallets linked by transfers — 1 cluster, from 61 Transfer logs');
    expect(text.stdout).toContain('1. 20 wallets hold 60.0% of circulating supply together');
    expect(text.stdout).toContain('20 wallets linked by transfers hold 60% together');
    expect(text.stdout).toContain('Concentration over time');
  }, 120_000);

  it('the healthy token shows none of it', () => {
    expect(healthy.clusters).toMatchObject({ clusterCount: 0, clusters: [] });
    expect(healthy.trend!.points.length).toBeGreaterThan(0);
    expect(healthy.voteHistory).toBeUndefined();
    expect(ours(healthy)).toEqual([]);
    expect(assess(healthy).verdict).toBe('ok');
    expect(demoHealthy.clusters).toMatchObject({ clusterCount: 0 });
    expect(ours(demoHealthy)).toEqual([]);
    expect(assess(demoHealthy).verdict).toBe('ok');
  });
});
