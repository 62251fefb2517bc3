/** Snapshot reads: a space's settings, its recent closed proposals, and a proposal's votes by voting power. */
import type { Address } from '../../report/types';
import { SourceQueryError } from '../errors';
import { Reader } from '../guards';
import type { SnapshotClient } from './client';
import { PROPOSALS_QUERY, SPACE_QUERY, VOTES_QUERY } from './queries';

const read = new Reader('snapshot');

export interface SnapshotSpace {
  id: string;
  name: string | null;
  admins: Address[];
  members: Address[];
  strategies: { name: string; network: string | null; params: Record<string, unknown> }[];
  quorum: number | null;
  votingType: string | null;
}

export interface SnapshotProposal {
  id: string;
  scores: number[];
  scoresTotal: number;
  quorum: number;
  /** Block number the voting power was taken at (a string in the hub's schema). */
  snapshot: string | null;
  votes: number;
  state: string;
}

export interface SnapshotVote {
  voter: Address;
  vp: number;
}

function addresses(v: unknown, what: string): Address[] {
  if (v === undefined || v === null) return [];
  // Checksummed and de-duplicated: the admin count feeds the "few admins" finding.
  return [...new Set(read.array(v, what).map((a, i) => read.address(a, `${what}[${i}]`)))];
}

export async function getSpace(client: SnapshotClient, params: { id: string; signal?: AbortSignal }): Promise<SnapshotSpace> {
  const data = await client.query(SPACE_QUERY, { id: params.id }, params.signal);
  if (data.space === null || data.space === undefined) throw new SourceQueryError('snapshot', `no space "${params.id.slice(0, 80)}"`);
  const s = read.record(data.space, 'space');
  const voting = s.voting === undefined || s.voting === null ? {} : read.record(s.voting, 'space.voting');
  const strategies = s.strategies === undefined || s.strategies === null ? [] : read.array(s.strategies, 'space.strategies');
  const quorum = voting.quorum === undefined || voting.quorum === null ? null : read.nonNegative(voting.quorum, 'space.voting.quorum');
  return {
    id: read.string(s.id, 'space.id'),
    name: read.optString(s.name, 'space.name'),
    admins: addresses(s.admins, 'space.admins'),
    members: addresses(s.members, 'space.members'),
    strategies: strategies.map((st, i) => {
      const o = read.record(st, `space.strategies[${i}]`);
      const params = o.params === undefined || o.params === null ? {} : read.record(o.params, `space.strategies[${i}].params`);
      return {
        name: read.string(o.name, `space.strategies[${i}].name`),
        network: read.optString(o.network, `space.strategies[${i}].network`),
        params,
      };
    }),
    quorum,
    votingType: read.optString(voting.type, 'space.voting.type'),
  };
}

export async function getClosedProposals(
  client: SnapshotClient,
  params: { space: string; first?: number; signal?: AbortSignal },
): Promise<SnapshotProposal[]> {
  const first = Math.min(1000, Math.max(1, Math.floor(params.first ?? 5)));
  const data = await client.query(PROPOSALS_QUERY, { space: params.space, first }, params.signal);
  return read.array(data.proposals, 'proposals').map((p, i) => {
    const o = read.record(p, `proposals[${i}]`);
    const snapshot = o.snapshot === undefined || o.snapshot === null ? null : String(read.count(o.snapshot, `proposals[${i}].snapshot`));
    return {
      id: read.string(o.id, `proposals[${i}].id`),
      scores: read.array(o.scores ?? [], `proposals[${i}].scores`).map((x, j) => read.nonNegative(x, `proposals[${i}].scores[${j}]`)),
      scoresTotal: read.nonNegative(o.scores_total ?? 0, `proposals[${i}].scores_total`),
      quorum: read.nonNegative(o.quorum ?? 0, `proposals[${i}].quorum`),
      snapshot,
      votes: read.count(o.votes ?? 0, `proposals[${i}].votes`),
      state: read.string(o.state, `proposals[${i}].state`),
    };
  });
}

export const VOTES_PAGE = 1000;
/** The hub refuses skip > 5000, so skip-pagination reaches at most 6000 votes. */
export const MAX_SKIP = 5000;

/**
 * Votes of one proposal, largest voting power first, up to `max` (default 1000: the top of the
 * list decides the minimal coalition; the rest only lengthens the tail).
 */
export async function getProposalVotes(
  client: SnapshotClient,
  params: { proposal: string; max?: number; signal?: AbortSignal },
): Promise<{ votes: SnapshotVote[]; complete: boolean }> {
  const max = Math.min(MAX_SKIP + VOTES_PAGE, Math.max(1, Math.floor(params.max ?? VOTES_PAGE)));
  const votes: SnapshotVote[] = [];
  for (let skip = 0; skip < max && skip <= MAX_SKIP; skip += VOTES_PAGE) {
    const first = Math.min(VOTES_PAGE, max - skip);
    const data = await client.query(VOTES_QUERY, { proposal: params.proposal, first, skip }, params.signal);
    const page = read.array(data.votes, 'votes');
    page.forEach((v, i) => {
      const o = read.record(v, `votes[${i}]`);
      const vote = { voter: read.address(o.voter, `votes[${i}].voter`), vp: read.nonNegative(o.vp, `votes[${i}].vp`) };
      const last = votes[votes.length - 1];
      if (last && vote.vp > last.vp) read.fail('votes are not sorted by voting power');
      votes.push(vote);
    });
    if (page.length < first) return { votes, complete: true };
  }
  return { votes, complete: false };
}
