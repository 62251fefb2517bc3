/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SafeText } from '../../components/common/SafeText';
import { Truncated } from '../../components/common/Truncated';
import { PendingRequests } from '../../components/popup/PendingRequests';
import { Header } from '../../components/popup/Header';
import type { PendingDecision } from '../../lib/guard/pending/protocol';

const HOSTILE = '\u202EUSDC\u200B' + 'x'.repeat(300);
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/;

afterEach(cleanup);

describe('hostile names in the UI', () => {
  it('SafeText: isolated in <bdi>, code points shown, warned about, cut with the full text in the tooltip', () => {
    const { container } = render(<SafeText value={HOSTILE} max={40} what="token name" />);
    const bdi = container.querySelector('bdi')!;
    expect(bdi.textContent).toBe('[U+202E]USDC[U+200B]' + 'x'.repeat(19) + '…');
    expect(bdi.getAttribute('title')).toBe('[U+202E]USDC[U+200B]' + 'x'.repeat(300));
    expect(container.textContent).toMatch(/Contains hidden characters that can disguise it \(U\+202E, U\+200B\) — this token name/);
    expect(container.textContent).not.toMatch(HIDDEN);
  });

  it('SafeText: an honest name, RTL or not, is shown as it is, isolated, without a warning', () => {
    const { container } = render(<SafeText value="שקל Token" />);
    expect(container.querySelector('bdi')!.textContent).toBe('שקל Token');
    expect(container.querySelector('.wl-safe-warning')).toBeNull();
  });

  it('Truncated (popup header): same escaping and warning; Copy gives the raw value', () => {
    const { container } = render(<Truncated value={'\uFEFFDAI'} what="token symbol" />);
    expect(container.querySelector('bdi')!.textContent).toBe('[U+FEFF]DAI');
    expect(container.textContent).toMatch(/U\+FEFF/);
  });

  it('popup header: name and symbol escaped and cut, one warning for both, outside the parentheses', () => {
    const { container } = render(
      <Header
        name={HOSTILE}
        symbol={'\u202EUSDC\u2066'}
        address="0x1111111111111111111111111111111111111111"
        chainName="Anvil"
        verdict="danger"
        reason="r"
      />,
    );
    expect(container.querySelectorAll('.wl-safe-warning')).toHaveLength(1);
    expect(container.querySelector('.wl-safe-warning')!.textContent).toMatch(/U\+202E, U\+200B, U\+2066/);
    expect(container.querySelector('h2')!.textContent).not.toMatch(/Contains hidden/);
    expect(container.textContent).not.toMatch(HIDDEN);
  });

  it('PendingRequests: the waiting request first, with its risk, Cancel and Continue', async () => {
    const p: PendingDecision = {
      tabId: 4,
      id: 'ab'.repeat(16),
      site: 'app.example',
      hidden: true,
      since: 0,
      summary: {
        headline: 'danger',
        tokens: [
          { chainId: 1, token: '0x1111111111111111111111111111111111111111', label: HOSTILE, status: 'danger', reason: 'One holder owns 99%' },
        ],
      },
    };
    const onChoose = vi.fn(async () => true);
    render(<PendingRequests pending={[p]} activeTabId={4} onChoose={onChoose} />);
    expect(screen.getByRole('heading', { name: 'A request from this page is waiting for you' })).toBeTruthy();
    expect(screen.getByText(/The page hid Whale Lens’s warning/)).toBeTruthy();
    expect(screen.getByText('One holder owns 99%')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(HIDDEN);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(onChoose).toHaveBeenCalledWith(p, 'reject'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue to wallet' }));
    await waitFor(() => expect(onChoose).toHaveBeenCalledWith(p, 'forward'));
  });

  it('PendingRequests: another tab is named by its site; a flood is counted, not listed', () => {
    const many = Array.from({ length: 7 }, (_, i): PendingDecision => ({
      tabId: 9,
      id: i.toString(16).padStart(32, '0'),
      site: 'flood.example',
      hidden: false,
      since: i,
      summary: { headline: 'unknown', tokens: [] },
    }));
    render(<PendingRequests pending={many} activeTabId={4} onChoose={async () => true} />);
    expect(screen.getAllByRole('heading', { name: 'A request from flood.example (another tab) is waiting for you' })).toHaveLength(3);
    expect(screen.getByText('4 more requests are waiting.')).toBeTruthy();
  });
});
