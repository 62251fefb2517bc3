/**
 * `snapshotSection(config, spaceId)`: the Report's `snapshot` section from the Snapshot hub —
 * settings and admins of the space (the control finding: a few admins can change the
 * strategies), then the latest closed proposals with their voting concentration.
 * Requests: 1 (space) + 1 (proposals) + ⌈maxVotes/1000⌉ per proposal; at 100 req/min keyless.
 */
import type { SnapshotSection } from '../report/types';
import { createSnapshotClient, type SnapshotConfig } from './snapshot/client';
import { buildSnapshotSection, summarizeProposal } from './snapshot/section';
import { getClosedProposals, getProposalVotes, getSpace } from './snapshot/space';
import { decidedSnapshotProposal, snapshotDeciders } from './snapshot/deciders';

export interface SnapshotSectionConfig extends SnapshotConfig {
  /** Closed proposals to analyse, newest first; default 5. */
  proposals?: number;
  /** Votes fetched per proposal, largest first; default 1000 (max 6000, the hub's skip limit). */
  maxVotes?: number;
  /** Supply in token units, for turnout = scores_total / supply (only meaningful for token-balance strategies). */
  supplyTokens?: number;
  signal?: AbortSignal;
}

export async function snapshotSection(config: SnapshotSectionConfig, spaceId: string): Promise<SnapshotSection> {
  const client = createSnapshotClient(config);
  const { signal } = config;
  const space = await getSpace(client, { id: spaceId, signal });
  const proposals = await getClosedProposals(client, { space: space.id, first: config.proposals ?? 5, signal });
  const summaries = [];
  const decided = [];
  // One proposal at a time: the hub's limit is per IP, and the rate limiter would serialise them anyway.
  for (const p of proposals) {
    const votes = await getProposalVotes(client, { proposal: p.id, max: config.maxVotes, signal });
    const summary = summarizeProposal(p, votes, config.supplyTokens);
    summaries.push(summary);
    decided.push(decidedSnapshotProposal(summary, votes.votes));
  }
  const section = buildSnapshotSection(space, summaries);
  if (decided.length) section.deciders = snapshotDeciders(decided);
  return section;
}
