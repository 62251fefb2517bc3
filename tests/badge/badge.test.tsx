/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Badge } from '../../components/badge/Badge';
import { toBadgeView } from '../../components/badge/model';
import type { ReportState } from '../../lib/messaging/background-protocol';
import { HOSTILE, ready, TOKEN } from './fixtures';

const target = { kind: 'token' as const, chainId: 1, address: TOKEN as `0x${string}` };
const view = (s: ReportState | null | undefined) => toBadgeView(target, s);

afterEach(cleanup);

describe('<Badge>', () => {
  it('shows the verdict colour and one line when ready', () => {
    const { container } = render(<Badge view={view(ready())} />);
    expect(container.querySelector('.wl-badge')?.classList.contains('wl-danger')).toBe(true);
    expect(screen.getByRole('button', { name: /Danger: Top 3 holders own 71% · owner can mint/ })).toBeTruthy();
  });

  it('shows ok and caution verdicts in their own colours', () => {
    const ok = render(<Badge view={view(ready({ verdict: 'ok', summary: 'No concentration findings', findings: [] }))} />);
    expect(ok.container.querySelector('.wl-ok')).toBeTruthy();
    expect(ok.container.textContent).toContain('No concerns found');
    cleanup();
    const caution = render(<Badge view={view(ready({ verdict: 'caution', summary: 'Owner can mint' }))} />);
    expect(caution.container.querySelector('.wl-caution')).toBeTruthy();
  });

  it('shows progress while analysing, with a progressbar', () => {
    render(<Badge view={view({ status: 'analysing', progress: { phase: 'control', fraction: 0.4 } })} />);
    expect(screen.getByText(/Analysing this token… 40%/)).toBeTruthy();
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(bar.getAttribute('aria-label')).toBe('Checking who controls the contract');
  });

  it('shows unknown in grey with the reason, never green', () => {
    const { container } = render(<Badge view={view(undefined)} />);
    expect(container.querySelector('.wl-unknown')).toBeTruthy();
    expect(container.querySelector('.wl-ok')).toBeNull();
    expect(container.textContent).toContain('Not verified: no answer from Whale Lens yet');
  });

  it('shows errors and offers a retry when the background says it is retryable', () => {
    const onRetry = vi.fn();
    render(<Badge view={view({ status: 'error', error: 'RPC unreachable (http://127.0.0.1:1)', retryable: true })} onRetry={onRetry} />);
    fireEvent.click(screen.getByRole('button', { name: /Could not check/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('expands to the top 3 findings with their evidence and thresholds', () => {
    render(<Badge view={view(ready())} />);
    const toggle = screen.getByRole('button', { name: /Danger/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('wl-finding'));
    expect(items).toHaveLength(3);
    expect(items[0].textContent).toContain('Top 3 holders own 71% of circulating supply');
    expect(items[0].textContent).toContain('Top 3 share: 71%');
    expect(items[0].textContent).toContain('Whale Lens warns when the 10 largest holders own more than 70% of circulating supply.');
    expect(screen.queryByText('Fourth finding')).toBeNull();
  });

  it('renders a hostile token name and finding as text, never as HTML', () => {
    const state = ready(
      {
        summary: HOSTILE,
        findings: [
          {
            ruleId: 'x',
            category: 'whales',
            severity: 'danger',
            title: HOSTILE,
            explanation: '',
            evidence: [{ kind: 'address', label: HOSTILE, address: TOKEN, name: HOSTILE }],
          },
        ],
      },
      HOSTILE,
    );
    const { container } = render(<Badge view={view(state)} initiallyExpanded />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).not.toContain('<img');
    expect(container.textContent).toContain(HOSTILE);
    expect(screen.getAllByText(new RegExp(HOSTILE.replace(/[()]/g, '\\$&'))).length).toBeGreaterThanOrEqual(2);
  });

  it('is keyboard reachable: buttons, Escape collapses and returns focus', () => {
    render(<Badge view={view(ready())} onDismiss={() => undefined} />);
    const toggle = screen.getByRole('button', { name: /Danger/ });
    toggle.focus();
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(screen.getByText('Top 3 share: 71%'), { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    expect(screen.getByRole('button', { name: 'Hide this badge on this site (warnings before signing stay on)' }).tagName).toBe('BUTTON');
  });

  it('Escape on the collapsed badge hides it for this page only; on the expanded one it collapses', () => {
    const onHideForPage = vi.fn();
    const onDismiss = vi.fn();
    render(<Badge view={view(ready())} onDismiss={onDismiss} onHideForPage={onHideForPage} />);
    const toggle = screen.getByRole('button', { name: /Danger/ });
    fireEvent.click(toggle);
    fireEvent.keyDown(toggle, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(onHideForPage).not.toHaveBeenCalled();
    fireEvent.keyDown(toggle, { key: 'Escape' });
    expect(onHideForPage).toHaveBeenCalledTimes(1);
    // Nothing lasting: the per-site hide is a different, explicit button.
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('says how to open the toolbar popup', () => {
    render(<Badge view={view(ready())} initiallyExpanded />);
    expect(document.body.textContent).toContain('click the Whale Lens icon in the toolbar');
  });

  it('announces changes politely', () => {
    const { container } = render(<Badge view={view(ready())} />);
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toContain('Danger');
  });

  it('dismisses per site through the callback', () => {
    const onDismiss = vi.fn();
    render(<Badge view={view(ready())} onDismiss={onDismiss} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide this badge on this site (warnings before signing stay on)' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('renders nothing when hidden', () => {
    const { container } = render(<Badge view={{ state: 'hidden' }} />);
    expect(container.innerHTML).toBe('');
  });
});
