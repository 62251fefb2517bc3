/** @vitest-environment happy-dom */
/** The Sources tab and the CLI say in words what the holder figures leave out. */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { healthyReport } from '../fixtures/reports/build';
import { readyState, tokenTab } from './fixtures';
import { renderPopup } from './render';
import { formatReport } from '../../lib/cli/commands/token';
import type { Report } from '../../lib/report/types';

afterEach(cleanup);

function openSources(report: Report): HTMLElement {
  renderPopup(tokenTab(readyState(report), report));
  fireEvent.click(screen.getByRole('tab', { name: 'Sources' }));
  return screen.getByRole('tabpanel');
}

function unseenRebasing(): Report {
  const r = healthyReport();
  r.holders!.complete = false;
  r.holders!.unexplained = { amount: '320', share: 0.32 };
  r.holders!.balanceModel = { kind: 'rebasing', interface: ['getTotalShares()', 'sharesOf(address)'], driftedBalances: 12 };
  r.holders!.supplyEvents = ['Issue', 'Redeem'];
  return r;
}

describe('holder incompleteness in words', () => {
  it('the Sources tab says how much supply was not seen, that the token rebases, and which events mint', () => {
    const panel = openSources(unseenRebasing());
    const section = panel.querySelector('[aria-label="What the holder figures leave out"]')!;
    expect(section.textContent).toContain('32% of the supply sits in addresses we could not see');
    expect(section.textContent).toContain(
      'Rebasing token: balances change by themselves (balance = shares × rate; getTotalShares(), sharesOf(address))',
    );
    expect(section.textContent).toContain('Supply also changes through Issue/Redeem events');
  });

  it('says nothing extra when every holder was seen', () => {
    const panel = openSources(healthyReport());
    expect(panel.querySelector('[aria-label="What the holder figures leave out"]')).toBeNull();
  });

  it('the CLI prints the same sentences under Holders', () => {
    const text = formatReport(unseenRebasing()).join('\n');
    expect(text).toMatch(/\(incomplete\)/);
    expect(text).toContain('  ! 32% of the supply sits in addresses we could not see');
    expect(text).toContain('  ! Rebasing token');
  });
});

describe('control powers in the CLI', () => {
  it('prints who can take control back, minters and an unknown holder in words', () => {
    const r = healthyReport();
    r.control!.owner = { address: '0x0000000000000000000000000000000000000000', kind: 'renounced' };
    r.control!.privileges = [{ name: 'mint', selectors: ['0x40c10f19'], heldBy: null, holderKind: 'unknown' }];
    r.control!.takeBack = [
      {
        who: '0x00000000000000000000000000000000000000a1',
        how: 'lock/unlock: the owner who locked the contract can call unlock() and become owner again',
        after: 1_800_000_000,
      },
    ];
    r.control!.minters = [{ holder: { address: '0x00000000000000000000000000000000000000a2', kind: 'eoa' }, allowance: '1000' }];
    const text = formatReport(r).join('\n');
    expect(text).toContain('mint       held by — (unknown holder)');
    expect(text).toContain('! can take control back: 0x00000000000000000000000000000000000000a1 — lock/unlock');
    expect(text).toContain('minter 0x00000000000000000000000000000000000000a2 (eoa) allowance');
  });
});
