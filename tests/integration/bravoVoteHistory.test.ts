/**
 * Vote history on Compound's real contracts (COMP + Governor Bravo + Timelock, see
 * tests/support/scenarios/bravoVotes): 12 executed proposals, three delegates decide 10.
 * The Report's voteHistory, the rule, and `report token --governor … --json` say exactly that.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAddress } from 'viem';
import { analyzeToken } from '../../lib/analysis/analyzeToken';
import { createChainClient } from '../../lib/chain/createClient';
import type { Report } from '../../lib/report/types';
import { assess } from '../../lib/risk/index';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { clientsFor, installMulticall3 } from '../support/chain';
import { deployBravoVotes, type BravoVotesWorld } from '../support/scenarios/bravoVotes';
import { runCli } from '../cli/run-cli';

const QUORUM = (400_000n * 10n ** 18n).toString();

describe('vote history on Governor Bravo (Compound sources) on Anvil', () => {
  let node: AnvilNode;
  let w: BravoVotesWorld;
  let r: Report;

  beforeAll(async () => {
    node = await startAnvil();
    const c = clientsFor(node);
    await installMulticall3(c);
    w = await deployBravoVotes(c);
    r = await analyzeToken(createChainClient({ rpcUrl: node.rpcUrl }), { address: w.token, governor: w.governor });
  }, 300_000);
  afterAll(async () => {
    await node?.stop();
  });

  it('lists the 12 executed proposals, newest first, with voters, turnout, quorum and the deciding coalition', () => {
    const v = r.voteHistory!;
    expect(v.governor).toBe(w.governor);
    expect(v.proposals.map((p) => p.id)).toEqual(Array.from({ length: 12 }, (_, i) => (w.firstId + 11n - BigInt(i)).toString()));
    expect(v.proposals.every((p) => p.state === 'Executed')).toBe(true);
    const whale = v.proposals.filter((p) => p.minCoalition === 3);
    expect(whale).toHaveLength(10);
    for (const p of whale) {
      expect(p.voters).toBe(10);
      expect(p.votesCast).toBe((5_300_000n * 10n ** 18n).toString());
      expect(p.turnout).toBeCloseTo(0.53, 12);
      expect(p.quorum).toBe(QUORUM);
      expect(p.oneVoterMetQuorum).toBe(true);
      expect(new Set(p.deciders.map((d) => d.address))).toEqual(new Set(w.deciders.map((a) => getAddress(a))));
      expect(p.deciders.every((d) => d.support === 'for' && d.votes === (1_300_000n * 10n ** 18n).toString())).toBe(true);
    }
    const small = v.proposals.filter((p) => p.minCoalition !== 3);
    expect(small.map((p) => p.id)).toEqual([(w.firstId + 11n).toString(), (w.firstId + 10n).toString()]);
    for (const p of small) {
      expect(p).toMatchObject({ voters: 10, minCoalition: 6, oneVoterMetQuorum: false, quorum: QUORUM });
      expect(p.turnout).toBeCloseTo(0.2, 12);
      expect(p.proposer).toBe(getAddress(p.proposer));
    }
  });

  it('sums up who decided, and says what it was computed from', () => {
    const v = r.voteHistory!;
    expect(v.deciders).toMatchObject({ decided: 10, of: 12 });
    expect(new Set(v.deciders.addresses)).toEqual(new Set(w.deciders.map((a) => getAddress(a))));
    expect(v.medianTurnout).toBeCloseTo(0.53, 12);
    expect(v.oneVoterQuorumShare).toBeCloseTo(10 / 12, 12);
    // 12 ProposalCreated + 10 × 10 + 2 × 10 VoteCast logs, up to the report's block.
    expect(v.logs).toBe(132);
    expect(v.proposalsFound).toBe(12);
    expect(v.toBlock).toBe(Number(r.block.number));
    // The last year (the whole chain here) covers every proposal.
    expect(v.fromBlock).toBeLessThanOrEqual(Math.min(...v.proposals.map((p) => p.createdBlock)));
  });

  it('the rule names the three deciders with their share of outcomes', () => {
    const found = assess(r).findings.filter((f) => f.ruleId === 'governance.few-decide');
    expect(found.map((f) => [f.severity, f.title])).toEqual([['caution', '3 addresses decided 10 of the last 12 proposals']]);
  });

  it('`report token --governor … --json` carries the same vote history', async () => {
    const out = await runCli(['token', w.token, '--rpc', node.rpcUrl, '--governor', w.governor, '--json']);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.voteHistory.deciders).toMatchObject({ decided: 10, of: 12 });
    expect(json.voteHistory.proposals).toHaveLength(12);
    expect(json.voteHistory.proposals[0]).toMatchObject({ id: (w.firstId + 11n).toString(), state: 'Executed', voters: 10, minCoalition: 6 });
    expect(json.voteHistory.logs).toBe(132);
    expect(json.assessment.findings.map((f: { title: string }) => f.title)).toContain('3 addresses decided 10 of the last 12 proposals');
  }, 120_000);
});
