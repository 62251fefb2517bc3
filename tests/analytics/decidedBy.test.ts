/** Deciding coalitions across proposals (on-chain vote history and Snapshot share this). */
import { describe, expect, it } from 'vitest';
import { commonDeciders, decideProposal, median } from '../../lib/analytics/decidedBy';
import { decidedSnapshotProposal, snapshotDeciders } from '../../lib/sources/snapshot/deciders';

const v = (voter: string, weight: bigint, support = 1) => ({ voter, weight, support });

describe('decidedBy', () => {
  it('per proposal: votes of one voter add up; the coalition is the fewest with more than half', () => {
    const d = decideProposal({
      id: '1',
      votes: [v('a', 13n), v('b', 13n), v('c', 13n), ...Array.from({ length: 7 }, (_, i) => v(`s${i}`, 2n)), v('A', 0n)],
    });
    expect(d).toMatchObject({ voters: 10, cast: 53n, minCoalition: 3, largest: 13n }); // 'A' is 'a'
    expect(d.deciders.map((x) => x.voter)).toEqual(['a', 'b', 'c']);
    expect(decideProposal({ id: '2', votes: [v('a', 5n), v('A', 5n)] })).toMatchObject({ voters: 1, minCoalition: 1 });
  });

  it('across proposals: the smallest group covering the most proposals', () => {
    const whales = Array.from({ length: 10 }, (_, i) =>
      decideProposal({ id: `w${i}`, votes: [v('a', 13n), v('b', 13n), v('c', 13n), ...Array.from({ length: 7 }, (_, k) => v(`s${k}`, 2n))] }),
    );
    const smalls = Array.from({ length: 2 }, (_, i) => decideProposal({ id: `s${i}`, votes: Array.from({ length: 10 }, (_, k) => v(`s${k}`, 2n)) }));
    const c = commonDeciders([...whales, ...smalls]);
    expect(c).toEqual({ addresses: ['a', 'b', 'c'], decided: 10, of: 12 });
    expect(commonDeciders([])).toEqual({ addresses: [], decided: 0, of: 0 });
    expect(median([0.5, 0.1, 0.3])).toBe(0.3);
    expect(median([0.1, 0.3])).toBeCloseTo(0.2);
  });

  it('Snapshot: the coalition is the largest voters fetched; a lower bound beyond them names nobody', () => {
    const votes = [
      { voter: '0x0000000000000000000000000000000000000001' as const, vp: 60 },
      { voter: '0x0000000000000000000000000000000000000002' as const, vp: 30 },
    ];
    const summary = { id: 'p', voters: 2, scoresTotal: 90, minCoalition: 1, top1: 0.66 };
    const d = decidedSnapshotProposal(summary, votes)!;
    expect(d.deciders.map((x) => x.voter)).toEqual([votes[0].voter]);
    expect(decidedSnapshotProposal({ ...summary, minCoalition: 5 }, votes)).toBeUndefined();
    expect(snapshotDeciders([d, d, d, undefined])).toEqual({ addresses: [votes[0].voter], decided: 3, of: 4 });
  });
});
