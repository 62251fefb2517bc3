/** @vitest-environment happy-dom */
/**
 * The popup shows clusters and the concentration trend in the Holders tab and the vote history
 * in the Governance tab, with their evidence and what they were computed from; and the rules
 * over the same sections (unit level, no chain).
 */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClustersSection, Report } from '../../lib/report/types';
import { assess } from '../../lib/risk/index';
import { governanceReport, healthyReport } from '../fixtures/reports/build';
import { basis, clustersSection, trendSection, voteHistorySection } from '../fixtures/reports/insights';
import { readyState, tokenTab } from './fixtures';
import { renderPopup } from './render';

afterEach(cleanup);

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
    const clusters: ClustersSection = {
      ...base,
      clusters: [{ ...base.clusters[0], members, memberCount: 5, balance, share: 0.1 }],
      clusteredHolders: 5,
    };
    const report: Report = healthyReport({ clusters });
    renderPopup(tokenTab(readyState(report), report));
    const panel = openTab('Holders');
    const chart = panel.querySelector('svg[aria-label^="Top holders, linked wallets counted as one, share of circulating supply"]')!;
    expect(chart).not.toBeNull();
    const bars = [...chart.querySelectorAll('g.wl-bar')];
    const labels = bars.map((b) => b.getAttribute('aria-label')!);
    const linked = labels.filter((l) => l.startsWith('5 linked: '));
    expect(linked).toHaveLength(1);
    expect(linked[0]).toContain('cluster 1: 5 wallets linked by transfers');
    expect(
      bars
        .find((b) => b.getAttribute('aria-label') === linked[0])!
        .querySelector('rect')!
        .getAttribute('fill'),
    ).toBe('var(--wl-chart-2)');
    // The linked top holders are not also drawn alone; the other bars keep the first colour.
    expect(bars.filter((b) => b.querySelector('rect')!.getAttribute('fill') === 'var(--wl-chart-1)')).toHaveLength(bars.length - 1);
    expect(bars).toHaveLength(10);
    // The table keeps every wallet and names its cluster.
    expect([...panel.querySelectorAll('.wl-holders-table .wl-linked')].map((e) => e.textContent)).toEqual(Array(3).fill(' linked, cluster 1'));
    expect(panel.querySelector('.wl-grouped-note')!.textContent).toMatch(
      /cluster 1, 5 linked wallets, [\d.]+%\. Linked by transfers, not proof of one owner\./,
    );
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

describe('popup: each insight says what it was computed from, or why it is missing', () => {
  it("an indexer's top list: clusters and trend are named as not computed, and why", () => {
    const base = healthyReport();
    const report: Report = healthyReport({ holders: { ...base.holders!, source: 'blockscout', complete: false } });
    renderPopup(tokenTab(readyState(report), report));
    const panel = openTab('Holders');
    expect(panel.querySelector('.wl-insights-missing')!.textContent).toMatch(
      /^Wallets linked by transfers and concentration over time are not computed: this list is the top holders from .+, and both need every Transfer log of the token\.$/,
    );
  });

  it('clusters without a trend (a resumed scan past the checkpoint limit) say why there is no trend', () => {
    const c = clustersSection();
    const note = 'the scan resumed from a saved checkpoint: transfers before it were not seen';
    const report: Report = healthyReport({ clusters: { ...c, basis: { ...c.basis, complete: false, note } } });
    renderPopup(tokenTab(readyState(report), report));
    const panel = openTab('Holders');
    expect(panel.querySelector('.wl-insights-missing')!.textContent).toBe(`Concentration over time is not computed: ${note}.`);
    expect(panel.textContent).toContain(`(incomplete: ${note}).`);
  });

  it('vote history says whether it covers every proposal in the blocks read or only the newest 20', () => {
    const all: Report = governanceReport({ voteHistory: { ...voteHistorySection(), proposalsFound: 12 } });
    renderPopup(tokenTab(readyState(all), all));
    expect(openTab('Governance').textContent).toContain(
      'From 134 governor logs (ProposalCreated and VoteCast), blocks 1–2,000, about the past year: every proposal created in those blocks (12).',
    );
    cleanup();
    const some: Report = governanceReport({ voteHistory: { ...voteHistorySection(), proposalsFound: 35 } });
    renderPopup(tokenTab(readyState(some), some));
    expect(openTab('Governance').textContent).toContain('the newest 12 of 35 proposals created in those blocks (at most 20 are read)');
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
