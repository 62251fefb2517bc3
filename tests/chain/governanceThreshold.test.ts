/** Delegates needed for the proposal threshold, compared the way each governor's contract does. */
import { describe, expect, it } from 'vitest';
import type { Address } from 'viem';
import { summarizeVotingPower } from '../../lib/chain/governance/summarizeVotingPower';

const votes = new Map<Address, bigint>([
  ['0x0000000000000000000000000000000000000001', 1000n],
  ['0x0000000000000000000000000000000000000002', 5n],
]);

describe('summarizeVotingPower threshold comparison', () => {
  it('Alpha/Bravo (>): a delegate exactly at the threshold needs a partner', () => {
    expect(summarizeVotingPower(votes, 1000n, 1000n, '>').delegatesToThreshold).toBe(2);
  });
  it('OZ Governor (>=): at the threshold alone is enough', () => {
    expect(summarizeVotingPower(votes, 1000n, 1000n, '>=').delegatesToThreshold).toBe(1);
  });
  it('quorum is reached at ≥ for both', () => {
    expect(summarizeVotingPower(votes, 1000n, 1000n, '>').delegatesToQuorum).toBe(1);
    expect(summarizeVotingPower(votes, 1006n, 0n, '>').delegatesToQuorum).toBeNull();
  });
  it('Bravo with threshold 0: any delegate with a vote; OZ: nobody needed', () => {
    expect(summarizeVotingPower(votes, 1n, 0n, '>').delegatesToThreshold).toBe(1);
    expect(summarizeVotingPower(votes, 1n, 0n, '>=').delegatesToThreshold).toBe(0);
  });
});
