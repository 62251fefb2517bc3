/** @vitest-environment happy-dom */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { healthyReport } from '../fixtures/reports/build';
import { Popup } from '../../components/popup/Popup';
import { allStates, CHAINS, HOSTILE, NOW, readyState, tokenTab } from './fixtures';
import { renderPopup } from './render';

afterEach(cleanup);

function verdictOf(container: Element): string | null {
  return container.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null;
}

describe('popup states', () => {
  const states = allStates();

  it('keeps the Whale Lens heading in every state', () => {
    for (const tab of Object.values(states)) {
      renderPopup(tab);
      expect(screen.getByRole('heading', { name: 'Whale Lens' })).toBeTruthy();
      cleanup();
    }
  });

  it('ready, danger: header with name, symbol, chain, verdict and reason', () => {
    const { container } = renderPopup(states.rug);
    const header = container.querySelector('header')!;
    expect(header.textContent).toContain('Rug Token');
    expect(header.textContent).toContain('RUG');
    expect(header.textContent).toContain('on Ethereum');
    expect(verdictOf(container)).toBe('danger');
    expect(within(header).getByRole('status').textContent).toMatch(/Danger.*can mint/);
  });

  it('ready, healthy: the only state that may be green', () => {
    const { container } = renderPopup(states.healthy);
    expect(verdictOf(container)).toBe('ok');
    expect(container.querySelector('.wl-verdict-ok')?.textContent).toContain('No concerns found');
  });

  it('partial data: missing section is "unknown" with its reason, never green', () => {
    const { container } = renderPopup(states.unknown);
    expect(verdictOf(container)).toBe('unknown');
    expect(container.querySelector('.wl-verdict-unknown')?.textContent).toContain('?');
    expect(container.querySelector('.wl-verdict-ok')).toBeNull();
    // Several rules missing the same data read as one line.
    const gaps = [...container.querySelectorAll('.wl-gap')].map((g) => g.textContent);
    expect(gaps.filter((g) => g!.startsWith('? Not checked: holder concentration — holders data failed'))).toHaveLength(1);
    fireEvent.click(screen.getByRole('tab', { name: 'Holders' }));
    const panel = screen.getByRole('tabpanel');
    expect(panel.textContent).toContain('Holders: unknown');
    expect(panel.textContent).toContain('HTTP 429 Too Many Requests');
  });

  it('analysing with a partial report: an "ok" so far is shown as unknown, with progress', () => {
    const { container } = renderPopup(states.partial);
    expect(verdictOf(container)).toBe('unknown');
    expect(container.textContent).toContain('Analysis still running: not verified yet');
    expect(screen.getByRole('progressbar')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Liquidity' }));
    expect(screen.getByRole('tabpanel').textContent).toContain('Liquidity: unknown');
  });

  it('analysing: a progress bar and "not verified yet", no verdict colour', () => {
    const { container } = renderPopup(states.analysing);
    const bar = screen.getByRole('progressbar') as HTMLProgressElement;
    expect(bar.getAttribute('value')).toBe('40');
    expect(screen.getByText(/Counting holders — blocks 1–200,000 \(40%\)/)).toBeTruthy();
    expect(container.textContent).toContain('Not verified yet');
    expect(verdictOf(container)).toBeNull();
  });

  it('a live progress event overrides the state’s progress', () => {
    renderPopup(states.analysing, { progress: { phase: 'liquidity', fraction: 0.9 } });
    expect((screen.getByRole('progressbar') as HTMLProgressElement).getAttribute('value')).toBe('90');
    expect(screen.getByText(/Checking liquidity/)).toBeTruthy();
  });

  it('not a DeFi page: analyse any token address on a configured chain', () => {
    const { props } = renderPopup(states['not-defi']);
    expect(screen.getByRole('heading', { name: 'Not a DeFi page' })).toBeTruthy();
    const input = screen.getByLabelText('Token address') as HTMLInputElement;
    const select = screen.getByLabelText('Chain') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Ethereum (1)', 'Anvil (31337)']);
    fireEvent.input(input, { target: { value: '0x1234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyse' }));
    expect(screen.getByRole('alert').textContent).toContain('0x followed by 40 hexadecimal characters');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(props.onAnalyse).not.toHaveBeenCalled();
    const address = '0x00000000000000000000000000000000000a11CE';
    fireEvent.input(input, { target: { value: ` ${address} ` } });
    fireEvent.change(select, { target: { value: '31337' } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyse' }));
    expect(props.onAnalyse).toHaveBeenCalledWith(31337, address);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the address form picks the first chain when the chains arrive after the first render', () => {
    const { props, rerender } = renderPopup(states['not-defi'], { chains: [] });
    rerender(<Popup {...props} chains={CHAINS} />);
    expect((screen.getByLabelText('Chain') as HTMLSelectElement).value).toBe('1');
    fireEvent.input(screen.getByLabelText('Token address'), { target: { value: `0x${'a'.repeat(40)}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyse' }));
    expect(props.onAnalyse).toHaveBeenCalledWith(1, `0x${'a'.repeat(40)}`);
  });

  it('unsupported chain: says so, offers Options and the address form', () => {
    const { props, container } = renderPopup(states['unsupported-chain']);
    expect(screen.getByRole('heading', { name: /Unsupported chain/ })).toBeTruthy();
    expect(container.textContent).toContain('chain 999');
    fireEvent.click(screen.getByRole('button', { name: 'Add chain 999 in Options' }));
    expect(props.onOpenOptions).toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Analyse a token on a configured chain' })).toBeTruthy();
    expect(screen.getByLabelText('Token address')).toBeTruthy();
    expect(verdictOf(container)).toBeNull();
  });

  it('error: one line, not a safe verdict, and Retry', () => {
    const { props, container } = renderPopup(states.error);
    expect(screen.getByRole('alert').textContent).toContain('RPC unreachable (http://127.0.0.1:8545)');
    expect(container.textContent).toContain('this is not a safe verdict');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(props.onRetry).toHaveBeenCalledTimes(1);
  });

  it('error that cannot be retried has no Retry button', () => {
    renderPopup(tokenTab({ status: 'error', error: 'Not an ERC-20 token', retryable: false }));
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('loading and a background that cannot be reached', () => {
    renderPopup(null);
    expect(screen.getByText(/Asking Whale Lens about this tab/)).toBeTruthy();
    cleanup();
    const { props } = renderPopup(null, { loadError: 'Could not establish connection.' });
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(props.onRetry).toHaveBeenCalled();
  });

  it('dismissed token: can be turned back on', () => {
    const { props } = renderPopup(tokenTab({ status: 'dismissed', reason: 'token' }));
    fireEvent.click(screen.getByRole('button', { name: 'Warn me about this token again' }));
    expect(props.onDismissToken).toHaveBeenCalledWith(false);
  });

  it('protocol page without a token: names the protocol and offers the form', () => {
    renderPopup({ target: { kind: 'protocol', protocolId: 'uniswap' }, protocolName: 'Uniswap' });
    expect(screen.getByRole('heading', { name: 'Uniswap: no token to analyse' })).toBeTruthy();
    expect(screen.getByLabelText('Token address')).toBeTruthy();
  });

  it('a hostile token name and symbol render as text, never as markup', () => {
    const report = healthyReport({ token: { name: HOSTILE, symbol: '<b>X</b>' } });
    const { container } = renderPopup(tokenTab(readyState(report), report, HOSTILE));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    const titles = [...container.querySelectorAll('[title]')].map((e) => e.getAttribute('title'));
    expect(titles).toContain(HOSTILE);
    expect(container.textContent).toContain('<b>X</b>');
  });
});

describe('errors and failed refreshes in words', () => {
  it('names an unreachable RPC and offers the chain settings', () => {
    const onOpenOptions = vi.fn();
    renderPopup(tokenTab({ status: 'error', error: 'RPC endpoint unreachable: https://rpc.example.org/v1', retryable: true }), { onOpenOptions });
    expect(screen.getByRole('alert').textContent).toContain("Couldn't reach the RPC at rpc.example.org: it did not answer.");
    fireEvent.click(screen.getByRole('button', { name: 'Open chain settings' }));
    expect(onOpenOptions).toHaveBeenCalled();
  });

  it('not a token contract: says so and offers the form again', () => {
    renderPopup(tokenTab({ status: 'error', error: '0x12 is not a contract at block 5', retryable: false }));
    expect(screen.getByRole('alert').textContent).toContain('This address is not a token contract');
    expect(screen.getByLabelText('Token address')).toBeTruthy();
  });

  it('a failed refresh keeps the last report with its age and a retry', () => {
    const state = readyState(healthyReport());
    const props = renderPopup(
      tokenTab({ ...state, fetchedAt: NOW - 3 * 3600_000, refreshError: 'RPC endpoint unreachable: http://127.0.0.1:1/' } as never),
    );
    const banner = screen.getAllByRole('alert')[0]!;
    expect(banner.textContent).toContain("Couldn't refresh: Couldn't reach the RPC at 127.0.0.1:1");
    expect(banner.textContent).toContain('Showing the report from 3 hours ago.');
    expect(document.querySelector('header [data-verdict]')).toBeTruthy();
    fireEvent.click(within(banner).getByRole('button', { name: 'Retry' }));
    expect(props.props.onRefresh).toHaveBeenCalled();
  });
});

describe('honest progress', () => {
  it('names the token while it is still being analysed', () => {
    renderPopup(
      tokenTab({ status: 'analysing', progress: { phase: 'holders', fraction: 0.4, token: { name: 'Uniswap', symbol: 'UNI', decimals: 18 } } }),
    );
    expect(screen.getByRole('heading', { name: /Analysing Uniswap \(UNI\)/ })).toBeTruthy();
  });

  it('shows real counts: blocks scanned out of blocks to scan', () => {
    renderPopup(
      tokenTab({ status: 'analysing', progress: { phase: 'holders', fraction: 0.25, counts: { done: 250_000, total: 1_000_000, unit: 'blocks' } } }),
    );
    expect(document.body.textContent).toContain('Counting holders — 250,000 of 1,000,000 blocks scanned (25%)');
  });
});
