/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteControls, type SiteChoices } from '../../components/popup/SiteControls';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import {
  badgeHiddenOn,
  guardOffOn,
  setBadgeHidden,
  setGuardOff,
  setSiteTokenDismissed,
  siteDismissals,
  tokenDismissedOn,
} from '../../lib/settings/sites';

afterEach(cleanup);
const T = '0x1111111111111111111111111111111111111111';
const base: SiteChoices = { site: 'app.example.org', guardOff: false, badgeHidden: false, dismissedHere: [] };

describe('per-site settings', () => {
  it('keeps the badge, the warnings and token dismissals apart, per site', () => {
    let s = setBadgeHidden(DEFAULT_SETTINGS, 'WWW.App.Example.org', true);
    expect(badgeHiddenOn(s, 'app.example.org')).toBe(true);
    expect(guardOffOn(s, 'app.example.org')).toBe(false);
    s = setGuardOff(s, 'app.example.org', true);
    expect(guardOffOn(s, 'www.app.example.org')).toBe(true);
    expect(guardOffOn(s, 'other.example')).toBe(false);
    s = setSiteTokenDismissed(s, 'app.example.org', 1, T.toUpperCase().replace('0X', '0x'), true);
    expect(tokenDismissedOn(s, 'app.example.org', 1, T)).toBe(true);
    expect(tokenDismissedOn(s, 'other.example', 1, T)).toBe(false);
    expect(s.dismissedTokens).toEqual([]);
    expect(siteDismissals(s, 'app.example.org')).toEqual([`1:${T}`]);
    s = setGuardOff(setSiteTokenDismissed(s, 'app.example.org', 1, T, false), 'app.example.org', false);
    expect(s.guardOffSites).toEqual([]);
    expect(s.siteDismissedTokens).toEqual([]);
  });
});

describe('SiteControls', () => {
  it('turning warnings off is a separate switch that says what it does, then shows an undo', async () => {
    const onGuardOff = vi.fn();
    const { rerender } = render(<SiteControls choices={base} onGuardOff={onGuardOff} onBadgeHidden={vi.fn()} onUndismissHere={vi.fn()} />);
    const off = screen.getByRole('button', { name: 'Turn off warnings on this site' });
    expect(off.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(off.getAttribute('aria-describedby')!)?.textContent).toContain('without a Whale Lens check');
    fireEvent.click(off);
    await waitFor(() => expect(onGuardOff).toHaveBeenCalledWith(true));
    rerender(<SiteControls choices={{ ...base, guardOff: true }} onGuardOff={onGuardOff} onBadgeHidden={vi.fn()} onUndismissHere={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toContain('Warnings are off on this site');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(onGuardOff).toHaveBeenLastCalledWith(false));
  });

  it('shows "Warnings are off on this site — turn on" when they are off', async () => {
    const onGuardOff = vi.fn();
    render(<SiteControls choices={{ ...base, guardOff: true }} onGuardOff={onGuardOff} onBadgeHidden={vi.fn()} onUndismissHere={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toMatch(/Warnings are off on this site/);
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    await waitFor(() => expect(onGuardOff).toHaveBeenCalledWith(false));
  });

  it('lists a hidden badge and tokens dismissed on this site, each with its undo', async () => {
    const onBadgeHidden = vi.fn();
    const onUndismissHere = vi.fn();
    render(
      <SiteControls
        choices={{ ...base, badgeHidden: true, dismissedHere: [{ chainId: 1, address: T }] }}
        onGuardOff={vi.fn()}
        onBadgeHidden={onBadgeHidden}
        onUndismissHere={onUndismissHere}
      />,
    );
    expect(screen.getByText(/The badge is hidden on this site; warnings are not affected/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show the badge' }));
    await waitFor(() => expect(onBadgeHidden).toHaveBeenCalledWith(false));
    expect(screen.getByText(/Not warning about 0x1111…1111 on this site/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Warn again' }));
    await waitFor(() => expect(onUndismissHere).toHaveBeenCalledWith(1, T));
  });
});
