/** @vitest-environment happy-dom */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { fakeAsk, renderOptions } from './render';
import type { Report } from '../../lib/report/types';
import { assess } from '../../lib/risk/index';
import { thresholdLine } from '../../lib/wording/thresholds';
import { addr, healthyReport } from '../fixtures/reports/build';

afterEach(cleanup);

const section = (name: string) => screen.getByRole('region', { name }) as HTMLElement;
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

describe('API keys and GoPlus', () => {
  it('saves trimmed keys, drops empty ones, refuses keys with spaces', async () => {
    const { last, save } = renderOptions({ apiKeys: { snapshot: 'old' } });
    const keys = section('API keys');
    type(within(keys).getByLabelText('Blockscout API key'), 'bad key');
    fireEvent.click(within(keys).getByRole('button', { name: 'Save API keys' }));
    expect(within(keys).getByRole('alert').textContent).toContain('without spaces');
    expect(save).not.toHaveBeenCalled();
    type(within(keys).getByLabelText('Blockscout API key'), ' abc123 ');
    type(within(keys).getByLabelText('Snapshot API key'), '');
    fireEvent.click(within(keys).getByRole('button', { name: 'Save API keys' }));
    await waitFor(() => expect(last()?.apiKeys).toEqual({ blockscout: 'abc123' }));
  });

  it('GoPlus is off by default, says what it would see, and is saved when turned on', async () => {
    const { last } = renderOptions();
    const goplus = section('GoPlus token security (off by default)');
    const box = within(goplus).getByLabelText('Ask GoPlus about the tokens I analyse') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(goplus.textContent).toContain('receives the chain ID and address of every token');
    expect(section('What leaves your browser').textContent).not.toContain('api.gopluslabs.io');
    fireEvent.click(box);
    await waitFor(() => expect(last()?.goplusEnabled).toBe(true));
    expect(section('What leaves your browser').textContent).toContain('api.gopluslabs.io');
  });
});

describe('thresholds', () => {
  it('shows each bar in plain units with its default; refuses nonsense; saves; resets', async () => {
    const { last, save } = renderOptions();
    const t = section('Rule thresholds');
    const top10 = within(t).getByLabelText('Caution when the top 10 hold more than (%)') as HTMLInputElement;
    expect(top10.value).toBe('70');
    expect(t.textContent).toContain('Default: 70');
    expect((within(t).getByLabelText('Caution when the timelock delay is under (hours)') as HTMLInputElement).value).toBe('24');
    type(top10, '150');
    fireEvent.click(within(t).getByRole('button', { name: 'Save thresholds' }));
    expect(within(t).getByRole('alert').textContent).toContain('between 0 and 100');
    expect(save).not.toHaveBeenCalled();
    type(top10, '60');
    type(within(t).getByLabelText('Caution when the contract is younger than (days)'), '3');
    fireEvent.click(within(t).getByRole('button', { name: 'Save thresholds' }));
    await waitFor(() => expect(last()?.thresholds.top10Caution).toBe(0.6));
    expect(last().thresholds.youngContract).toBe(3 * 86_400);
    fireEvent.click(within(t).getByRole('button', { name: 'Reset thresholds to defaults' }));
    await waitFor(() => expect(last().thresholds).toEqual(DEFAULT_SETTINGS.thresholds));
    expect(top10.value).toBe('70');
  });
});

describe('insight thresholds', () => {
  const members = Array.from({ length: 5 }, (_, i) => ({ address: addr(500 + i), balance: '1' }));
  const linked = (share: number): Report =>
    healthyReport({
      clusters: {
        basis: { fromBlock: 100, toBlock: 2000, logs: 9, complete: true },
        clusters: [{ members, memberCount: 5, balance: '5', share, links: [], linkCount: 4 }],
        clusterCount: 1,
        clusteredHolders: 5,
        hubs: 0,
        sameSenderWindow: 0,
        grouped: { holders: 30, top1: share, top10: 0.5, nakamoto: 2 },
      },
    });

  it('a linked-wallets bar changed in Options changes the finding', async () => {
    const { last } = renderOptions();
    const t = section('Rule thresholds');
    const bar = within(t).getByLabelText('Caution when wallets linked by transfers hold together more than (%)') as HTMLInputElement;
    expect(bar.value).toBe('20');
    const before = assess(linked(0.3), DEFAULT_SETTINGS.thresholds).findings.find((f) => f.ruleId === 'whales.linked-wallets');
    expect(before?.title).toBe('5 wallets linked by transfers hold 30% together');
    type(bar, '40');
    fireEvent.click(within(t).getByRole('button', { name: 'Save thresholds' }));
    await waitFor(() => expect(last()?.thresholds.linkedWalletsShare).toBe(0.4));
    expect(assess(linked(0.3), last().thresholds).findings.some((f) => f.ruleId === 'whales.linked-wallets')).toBe(false);
    const after = assess(linked(0.45), last().thresholds).findings.find((f) => f.ruleId === 'whales.linked-wallets')!;
    expect(after.threshold).toEqual({ name: 'linkedWalletsShare', value: 0.4, comparison: '>' });
    expect(thresholdLine(after.threshold!, 'en')).toBe(
      'Whale Lens warns when wallets linked by transfers hold more than 40% of circulating supply together, while no single one does.',
    );
  });

  it('refuses a count that is not a whole number', () => {
    const { save } = renderOptions();
    const t = section('Rule thresholds');
    type(within(t).getByLabelText('Caution when this few addresses or fewer decided most recent proposals'), '2.5');
    fireEvent.click(within(t).getByRole('button', { name: 'Save thresholds' }));
    expect(within(t).getByRole('alert').textContent).toContain('whole number');
    expect(save).not.toHaveBeenCalled();
  });
});

describe('sites, dismissed tokens and site rules', () => {
  const token = '0x1111111111111111111111111111111111111111';

  it('lists dismissed tokens and sites and removes them', async () => {
    const { last } = renderOptions({ dismissedTokens: [`1:${token}`], dismissedSites: ['app.example.org'] });
    const s = section('Sites and dismissed warnings');
    expect(s.textContent).toContain('Ethereum:');
    fireEvent.click(within(s).getByRole('button', { name: `Warn again about ${token} on Ethereum` }));
    await waitFor(() => expect(last()?.dismissedTokens).toEqual([]));
    fireEvent.click(within(s).getByRole('button', { name: 'Show the badge on app.example.org' }));
    await waitFor(() => expect(last()?.dismissedSites).toEqual([]));
  });

  it('turns Whale Lens off and on per site; a bad hostname is refused', async () => {
    const { last } = renderOptions();
    const s = section('Sites and dismissed warnings');
    const host = within(s).getByLabelText('Hostname to turn Whale Lens off on') as HTMLInputElement;
    type(host, 'not a host');
    fireEvent.click(within(s).getByRole('button', { name: 'Turn off on this site' }));
    expect(within(s).getByRole('alert').textContent).toContain('Enter a hostname');
    type(host, 'https://App.Example.org/swap');
    fireEvent.click(within(s).getByRole('button', { name: 'Turn off on this site' }));
    await waitFor(() => expect(last()?.disabledSites).toEqual(['app.example.org']));
    fireEvent.click(within(s).getByRole('button', { name: 'Turn Whale Lens on for app.example.org' }));
    await waitFor(() => expect(last()?.disabledSites).toEqual([]));
  });

  it('adds site rules checked by the detector’s validator', async () => {
    const { last } = renderOptions();
    const r = section('Site rules');
    type(within(r).getByLabelText('Site hostname'), 'swap.example.org');
    type(within(r).getByLabelText('Token address'), '0x1234');
    fireEvent.click(within(r).getByRole('button', { name: 'Add site rule' }));
    expect(within(r).getByRole('alert').textContent).toContain('0x followed by 40 hex digits');
    type(within(r).getByLabelText('Token address'), '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2');
    fireEvent.change(within(r).getByLabelText('Chain'), { target: { value: '8453' } });
    fireEvent.click(within(r).getByRole('button', { name: 'Add site rule' }));
    await waitFor(() =>
      expect(last()?.siteRules).toEqual([
        { hostname: 'swap.example.org', target: { kind: 'token', chainId: 8453, address: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2' } },
      ]),
    );
    type(within(r).getByLabelText('Site hostname'), 'dao.example.org');
    fireEvent.click(within(r).getByLabelText('A protocol'));
    fireEvent.change(within(r).getByLabelText('Protocol'), { target: { value: 'aave' } });
    fireEvent.click(within(r).getByRole('button', { name: 'Add site rule' }));
    await waitFor(() => expect(last()?.siteRules).toHaveLength(2));
    expect(r.textContent).toContain('dao.example.org → Aave');
    // The button's accessible name is its visible text; the rule it removes is its description.
    const remove = within(r)
      .getAllByRole('button', { name: 'Remove' })
      .find((b) => b.closest('li')!.textContent!.includes('swap.example.org'))!;
    expect(document.getElementById(remove.getAttribute('aria-describedby')!)!.textContent).toContain('swap.example.org');
    fireEvent.click(remove);
    await waitFor(() => expect(last()?.siteRules).toHaveLength(1));
  });
});

describe('cache and privacy', () => {
  it('shows the cache size and clears it', async () => {
    let reports = 3;
    const { ask, calls } = fakeAsk({
      'cache.stats': () => ({ reports, bytes: reports * 1024 }),
      'cache.clear': () => {
        reports = 0;
        return { ok: true };
      },
    });
    renderOptions({}, { ask });
    const c = section('Cache');
    await waitFor(() => expect(c.textContent).toContain('3 reports, 3 kB stored in this browser.'));
    fireEvent.click(within(c).getByRole('button', { name: 'Clear cache' }));
    await waitFor(() => expect(c.textContent).toContain('0 reports, 0 byte'));
    expect(c.textContent).toContain('Cache cleared.');
    expect(calls.map((m) => m.type)).toEqual(['cache.stats', 'cache.clear', 'cache.stats']);
  });

  it('says exactly what leaves the browser and to which endpoints', () => {
    renderOptions();
    const p = section('What leaves your browser');
    expect(p.textContent).toContain('Only token and contract addresses and chain IDs');
    expect(p.textContent).toContain('Pages that are not DeFi pages cause no request at all');
    expect(p.textContent).toContain('No telemetry');
    expect(p.textContent).toContain('ethereum-rpc.publicnode.com');
    expect(p.textContent).toContain('eth.blockscout.com');
  });
});

describe('Snapshot hub', () => {
  it('saves a hub URL, refuses a non-URL, and an empty field turns Snapshot off', async () => {
    const { last } = renderOptions();
    const snap = section('Snapshot (off-chain votes)');
    const input = within(snap).getByLabelText('Snapshot hub URL') as HTMLInputElement;
    expect(input.value).toBe('https://hub.snapshot.org/graphql');
    type(input, 'not a url');
    fireEvent.click(within(snap).getByRole('button', { name: 'Save Snapshot hub' }));
    expect(within(snap).getByRole('alert').textContent).toContain('full URL');
    type(input, 'http://127.0.0.1:4000/graphql');
    fireEvent.click(within(snap).getByRole('button', { name: 'Save Snapshot hub' }));
    await waitFor(() => expect(last()?.snapshotUrl).toBe('http://127.0.0.1:4000/graphql'));
    type(input, '');
    fireEvent.click(within(snap).getByRole('button', { name: 'Save Snapshot hub' }));
    await waitFor(() => expect(last()?.snapshotUrl).toBe(''));
  });
});

describe('API keys are secrets', () => {
  it('are password fields with a Show/Hide button', () => {
    renderOptions();
    const input = screen.getByLabelText('Blockscout API key') as HTMLInputElement;
    expect(input.type).toBe('password');
    const show = screen.getByRole('button', { name: 'Show Blockscout API key' });
    fireEvent.click(show);
    expect(input.type).toBe('text');
    expect(screen.getByRole('button', { name: 'Hide Blockscout API key' }).getAttribute('aria-pressed')).toBe('true');
  });
});
