/** @vitest-environment happy-dom */
/**
 * The popup shows clusters and the concentration trend in the Holders tab and the vote history
 * in the Governance tab, with their evidence and what they were computed from; and the rules
 * over the same sections (unit level, no chain).
 */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClustersSection, Report, TrendSection, VoteHistorySection } from '../../lib/report/types';
import { assess } from '../../lib/risk/index';
import { addr, governanceReport, healthyReport } from '../fixtures/reports/build';
import { readyState, tokenTab } from './fixtures';
import { renderPopup } from './render';

afterEach(cleanup);

const TX = `0x${'ab'.repeat(32)}` as const;
const basis = { fromBlock: 100, toBlock: 2000, logs: 61, complete: true };

export function clustersSection(share = 0.6): ClustersSection {
  const members = Array.from({ length: 20 }, (_, i) => ({ address: addr(500 + i), balance: (3n * 10n ** 22n).toString() }));
  return {
    basis,
    clusters: [
      {
        members,
        memberCount: 20,
        balance: (6n * 10n ** 23n).toString(),
        share,
        links: members.slice(1).map((m, i) => ({ kind: 'transfer' as const, from: members[0].address, to: m.address, tx: TX, block: 200 + i, amount: (3n * 10n ** 22n).toString() })),
        linkCount: 19,
      },
    ],
    clusterCount: 1,
    clusteredHolders: 20,
    hubs: 3,
    sameSenderWindow: 0,
    grouped: { holders: 41, top1: share, top10: 0.69, nakamoto: 1 },
  };
}

export function trendSection(): TrendSection {
  const points = Array.from({ length: 24 }, (_, i) => ({ block: 100 + i * 80, holders: 100, top1: 0.01, top10: 0.1 }));
  points.push({ block: 1500, label: '7d', holders: 100, top1: 0.01, top10: 0.1 } as never, { block: 100, label: '30d', holders: 100, top1: 0.01, top10: 0.1 } as never);
  points.sort((a, b) => a.block - b.block);
  points.push({ block: 2000, holders: 73, top1: 0.1, top10: 0.37 });
  return { basis, points };
}

export function voteHistorySection(): VoteHistorySection {
  const deciders = [addr(900), addr(901), addr(902)];
  return {
    governor: addr(800),
    fromBlock: 1,
    toBlock: 2000,
    logs: 134,
    proposals: Array.from({ length: 12 }, (_, i) => ({
      id: String(1000 + i),
      proposer: addr(1),
      createdBlock: 100 + i,
      snapshot: 101 + i,
      state: 'Executed',
      voters: 10,
      votesCast: '1',
      turnout: 0.53,
      minCoalition: i < 10 ? 3 : 6,
      deciders: [],
    })),
    deciders: { addresses: deciders, decided: 10, of: 12 },
    medianTurnout: 0.53,
    oneVoterQuorumShare: 10 / 12,
  };
}

const openTab = (name: string) => {
  fireEvent.click(screen.getByRole('tab', { name }));
  return screen.getByRole('tabpanel');
};

describe('popup: clusters, trend and vote history', () => {
  it('the Holders tab lists clusters with members and links, and the sparkline with 7-day and now points', () => {
    const report: Report = healthyReport({ clusters: clustersSection(), trend: trendSection() });
    renderPopup(tokenTab(readyState(report), report));
    const panel = openTab('Holders');
    expect(panel.textContent).toContain('Wallets linked by transfers (1)');
    expect(panel.textContent).toContain('20 wallets hold 60% together');
    expect(panel.textContent).toContain('not proof of one owner');
    expect(panel.textContent).toContain('Links (19)');
    expect(panel.querySelector('[aria-label="Clusters, share of circulating supply"], svg[aria-label^="Clusters"]')).not.toBeNull();
    expect(panel.querySelector('svg.wl-sparkline')?.getAttribute('aria-label')).toBe("Top 10 share over the token's life: from 10% to 37%");
    expect(panel.textContent).toContain('7 days ago');
    expect(panel.textContent).toContain('From 61 Transfer logs, blocks 100–2,000.');
  });

  it('the Holders chart draws each cluster as one bar of linked wallets, in the second colour, with a text alternative', () => {
    const plain = healthyReport();
    const top = plain.holders!.top.filter((h) => !h.excludedAs);
    // Three of the largest holders are linked by transfers, with two smaller wallets.
    const members = [...top.slice(0, 3), ...top.slice(-2)].map((h) => ({ address: h.address, balance: h.balance }));
    const balance = members.reduce((s, m) => s + BigInt(m.balance), 0n).toString();
    const base = clustersSection();
    const clusters: ClustersSection = { ...base, clusters: [{ ...base.clusters[0], members, memberCount: 5, balance, share: 0.1 }], clusteredHolders: 5 };
    const report: Report = healthyReport({ clusters });
    renderPopup(tokenTab(readyState(report), report));
    const panel = openTab('Holders');
    const chart = panel.querySelector('svg[aria-label^="Top holders, linked wallets counted as one, share of circulating supply"]')!;
    expect(chart).not.toBeNull();
    const bars = [...chart.querySelectorAll('g.wl-bar')];
    const labels = bars.map((b) => b.getAttribute('aria-label')!);
    const linked = labels.filter((l) => l.startsWith('5 linked wallets: '));
    expect(linked).toHaveLength(1);
    expect(linked[0]).toContain('cluster 1: 5 wallets linked by transfers');
    expect(bars.find((b) => b.getAttribute('aria-label') === linked[0])!.querySelector('rect')!.getAttribute('fill')).toBe('var(--wl-chart-2)');
    // The linked top holders are not also drawn alone; the other bars keep the first colour.
    expect(bars.filter((b) => b.querySelector('rect')!.getAttribute('fill') === 'var(--wl-chart-1)')).toHaveLength(bars.length - 1);
    expect(bars).toHaveLength(10);
    expect(panel.querySelector('.wl-grouped-note')!.textContent).toMatch(/cluster 1, 5 linked wallets, [\d.]+%\. Linked by transfers, not proof of one owner\./);
  });

  it('the Governance tab says who decided past votes', () => {
    const report: Report = governanceReport({ voteHistory: voteHistorySection() });
    renderPopup(tokenTab(readyState(report), report));
    const panel = openTab('Governance');
    expect(panel.textContent).toContain('3 addresses decided 10 of the last 12 proposals');
    expect(panel.textContent).toContain('Median turnout');
    expect(panel.querySelectorAll('.wl-vote-history tbody tr')).toHaveLength(12);
  });
});

describe('rules over the sections', () => {
  it('a cluster above the bar is one whale; below 20% nothing; trend and deciders say their facts', () => {
    const r = healthyReport({ clusters: clustersSection(), trend: trendSection(), voteHistory: voteHistorySection() });
    const titles = assess(r).findings.map((f) => f.title);
    expect(titles).toContain('20 wallets linked by transfers hold 60% together');
    expect(titles).toContain('Accumulating: top 10 went from 10% to 37% in 7 days');
    expect(titles).toContain('Holder count fell from 100 to 73 in 7 days');
    expect(titles).toContain('3 addresses decided 10 of the last 12 proposals');
    expect(assess(healthyReport({ clusters: clustersSection(0.15) })).findings.some((f) => f.ruleId === 'whales.linked-wallets')).toBe(false);
    const caution = assess(healthyReport({ clusters: clustersSection(0.3) })).findings.find((f) => f.ruleId === 'whales.linked-wallets')!;
    expect([caution.severity, caution.threshold]).toEqual(['caution', { name: 'linkedWalletsShare', value: 0.2, comparison: '>' }]);
    // An incomplete replay (resumed scan) never claims accumulation.
    const partial = healthyReport({ trend: { ...trendSection(), basis: { ...basis, complete: false } } });
    expect(assess(partial).findings.some((f) => f.ruleId === 'whales.accumulating')).toBe(false);
  });
});
