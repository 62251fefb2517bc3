/**
 * Votes → voting concentration per proposal, and the space → SnapshotSection.
 * Coalitions are computed on exact fixed-point bigints (./fixedPoint) with lib/analytics.
 */
import { fewestToReach, minimalCoalition, ratio, summarize } from '../../analytics';
import type { SnapshotSection } from '../../report/types';
import { vpToFixed } from './fixedPoint';
import type { SnapshotProposal, SnapshotSpace, SnapshotVote } from './space';

export type SnapshotProposalSummary = SnapshotSection['proposals'][number];

/**
 * One proposal's concentration. With every vote fetched, the analytics functions see the whole
 * vote. With only the top votes (large proposals), the hub's scores_total is the total cast and
 * the coalition is counted on the fetched prefix; if the prefix does not reach a majority, the
 * result is a lower bound: each missing voter holds at most the smallest fetched vp.
 */
export function summarizeProposal(
  proposal: SnapshotProposal,
  fetched: { votes: SnapshotVote[]; complete: boolean },
  supplyTokens?: number,
): SnapshotProposalSummary {
  const values = fetched.votes.map((v) => vpToFixed(v.vp));
  let fetchedSum = 0n;
  for (const v of values) fetchedSum += v;
  // The hub's vote count tells us when a list cut at `max` happened to hold every vote.
  const complete = fetched.complete || (proposal.votes > 0 && values.length >= proposal.votes);
  const total = complete ? fetchedSum : fetchedSum > vpToFixed(proposal.scoresTotal) ? fetchedSum : vpToFixed(proposal.scoresTotal);
  let minCoalition: number;
  if (complete) minCoalition = minimalCoalition(values);
  else {
    const target = total / 2n + 1n;
    const within = fewestToReach(values, target);
    const smallest = values.length > 0 ? values[values.length - 1]! : 0n;
    minCoalition = within ?? values.length + (smallest > 0n ? Number((target - fetchedSum + smallest - 1n) / smallest) : 1);
  }
  const out: SnapshotProposalSummary = {
    id: proposal.id,
    voters: Math.max(proposal.votes, values.length),
    scoresTotal: proposal.scoresTotal,
    minCoalition,
    top1: total > 0n && values.length > 0 ? ratio(values[0]!, total) : 0,
    complete,
    quorum: proposal.quorum,
    quorumReached: proposal.quorum > 0 ? proposal.scoresTotal >= proposal.quorum : undefined,
  };
  if (complete && values.length > 0) {
    const s = summarize(values);
    out.gini = s.gini;
    out.nakamoto = s.nakamoto;
    out.top10 = s.top10;
  }
  if (proposal.snapshot !== null) out.snapshotBlock = Number(proposal.snapshot);
  if (supplyTokens !== undefined && supplyTokens > 0) out.turnout = proposal.scoresTotal / supplyTokens;
  return out;
}

export function buildSnapshotSection(space: SnapshotSpace, proposals: SnapshotProposalSummary[]): SnapshotSection {
  const section: SnapshotSection = {
    space: space.id,
    admins: space.admins,
    members: space.members,
    strategies: space.strategies.map((s) => s.name),
    proposals,
  };
  if (space.quorum !== null) section.quorum = space.quorum;
  if (space.votingType !== null) section.votingType = space.votingType;
  if (space.name !== null) section.name = space.name;
  return section;
}
