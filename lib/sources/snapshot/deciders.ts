/**
 * Who decided a Snapshot space's recent proposals: per proposal the minCoalition largest voters
 * (votes come from the hub largest first, so this holds even when only the top votes were
 * fetched), then the fewest addresses that made up the deciding coalition of the most proposals —
 * the same summary as the on-chain vote history.
 */
import { commonDeciders, type DecidedProposal } from '../../analytics/decidedBy';
import type { SnapshotSection } from '../../report/types';
import { vpToFixed } from './fixedPoint';
import type { SnapshotVote } from './space';

export function decidedSnapshotProposal(summary: SnapshotSection['proposals'][number], votes: readonly SnapshotVote[]): DecidedProposal | undefined {
  // A lower-bound coalition larger than the fetched votes names nobody for sure.
  if (summary.minCoalition < 1 || summary.minCoalition > votes.length) return undefined;
  const deciders = votes.slice(0, summary.minCoalition).map((v) => ({ voter: v.voter, weight: vpToFixed(v.vp), support: 1 }));
  return { id: summary.id, voters: summary.voters, cast: 0n, minCoalition: summary.minCoalition, deciders, largest: deciders[0]!.weight };
}

export function snapshotDeciders(decided: readonly (DecidedProposal | undefined)[]): NonNullable<SnapshotSection['deciders']> {
  const known = decided.filter((d): d is DecidedProposal => d !== undefined);
  const common = commonDeciders(known);
  return { addresses: common.addresses as `0x${string}`[], decided: common.decided, of: decided.length };
}
