/** @vitest-environment happy-dom */
/** The options container reads and writes settings through settingsItem (WXT storage, fakeBrowser). */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settingsItem } from '../../lib/settings/store';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { OptionsContainer } from '../../entrypoints/options/OptionsContainer';

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
    const m = msg as { type: string };
    if (m.type === 'cache.stats') return Promise.resolve({ reports: 1, bytes: 100 });
    return Promise.resolve({ ok: true, chainId: 31337, blockNumber: 7 });
  });
});
afterEach(cleanup);

describe('options container', () => {
  it('loads the stored settings and saves changes back to storage', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, dismissedSites: ['app.example.org'] });
    render(<OptionsContainer />);
    const sites = await screen.findByRole('region', { name: 'Sites and dismissed warnings' });
    expect(sites.textContent).toContain('app.example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Add a chain' }));
    const form = screen.getByRole('group', { name: 'Add a chain' }) as HTMLElement;
    fireEvent.input(within(form).getByLabelText('Chain ID'), { target: { value: '31337' } });
    fireEvent.input(within(form).getByLabelText('RPC URL'), { target: { value: 'http://127.0.0.1:8545' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add chain' }));
    await waitFor(async () => expect((await settingsItem.getValue()).chains.some((c) => c.chainId === 31337)).toBe(true));
    const chain = screen.getByRole('group', { name: /^Chain 31337/ }) as HTMLElement;
    fireEvent.click(within(chain).getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(chain.textContent).toContain('Connected: chain id 31337, latest block 7'));
  });

  it('follows changes made elsewhere (the popup’s "don’t warn")', async () => {
    render(<OptionsContainer />);
    await screen.findByRole('region', { name: 'Sites and dismissed warnings' });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, dismissedTokens: [`1:0x${'1'.repeat(40)}`] });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Sites and dismissed warnings' }).textContent).toContain('Ethereum:'));
  });
});
