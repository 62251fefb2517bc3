import { parseEther } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGovernance } from '../../../lib/chain/governance/readGovernance';
import { NotAGovernorError } from '../../../lib/chain/governance/errors';
import { startAnvil, type AnvilNode } from '../../support/anvil';
import { clientsFor, installMulticall3, type Clients } from '../../support/chain';
import { deployGovernanceScenario, GOVERNANCE, type GovernanceScenario } from '../../support/scenarios/governance';

let node: AnvilNode;
let c: Clients;
let s: GovernanceScenario;
let block: bigint;

beforeAll(async () => {
  node = await startAnvil();
  c = clientsFor(node);
  await installMulticall3(c);
  s = await deployGovernanceScenario(c);
  block = await c.public.getBlockNumber({ cacheTime: 0 });
});
afterAll(() => node?.stop());

describe('readGovernance on an OpenZeppelin Governor with a TimelockController', () => {
  it('recognises the governor and reads its parameters at the pinned block', async () => {
    const g = await readGovernance(c.public, { governor: s.governor, blockNumber: block });
    expect(g).toMatchObject({
      governor: s.governor,
      standard: 'oz-governor',
      token: s.token,
      clockMode: 'blocknumber',
      quorumTimepoint: Number(block) - 1,
      quorum: ((GOVERNANCE.supply * GOVERNANCE.quorumPercent) / 100n).toString(),
      proposalThreshold: GOVERNANCE.proposalThreshold.toString(),
      votingDelay: GOVERNANCE.votingDelay,
      votingPeriod: GOVERNANCE.votingPeriod,
      timelock: s.timelock,
      timelockDelay: GOVERNANCE.timelockDelay,
    });
  });

  it('voting power from DelegateVotesChanged logs matches getVotes; three delegates reach quorum', async () => {
    const { votingPower: vp } = await readGovernance(c.public, { governor: s.governor, blockNumber: block });
    expect(vp.delegates).toBe(s.expectedVotes.size);
    expect(vp.verifiedOnChain).toBe(true);
    expect(vp.mismatches).toBeUndefined();
    expect(vp.total).toBe(parseEther('400000').toString());
    expect(vp.top.map((t) => t.address).slice(0, 3)).toEqual(s.whales);
    for (const t of vp.top) expect(t.votes).toBe(s.expectedVotes.get(t.address)!.toString());
    expect(vp.top1).toBeCloseTo(110 / 400, 6);
    expect(vp.delegatesToQuorum).toBe(3);
    expect(vp.delegatesToThreshold).toBe(1);
    expect(vp.nakamoto).toBe(2); // 110k + 100k = 52.5% of delegated votes
    expect(vp.gini).toBeGreaterThan(0.3);
  });

  it('reads the past: before the whales delegated, nobody could reach quorum', async () => {
    const early = await readGovernance(c.public, { governor: s.governor, blockNumber: 8n });
    expect(early.votingPower.delegates).toBe(0);
    expect(early.votingPower.delegatesToQuorum).toBeNull();
  });

  it('an address that is not a governor is a typed error', async () => {
    await expect(readGovernance(c.public, { governor: s.token, blockNumber: block })).rejects.toBeInstanceOf(NotAGovernorError);
  });
});
