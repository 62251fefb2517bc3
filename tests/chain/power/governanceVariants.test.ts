import { parseEther } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryCheckpoints } from '../../../lib/chain/checkpoints';
import { readGovernance } from '../../../lib/chain/governance/readGovernance';
import { startAnvil, type AnvilNode } from '../../support/anvil';
import { clientsFor, installMulticall3, type Clients } from '../../support/chain';
import { deployBravoGovernor, deployTimestampGovernor, type VariantScenario } from '../../support/scenarios/governanceVariants';

let node: AnvilNode;
let c: Clients;
let ts: VariantScenario;
let bravo: VariantScenario;
let block: bigint;

beforeAll(async () => {
  node = await startAnvil();
  c = clientsFor(node);
  await installMulticall3(c);
  ts = await deployTimestampGovernor(c);
  bravo = await deployBravoGovernor(c);
  block = await c.public.getBlockNumber({ cacheTime: 0 });
});
afterAll(() => node?.stop());

describe('governor variants', () => {
  it('timestamp clock: quorum is read at the block timestamp − 1, not at a block number', async () => {
    const g = await readGovernance(c.public, { governor: ts.governor, blockNumber: block });
    const { timestamp } = await c.public.getBlock({ blockNumber: block });
    expect(g).toMatchObject({
      standard: 'oz-governor',
      clockMode: 'timestamp',
      quorumTimepoint: Number(timestamp) - 1,
      quorum: parseEther('100000').toString(),
      votingDelay: 3600,
      votingPeriod: 86_400,
      timelockDelay: 3600,
    });
    expect(g.votingPower.delegatesToQuorum).toBe(2);
  });

  it('GovernorBravo style: quorumVotes, comp(), Compound timelock delay, getCurrentVotes', async () => {
    const g = await readGovernance(c.public, { governor: bravo.governor, blockNumber: block });
    expect(g).toMatchObject({
      standard: 'governor-bravo',
      token: bravo.token,
      quorum: parseEther('400000').toString(),
      proposalThreshold: parseEther('25000').toString(),
      timelock: bravo.timelock,
      timelockDelay: 2 * 86_400,
      votingDelay: 13_140,
      votingPeriod: 19_710,
    });
    expect(g.quorumTimepoint).toBeUndefined();
    expect(g.votingPower).toMatchObject({ delegates: 3, delegatesToQuorum: 2, delegatesToThreshold: 1, verifiedOnChain: true });
  });

  it('a checkpointed scan gives the same voting power and leaves a checkpoint behind', async () => {
    const checkpoints = memoryCheckpoints();
    const first = await readGovernance(c.public, { governor: bravo.governor, blockNumber: block, checkpoints });
    const again = await readGovernance(c.public, { governor: bravo.governor, blockNumber: block, checkpoints });
    expect(again.votingPower).toEqual(first.votingPower);
  });
});
