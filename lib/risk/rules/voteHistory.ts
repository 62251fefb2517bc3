/**
 * Who really decided past votes: when a handful of addresses made up the deciding coalition
 * (fewest voters with more than half of the votes cast) of most recent proposals.
 */
import type { Report, VoteHistorySection } from '../../report/types';
import { defineRule } from '../rule';
import { addressEv, blockEv, countEv, shareEv, sourceEv } from '../evidence';
import { pct, plural } from '../format';
import type { Thresholds } from '../thresholds';

type Deciders = VoteHistorySection['deciders'];

/** At most `addressesDecidingMostProposals` addresses decided more than half of at least `decidedProposalsRead` proposals. */
function fewDecided(d: Deciders, t: Thresholds): boolean {
  return d.of >= t.decidedProposalsRead && d.addresses.length > 0 && d.addresses.length <= t.addressesDecidingMostProposals && d.decided * 2 > d.of;
}

export const fewDecide = defineRule<VoteHistorySection>({
  id: 'governance.few-decide',
  category: 'governance',
  requires: ['voteHistory.deciders'],
  thresholds: ['addressesDecidingMostProposals', 'decidedProposalsRead'],
  value: (r, t) => {
    const h = r.voteHistory!;
    return fewDecided(h.deciders, t) ? h : null;
  },
  severityFor: (h, t) => ({
    severity: h.deciders.addresses.length === 1 ? 'danger' : 'caution',
    threshold: { name: 'addressesDecidingMostProposals', value: t.addressesDecidingMostProposals, comparison: '<=' },
  }),
  title: (h) => {
    const d = h.deciders;
    return `${d.addresses.length === 1 ? 'One address' : `${d.addresses.length} addresses`} decided ${d.decided} of the last ${plural(d.of, 'proposal')}`;
  },
  explanation: (h) =>
    `In ${h.deciders.decided} of the last ${h.deciders.of} proposals, the votes of ${h.deciders.addresses.length === 1 ? 'one address alone were' : 'these addresses alone were'} ` +
    'more than half of all votes cast: whatever they vote passes. ' +
    (h.oneVoterQuorumShare ? `In ${pct(h.oneVoterQuorumShare)} of proposals one voter alone met the quorum.` : ''),
  evidence: (r: Report, h) => [
    ...h.deciders.addresses.map((a, i) => addressEv(`Decider #${i + 1}`, a)),
    countEv('Proposals read', h.proposals.length),
    ...(h.medianTurnout !== null ? [shareEv('Median turnout (votes cast / supply)', h.medianTurnout)] : []),
    ...(h.oneVoterQuorumShare !== null ? [shareEv('Proposals where one voter alone met quorum', h.oneVoterQuorumShare)] : []),
    addressEv('Governor', h.governor),
    countEv(`Governor logs read (blocks ${h.fromBlock}–${h.toBlock})`, h.logs),
    blockEv(r),
    sourceEv(r, 'governance', 'rpc', true),
  ],
});

/** The same on a Snapshot space, from the hub's votes. */
export const snapshotFewDecide = defineRule<NonNullable<NonNullable<Report['snapshot']>['deciders']>>({
  id: 'governance.snapshot-few-decide',
  category: 'governance',
  requires: ['snapshot.deciders'],
  thresholds: ['addressesDecidingMostProposals', 'decidedProposalsRead'],
  value: (r, t) => {
    const d = r.snapshot!.deciders!;
    return fewDecided(d, t) ? d : null;
  },
  severityFor: (d, t) => ({
    severity: d.addresses.length === 1 ? 'danger' : 'caution',
    threshold: { name: 'addressesDecidingMostProposals', value: t.addressesDecidingMostProposals, comparison: '<=' },
  }),
  title: (d) =>
    `${d.addresses.length === 1 ? 'One address' : `${d.addresses.length} addresses`} decided ${d.decided} of the last ${plural(d.of, 'Snapshot proposal')}`,
  explanation: () => 'On Snapshot, the votes of these addresses alone were more than half of all votes cast in most recent proposals.',
  evidence: (r, d) => [
    ...d.addresses.map((a, i) => addressEv(`Decider #${i + 1}`, a)),
    countEv('Closed proposals read', d.of),
    sourceEv(r, 'snapshot', 'snapshot'),
  ],
});

export const voteHistoryRules = [fewDecide, snapshotFewDecide];
