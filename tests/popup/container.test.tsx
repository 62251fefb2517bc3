/** @vitest-environment happy-dom */
/**
 * The popup's thin container against fakeBrowser: tab.state and report.get go through
 * browser.runtime.sendMessage (answered by an onMessage listener standing in for the
 * background), progress arrives on a 'progress' Port (fakeBrowser has no runtime.connect:
 * a minimal Port stands in for it), settings come from WXT storage.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundRequest, ProgressEvent, ReportState } from '../../lib/messaging/background-protocol';
import { settingsItem } from '../../lib/settings/store';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { PopupContainer } from '../../entrypoints/popup/PopupContainer';
import { rugReport, TOKEN } from '../fixtures/reports/build';
import { PROGRESS, readyState } from './fixtures';

type Listener = (msg: unknown) => void;

function fakePort() {
  const listeners: Listener[] = [];
  return {
    name: 'progress',
    onMessage: { addListener: (fn: Listener) => listeners.push(fn), removeListener: () => {} },
    onDisconnect: { addListener: () => {}, removeListener: () => {} },
    disconnect: vi.fn(),
    postMessage: vi.fn(),
    push: (msg: ProgressEvent) => listeners.forEach((l) => l(msg)),
  };
}

let port: ReturnType<typeof fakePort>;
let received: BackgroundRequest[];
let answer: (msg: BackgroundRequest) => unknown;

beforeEach(async () => {
  fakeBrowser.reset();
  port = fakePort();
  received = [];
  (fakeBrowser.runtime as unknown as { connect: unknown }).connect = vi.fn(() => port);
  fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
    received.push(msg as BackgroundRequest);
    return Promise.resolve(answer(msg as BackgroundRequest));
  });
  // fakeBrowser's tabs.create never marks a tab active: the popup's active tab is given here.
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, index: 0, active: true } as never]);
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, chains: [{ ...DEFAULT_SETTINGS.chains[0], name: 'Mainnet (test)' }] });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup container', () => {
  it('asks the background about the active tab and shows the report', async () => {
    const report = rugReport();
    answer = (msg) => (msg.type === 'tab.state' ? { target: { kind: 'token', chainId: 1, address: TOKEN }, state: readyState(report) } : null);
    render(<PopupContainer />);
    await waitFor(() => expect(screen.getByText(/on Mainnet \(test\)/)).toBeTruthy());
    expect(received[0]).toEqual({ type: 'tab.state', tabId: 7 });
    expect(document.querySelector('[data-verdict]')!.getAttribute('data-verdict')).toBe('danger');
  });

  it('formats numbers in the browser’s language', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    answer = (msg) => (msg.type === 'tab.state' ? { target: { kind: 'token', chainId: 1, address: TOKEN }, state: readyState(rugReport()) } : null);
    render(<PopupContainer />);
    await waitFor(() => expect(screen.getByText(/on Mainnet \(test\)/)).toBeTruthy());
    expect(document.body.textContent).toMatch(/\d\u00a0%/);
  });

  it('analyses a typed address: report.get, progress from the Port, then the result', async () => {
    const report = rugReport();
    let analysing = true;
    answer = (msg) => {
      if (msg.type === 'tab.state') return { target: null };
      if (msg.type === 'report.get') return analysing ? ({ status: 'analysing', progress: PROGRESS } satisfies ReportState) : readyState(report);
      return null;
    };
    render(<PopupContainer />);
    fireEvent.input(await screen.findByLabelText('Token address'), { target: { value: TOKEN } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyse' }));
    await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('value')).toBe('40'));
    expect(received.find((m) => m.type === 'report.get')).toMatchObject({ chainId: 1, address: TOKEN });
    port.push({ type: 'analysis.progress', chainId: 1, address: TOKEN, progress: { phase: 'liquidity', fraction: 0.8 } });
    await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('value')).toBe('80'));
    // Events about another token are not ours.
    port.push({ type: 'analysis.progress', chainId: 1, address: `0x${'2'.repeat(40)}`, progress: { phase: 'token', fraction: 0.1 } });
    analysing = false;
    port.push({ type: 'analysis.progress', chainId: 1, address: TOKEN, progress: { phase: 'done', fraction: 1 } });
    await waitFor(() => expect(screen.getByText('Rug Token')).toBeTruthy());
  });

  it('sends token.dismiss for "Don’t warn about this token"', async () => {
    answer = (msg) =>
      msg.type === 'tab.state'
        ? { target: { kind: 'token', chainId: 1, address: TOKEN }, state: readyState(rugReport()) }
        : msg.type === 'token.dismiss'
          ? { ok: true }
          : null;
    render(<PopupContainer />);
    fireEvent.click(await screen.findByRole('button', { name: 'Don’t warn about this token' }));
    await waitFor(() => expect(received).toContainEqual({ type: 'token.dismiss', chainId: 1, address: TOKEN, dismissed: true }));
  });

  it('a background that cannot be reached gives one line and Retry', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    render(<PopupContainer />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('No listeners available'));
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('an answer it does not understand is an error, not a blank or green popup', async () => {
    answer = (msg) => (msg.type === 'tab.state' ? { target: { kind: 'token', chainId: 1, address: TOKEN }, state: { status: 'fine' } } : null);
    render(<PopupContainer />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('does not understand'));
  });
});
