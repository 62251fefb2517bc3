/** `report token` text for the insight sections: each says what it was computed from, or why it is missing. */
import { describe, expect, it } from 'vitest';
import { insightLines } from '../../lib/cli/insightLines';
import { governanceReport, healthyReport } from '../fixtures/reports/build';
import { clustersSection, trendSection, voteHistorySection } from '../fixtures/reports/insights';

describe('insightLines', () => {
  it('clusters and trend name their logs, blocks and completeness', () => {
    const text = insightLines(healthyReport({ clusters: clustersSection(), trend: trendSection() })).join('\n');
    expect(text).toContain('Wallets linked by transfers — 1 cluster, from 61 Transfer logs, blocks 100–2000');
    expect(text).toContain('Concentration over time — from 61 Transfer logs, blocks 100–2000');
  });

  it('an indexer top list: says clusters and trend were not computed, and why', () => {
    const base = healthyReport();
    const text = insightLines(healthyReport({ holders: { ...base.holders!, source: 'blockscout', complete: false } })).join('\n');
    expect(text).toContain(
      "Wallets linked by transfers, concentration over time — not computed: the holder list is blockscout's top list, and both need every Transfer log of the token",
    );
  });

  it('clusters from a resumed scan without a trend say why', () => {
    const c = clustersSection();
    const text = insightLines(
      healthyReport({ clusters: { ...c, basis: { ...c.basis, complete: false, note: 'the scan resumed from a saved checkpoint' } } }),
    ).join('\n');
    expect(text).toContain('from 61 Transfer logs, blocks 100–2000 (incomplete: the scan resumed from a saved checkpoint)');
    expect(text).toContain('Concentration over time — not computed: the scan resumed from a saved checkpoint');
  });

  it('past votes: every proposal in the blocks read, or only the newest of more', () => {
    expect(insightLines(governanceReport({ voteHistory: { ...voteHistorySection(), proposalsFound: 12 } })).join('\n')).toContain(
      'Past votes — all 12 proposals created in blocks 1–2000 (about the past year), from 134 governor logs',
    );
    expect(insightLines(governanceReport({ voteHistory: { ...voteHistorySection(), proposalsFound: 35 } })).join('\n')).toContain(
      'Past votes — the newest 12 of 35 proposals (at most 20 are read) created in blocks 1–2000',
    );
  });

  it('past votes whose token supply could not be read: turnout unknown, never 0%', () => {
    const v = voteHistorySection();
    const unread = { ...v, medianTurnout: null, proposals: v.proposals.map((p) => ({ ...p, turnout: null })) };
    const text = insightLines(governanceReport({ voteHistory: unread })).join('\n');
    expect(text).toContain('median turnout unknown (supply not read)');
    expect(text).toMatch(/turnout unknown {2}decided by/);
    expect(text).not.toMatch(/turnout 0(\.0)?%/);
  });
});
