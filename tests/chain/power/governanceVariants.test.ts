import { parseEther } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryCheckpoints } from '../../../lib/chain/checkpoints';
import { readGovernance } from '../../../lib/chain/governance/readGovernance';
import { votesCheckpointKey } from '../../../lib/chain/governance/delegatePower';
import { startAnvil, type AnvilNode } from '../../support/anvil';
import { accounts, clientsFor, installMulticall3, type Clients } from '../../support/chain';
import { BRAVO_THRESHOLD, deployBravoGovernor, deployTimestampGovernor, type VariantScenario } from '../../support/scenarios/governanceVariants';

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
      proposalThreshold: BRAVO_THRESHOLD.toString(),
      timelock: bravo.timelock,
      timelockDelay: 2 * 86_400,
      votingDelay: 13_140,
      votingPeriod: 19_710,
    });
    expect(g.quorumTimepoint).toBeUndefined();
    expect(g.votingPower).toMatchObject({ delegates: 3, delegatesToQuorum: 2, delegatesToThreshold: 1, verifiedOnChain: true });
  });

  it('resumes from a checkpoint, and the chain overrules what the checkpoint claimed', async () => {
    const checkpoints = memoryCheckpoints();
    const [whale, second] = [accounts[1].address, accounts[2].address];
    const stranger = accounts[7].address;
    // A finished scan whose saved state is wrong for the whale and invents a stranger's votes.
    await checkpoints.put({
      key: votesCheckpointKey(node.chainId, bravo.token, 0n),
      nextBlock: Number(block) + 1,
      toBlock: Number(block),
      state: [
        [whale.toLowerCase(), '999'],
        [second.toLowerCase(), parseEther('150000').toString()],
        [stranger.toLowerCase(), parseEther('5000000').toString()],
      ],
      updatedAt: Date.now(),
    });
    const g = await readGovernance(c.public, { governor: bravo.governor, blockNumber: block, checkpoints, fromBlock: 0n });
    expect(g.votingPower.delegates).toBe(2); // the stranger has no votes on-chain
    expect(g.votingPower.top[0]).toMatchObject({ address: whale, votes: parseEther('300000').toString() });
    expect(g.votingPower.mismatches).toEqual(
      expect.arrayContaining([
        { address: whale, fromLogs: '999', onChain: parseEther('300000').toString() },
        { address: stranger, fromLogs: parseEther('5000000').toString(), onChain: '0' },
      ]),
    );
  });
});
