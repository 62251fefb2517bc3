/**
 * Governance capture: can a few delegates pass (or be the only ones to propose) anything,
 * and how long do users get to react before it executes? Also off-chain Snapshot spaces,
 * whose admins can change the voting strategy itself.
 */
import type { Report } from '../../report/types';
import type { Evidence } from '../types';
import { defineRule } from '../rule';
import { addressEv, blockEv, countEv, secondsEv, sourceEv, tokensEv } from '../evidence';
import { duration, plural } from '../format';

function govSource(r: Report): Evidence[] {
  return [addressEv('Governor', r.governance!.governor), blockEv(r), sourceEv(r, 'governance', 'rpc', true)];
}

function delegateEvidence(r: Report, n: number): Evidence[] {
  return r
    .governance!.votingPower.top.slice(0, n)
    .map((d, i) => addressEv(`Delegate #${i + 1} (${(d.share * 100).toFixed(1)}% of votes)`, d.address, d));
}

export const quorumCapture = defineRule<number>({
  id: 'governance.quorum',
  category: 'governance',
  requires: ['governance.votingPower.delegatesToQuorum', 'governance.quorum'],
  thresholds: ['delegatesToQuorumCaution'],
  value: (r) => r.governance!.votingPower.delegatesToQuorum,
  severityFor: (k, t) => {
    if (k < 1) return null;
    if (k === 1) return { severity: 'danger', threshold: { name: 'delegatesToQuorum', value: 1, comparison: '=' } };
    if (k <= t.delegatesToQuorumCaution) {
      return { severity: 'caution', threshold: { name: 'delegatesToQuorumCaution', value: t.delegatesToQuorumCaution, comparison: '<=' } };
    }
    return null;
  },
  title: (k) => (k === 1 ? 'One delegate can reach quorum alone' : `${k} delegates together reach quorum`),
  explanation: (k) =>
    `${k === 1 ? 'A single delegate has' : `${plural(k, 'delegate')} together have`} enough votes to meet the quorum. ` +
    'When turnout is low, that is enough to pass a proposal — including one that moves the treasury or changes the contracts.',
  evidence: (r, k) => [
    countEv('Delegates needed for quorum', k),
    tokensEv('Quorum (votes)', r.governance!.quorum),
    ...delegateEvidence(r, k),
    ...govSource(r),
  ],
});

/** Delegates in the top list whose own votes are enough to propose (see thresholdComparison). */
export const proposalPower = defineRule<{ proposers: number }>({
  id: 'governance.proposal-threshold',
  category: 'governance',
  requires: ['governance.proposalThreshold', 'governance.votingPower.top'],
  thresholds: [],
  value: (r) => {
    const bar = BigInt(r.governance!.proposalThreshold);
    if (bar <= 0n) return null;
    // As the contract checks it: Alpha/Bravo need votes strictly above the threshold, OZ Governor at least it.
    const g = r.governance!;
    const strict = g.thresholdComparison ? g.thresholdComparison === '>' : g.standard === 'governor-bravo';
    const proposers = g.votingPower.top.filter((d) => (strict ? BigInt(d.votes) > bar : BigInt(d.votes) >= bar)).length;
    return { proposers };
  },
  severityFor: (v) =>
    v.proposers === 1 ? { severity: 'caution', threshold: { name: 'delegatesAboveProposalThreshold', value: 1, comparison: '=' } } : null,
  title: () => 'Only one delegate can create proposals',
  explanation: () => 'One delegate alone reaches the proposal threshold, so only they decide what the DAO votes on.',
  evidence: (r) => [tokensEv('Proposal threshold (votes)', r.governance!.proposalThreshold), ...delegateEvidence(r, 1), ...govSource(r)],
});

export const timelockDelay = defineRule<{ delay: number | null }>({
  id: 'governance.timelock',
  category: 'governance',
  requires: ['governance.timelockDelay'],
  thresholds: ['minTimelockDelay'],
  // Wrapped: a null delay (no timelock) is a value to judge, not "nothing to say".
  value: (r) => ({ delay: r.governance!.timelockDelay }),
  severityFor: ({ delay }, t) => {
    const threshold = { name: 'minTimelockDelay', value: t.minTimelockDelay, comparison: '<' as const };
    if (delay === null || delay < t.minTimelockDelay) return { severity: 'caution', threshold };
    return null;
  },
  title: ({ delay }) => (delay === null ? 'No timelock: passed proposals execute at once' : `Timelock delay is only ${duration(delay)}`),
  explanation: (_v, t) =>
    `Users get less than ${duration(t.minTimelockDelay)} between a proposal passing and it taking effect — ` +
    'too little time to notice a harmful change and exit.',
  evidence: (r, { delay }) => [
    ...(r.governance!.timelock ? [addressEv('Timelock', r.governance!.timelock)] : []),
    ...(delay === null ? [] : [secondsEv('Delay', delay)]),
    ...govSource(r),
  ],
});

export const snapshotAdmins = defineRule<number>({
  id: 'governance.snapshot-admins',
  category: 'governance',
  requires: ['snapshot.admins'],
  thresholds: ['snapshotAdminsCaution'],
  value: (r) => r.snapshot!.admins.length,
  severityFor: (n, t) =>
    n >= 1 && n <= t.snapshotAdminsCaution
      ? { severity: 'caution', threshold: { name: 'snapshotAdminsCaution', value: t.snapshotAdminsCaution, comparison: '<=' } }
      : null,
  title: (n) => `${n === 1 ? 'One Snapshot admin' : `${n} Snapshot admins`} can change voting strategies`,
  explanation: (_n) =>
    'Off-chain votes on this Snapshot space count whatever the voting strategies say; its admins can change those ' +
    'strategies (and so who gets votes) without a vote.',
  evidence: (r, n) => [
    { kind: 'number', label: `Snapshot space ${r.snapshot!.space}`, value: r.snapshot!.strategies.join(', ') || 'no strategies' },
    countEv('Admins', n),
    ...r.snapshot!.admins.map((a) => addressEv('Admin', a)),
    sourceEv(r, 'snapshot', 'snapshot', false),
  ],
});

export const governanceRules = [quorumCapture, proposalPower, timelockDelay, snapshotAdmins];
