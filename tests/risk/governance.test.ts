import { describe, expect, it } from 'vitest';
import { governanceReport, governanceSection, healthyReport, snapshotSection, UNIT, addr, TIMELOCK } from '../fixtures/reports/build';
import { finding, severity } from './helpers';
import type { Report } from '../../lib/report/types';

function withQuorumDelegates(k: number | null): Report {
  const g = governanceSection();
  g.votingPower = { ...g.votingPower, delegatesToQuorum: k };
  return healthyReport({ governance: g });
}

describe('governance.quorum', () => {
  it('one delegate reaching quorum is danger', () => {
    const f = finding(withQuorumDelegates(1), 'governance.quorum')!;
    expect(f.severity).toBe('danger');
    expect(f.title).toBe('One delegate can reach quorum alone');
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'address', address: addr(5001) }));
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'address', label: 'Governor' }));
  });
  it('at the bar (3) caution, just below caution, just above silent', () => {
    expect(severity(withQuorumDelegates(3), 'governance.quorum')).toBe('caution');
    expect(finding(withQuorumDelegates(3), 'governance.quorum')!.title).toBe('3 delegates together reach quorum');
    expect(severity(withQuorumDelegates(2), 'governance.quorum')).toBe('caution');
    expect(severity(withQuorumDelegates(4), 'governance.quorum')).toBeNull();
  });
  it('silent when even all delegates together cannot reach quorum (null)', () => {
    expect(severity(withQuorumDelegates(null), 'governance.quorum')).toBeNull();
  });
  it('follows a user bar', () => {
    expect(severity(withQuorumDelegates(5), 'governance.quorum', { delegatesToQuorumCaution: 5 })).toBe('caution');
  });
});

describe('governance.proposal-threshold', () => {
  function withVotes(votes: bigint[], threshold: bigint): Report {
    const g = governanceSection({ proposalThreshold: (threshold * UNIT).toString() });
    g.votingPower = {
      ...g.votingPower,
      top: votes.map((v, i) => ({ address: addr(5001 + i), votes: (v * UNIT).toString(), share: 0.1 })),
    };
    return healthyReport({ governance: g });
  }
  it('only one delegate at or above the threshold → caution', () => {
    expect(severity(withVotes([1000n, 999n], 1000n), 'governance.proposal-threshold')).toBe('caution');
    expect(finding(withVotes([1001n, 10n], 1000n), 'governance.proposal-threshold')!.title).toBe('Only one delegate can create proposals');
  });
  it('two delegates at the threshold → silent; none → silent', () => {
    expect(severity(withVotes([1000n, 1000n], 1000n), 'governance.proposal-threshold')).toBeNull();
    expect(severity(withVotes([999n, 10n], 1000n), 'governance.proposal-threshold')).toBeNull();
  });
});

describe('governance.timelock (< 24 h → caution)', () => {
  const at = (d: number | null) => healthyReport({ governance: governanceSection({ timelockDelay: d }) });
  it('at 24 h silent, 1 s below caution, above silent', () => {
    expect(severity(at(86_400), 'governance.timelock')).toBeNull();
    expect(severity(at(86_401), 'governance.timelock')).toBeNull();
    const f = finding(at(86_399), 'governance.timelock')!;
    expect(f.severity).toBe('caution');
    expect(f.title).toBe('Timelock delay is only 23.9 hours');
    expect(f.threshold).toEqual({ name: 'minTimelockDelay', value: 86_400, comparison: '<' });
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'address', address: TIMELOCK }));
  });
  it('no timelock at all → caution', () => {
    expect(finding(at(null), 'governance.timelock')!.title).toBe('No timelock: passed proposals execute at once');
  });
  it('says hours plainly', () => {
    expect(finding(governanceReport(), 'governance.timelock')!.title).toBe('Timelock delay is only 1 hour');
  });
});

describe('governance.snapshot-admins (≤ 3 admins → caution)', () => {
  const withAdmins = (n: number) => healthyReport({ snapshot: snapshotSection({ admins: Array.from({ length: n }, (_, i) => addr(6001 + i)) }) });
  it('at 3 caution, 4 silent, 1 caution, 0 silent', () => {
    expect(severity(withAdmins(3), 'governance.snapshot-admins')).toBe('caution');
    expect(severity(withAdmins(4), 'governance.snapshot-admins')).toBeNull();
    expect(finding(withAdmins(1), 'governance.snapshot-admins')!.title).toBe('One Snapshot admin can change voting strategies');
    expect(severity(withAdmins(0), 'governance.snapshot-admins')).toBeNull();
  });
  it('cites the space, strategies and admins', () => {
    const f = finding(withAdmins(2), 'governance.snapshot-admins')!;
    expect(f.title).toBe('2 Snapshot admins can change voting strategies');
    expect(f.evidence.filter((e) => e.kind === 'address')).toHaveLength(2);
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'source', source: 'snapshot' }));
  });
});

describe('governance.proposal-threshold as each governor checks it', () => {
  function at(standard: 'governor-bravo' | 'oz-governor', votes: bigint[], comparison?: '>' | '>=') {
    const g = governanceSection({
      standard,
      proposalThreshold: (1000n * UNIT).toString(),
      ...(comparison ? { thresholdComparison: comparison } : {}),
    });
    g.votingPower = { ...g.votingPower, top: votes.map((v, i) => ({ address: addr(6001 + i), votes: (v * UNIT).toString(), share: 0.1 })) };
    return healthyReport({ governance: g });
  }
  it('Bravo: a delegate exactly at the threshold cannot propose (votes must be strictly greater)', () => {
    expect(severity(at('governor-bravo', [1000n, 10n], '>'), 'governance.proposal-threshold')).toBeNull();
    expect(severity(at('governor-bravo', [1000n, 10n]), 'governance.proposal-threshold')).toBeNull();
    expect(severity(at('governor-bravo', [1001n, 1000n], '>'), 'governance.proposal-threshold')).toBe('caution');
  });
  it('OZ Governor: at the threshold is enough', () => {
    expect(severity(at('oz-governor', [1000n, 10n], '>='), 'governance.proposal-threshold')).toBe('caution');
  });
});
