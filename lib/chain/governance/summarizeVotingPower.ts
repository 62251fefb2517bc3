import type { Address } from 'viem';
import { fewestToReach, summarize } from '../../analytics';
import type { VotingPowerSummary } from '../../report/types';

/** How many delegates are listed in the report (the rest are counted, not listed). */
export const TOP_DELEGATES_LISTED = 20;

/**
 * Concentration of voting power among delegates, and the smallest coalitions that reach the
 * quorum and the proposal threshold (largest delegates first, so the count is a true minimum).
 * Quorum counts at ≥ for every governor. The proposal threshold is as the contract checks it:
 * Governor Alpha/Bravo `getPriorVotes(...) > proposalThreshold()` (a delegate exactly at the
 * threshold cannot propose), OpenZeppelin Governor `getVotes(...) >= proposalThreshold()`.
 */
export function summarizeVotingPower(
  votes: Map<Address, bigint>,
  quorum: bigint,
  proposalThreshold: bigint,
  thresholdComparison: '>' | '>=' = '>=',
): VotingPowerSummary {
  const ranked = [...votes].sort((a, b) => (b[1] > a[1] ? 1 : b[1] < a[1] ? -1 : 0));
  const powers = ranked.map(([, v]) => v);
  const total = powers.reduce((s, v) => s + v, 0n);
  const c = summarize(powers);
  const share = (v: bigint) => (total === 0n ? 0 : Number((v * 1_000_000_000n) / total) / 1e9);
  return {
    delegates: ranked.length,
    total: total.toString(),
    gini: c.gini,
    nakamoto: c.nakamoto,
    top1: c.top1,
    top10: c.top10,
    delegatesToQuorum: fewestToReach(powers, quorum),
    delegatesToThreshold: fewestToReach(powers, thresholdComparison === '>' ? proposalThreshold + 1n : proposalThreshold),
    top: ranked.slice(0, TOP_DELEGATES_LISTED).map(([address, v]) => ({ address, votes: v.toString(), share: share(v) })),
  };
}
