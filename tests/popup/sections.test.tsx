/** @vitest-environment happy-dom */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAIR, OWNER, rugReport } from '../fixtures/reports/build';
import { CHAINS, readyState, scenarioTab, tokenTab } from './fixtures';
import { renderPopup } from './render';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const openTab = (name: string) => {
  fireEvent.click(screen.getByRole('tab', { name }));
  return screen.getByRole('tabpanel');
};

describe('findings', () => {
  it('are sorted danger, caution, info, each with explanation, evidence and threshold', () => {
    const { container } = renderPopup(scenarioTab('rug'));
    const severities = [...container.querySelectorAll('.wl-finding')].map((li) => li.getAttribute('data-severity'));
    expect(severities.length).toBeGreaterThan(3);
    const rank = { danger: 0, caution: 1, info: 2 } as Record<string, number>;
    expect(severities.map((s) => rank[s!])).toEqual([...severities.map((s) => rank[s!])].sort());
    const first = container.querySelector('.wl-finding')!;
    expect(first.querySelector('details')!.open).toBe(true);
    expect(first.querySelector('.wl-explanation')!.textContent!.length).toBeGreaterThan(10);
    expect(first.querySelector('.wl-evidence-list')).toBeTruthy();
    expect(container.textContent).toMatch(/Whale Lens warns when one wallet holds more than 50% of a pool's liquidity tokens/);
    expect(container.textContent).toMatch(/Whale Lens warns when the contract is less than 7 days old/);
    expect(container.textContent).toContain('Whale Lens warns when a power over the token is held by a single private key');
    expect(container.textContent).not.toMatch(/privilegeHolderIsEoa|top1Danger/);
  });

  it('link evidence addresses to the explorer: validated address, safe rel, new tab', () => {
    const { container } = renderPopup(scenarioTab('rug'));
    const link = [...container.querySelectorAll<HTMLAnchorElement>('.wl-finding a')].find((a) => a.title === OWNER)!;
    expect(link.getAttribute('href')).toBe(`https://etherscan.io/address/${OWNER}`);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('never link to an explorer that is not http(s)', () => {
    const chains = [{ ...CHAINS[0], explorerUrl: 'javascript:alert(1)//' }];
    const { container } = renderPopup(scenarioTab('rug'), { chains });
    expect(container.querySelectorAll('a').length).toBe(0);
    expect(container.querySelector(`[title="${OWNER}"]`)).toBeTruthy();
  });

  it('marks evidence verified on-chain and lists gaps as "Not checked"', () => {
    const report = rugReport();
    const tab = tokenTab(readyState(report), report);
    if (tab.state?.status === 'ready') {
      tab.state.assessment.findings[0].evidence.push({ kind: 'source', source: 'blockscout', verifiedOnChain: true });
      tab.state.assessment.gaps.push({ ruleId: 'governance.quorum', category: 'governance', status: 'unknown', reason: 'no governor found' });
    }
    const { container } = renderPopup(tab);
    expect(container.textContent).toContain('Blockscout ✓ verified on-chain');
    expect(container.textContent).toContain('Not checked: governance — no governor found');
  });

  it('"Don’t warn about this token" dismisses and can be undone', async () => {
    const { props } = renderPopup(scenarioTab('whale'));
    fireEvent.click(screen.getByRole('button', { name: 'Don’t warn about this token' }));
    await waitFor(() => expect(screen.getByText(/won’t warn about this token/)).toBeTruthy());
    expect(props.onDismissToken).toHaveBeenCalledWith(true);
    // The pressed button is gone: focus is on its replacement, not lost to the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(props.onDismissToken).toHaveBeenCalledWith(false));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Don’t warn about this token' })));
  });

  it('a failed dismiss says why', async () => {
    renderPopup(scenarioTab('whale'), { onDismissToken: async () => Promise.reject(new Error('storage is full')) });
    fireEvent.click(screen.getByRole('button', { name: 'Don’t warn about this token' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('storage is full'));
  });
});

describe('tabs', () => {
  it('move with arrow keys, Home and End; one tab stop', () => {
    renderPopup(scenarioTab('healthy'));
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Findings', 'Holders', 'Governance', 'Control', 'Liquidity', 'Sources']);
    expect(tabs.filter((t) => t.tabIndex === 0).length).toBe(1);
    fireEvent.keyDown(tabs[0], { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Holders' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement?.textContent).toBe('Holders');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Sources' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Findings' }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('holders', () => {
  it('circulating view leaves labelled holders out and says why; raw view keeps them', () => {
    renderPopup(scenarioTab('whale'));
    const panel = openTab('Holders');
    expect(screen.getByRole('button', { name: 'Circulating supply' }).getAttribute('aria-pressed')).toBe('true');
    expect(panel.textContent).toContain('Left out of circulating supply (3)');
    expect(panel.textContent).toMatch(/burn address, 5% of raw supply/);
    expect(panel.textContent).toMatch(/exchange wallet/);
    const rows = panel.querySelectorAll('.wl-holders-table tbody tr');
    expect(rows.length).toBe(20);
    expect(rows[0].textContent).toContain('Early investor');
    expect(rows[0].textContent).toContain('EOA');
    expect(rows[0].textContent).toMatch(/61\.\d%|62%/);
    const lorenz = panel.querySelector('svg.wl-lorenz')!;
    expect(lorenz.getAttribute('role')).toBe('img');
    expect(lorenz.getAttribute('aria-label')).toMatch(/top 10% of holders own \d+/);
    expect(panel.querySelector('svg.wl-bars')!.querySelectorAll('rect').length).toBe(10);

    fireEvent.click(screen.getByRole('button', { name: 'Raw supply' }));
    const raw = screen.getByRole('tabpanel');
    expect(raw.textContent).not.toContain('Left out of circulating supply');
    expect(raw.querySelectorAll('.wl-holders-table tbody tr')[0].textContent).toMatch(/52%/);
  });

  it('says when the holder list is only an indexer’s top list and shows mismatches', () => {
    const report = rugReport();
    report.holders = { ...report.holders!, source: 'blockscout', complete: false, mismatches: [{ address: OWNER, reported: '1', onChain: '2' }] };
    renderPopup(tokenTab(readyState(report), report));
    const panel = openTab('Holders');
    expect(panel.textContent).toContain('Blockscout · top holders only');
    expect(panel.textContent).toContain('disagreed with the chain for 1 address');
  });
});

describe('governance, control, liquidity, sources', () => {
  it('governance: quorum, threshold, timelock, "k delegates can reach quorum", Snapshot', () => {
    renderPopup(scenarioTab('governance'));
    const panel = openTab('Governance');
    expect(panel.textContent).toContain('1 delegate can reach quorum alone');
    expect(panel.textContent).toContain('25M votes');
    expect(panel.textContent).toContain('Proposal threshold1M votes');
    expect(panel.textContent).toContain('delay 1 hour');
    expect(panel.textContent).toContain('Snapshot space example.eth');
    expect(panel.textContent).toContain('Admins (can change voting strategies)2');
  });

  it('governance missing: unknown with the reason', () => {
    renderPopup(scenarioTab('rug'));
    const panel = openTab('Governance');
    expect(panel.textContent).toContain('On-chain governance: unknown');
  });

  it('control: owner kind and every privilege with who holds it', () => {
    renderPopup(scenarioTab('rug'));
    const panel = openTab('Control');
    expect(panel.textContent).toContain('EOA (one key)');
    for (const p of ['Mint new tokens', 'Block addresses', 'Change fees or taxes']) expect(panel.textContent).toContain(p);
    expect(panel.textContent).toContain('Source code verifiedno');
    expect(panel.textContent).toContain('2 days ago');
  });

  it('control: timelock owner with its delay', () => {
    renderPopup(scenarioTab('healthy'));
    expect(openTab('Control').textContent).toMatch(/Timelock · delay 2 days/);
  });

  it('liquidity: pool, depth, LP concentration and burned/locked share', () => {
    renderPopup(scenarioTab('rug'));
    const panel = openTab('Liquidity');
    expect(panel.textContent).toContain('Uniswap v2: RUG / WETH');
    expect(panel.textContent).toContain('100M RUG');
    expect(panel.textContent).toContain('Largest LP holder99.9%');
    expect(panel.textContent).toContain('LP burned or locked0%');
    expect(panel.querySelector(`a[title="${PAIR}"]`)).toBeTruthy();
  });

  it('sources: block, age, each section’s source, Refresh with progress', () => {
    const { props } = renderPopup(scenarioTab('unknown'));
    const panel = openTab('Sources');
    expect(panel.textContent).toContain('19,000,000');
    expect(panel.textContent).toContain('1 hour ago');
    expect(panel.textContent).toContain('failed: HTTP 429 Too Many Requests');
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(props.onRefresh).toHaveBeenCalled();
    cleanup();
    renderPopup(scenarioTab('unknown'), { progress: { phase: 'control', fraction: 0.5 } });
    openTab('Sources');
    expect((screen.getByRole('button', { name: /^Refreshing…/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('50');
  });
});
