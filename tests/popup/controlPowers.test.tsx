/** @vitest-environment happy-dom */
/** The Control tab names real power holders, says who can take control back, and labels proxies by their slots. */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { healthyReport } from '../fixtures/reports/build';
import { readyState, tokenTab } from './fixtures';
import { renderPopup } from './render';
import type { Report } from '../../lib/report/types';

afterEach(cleanup);

function openControl(report: Report): HTMLElement {
  renderPopup(tokenTab(readyState(report), report));
  fireEvent.click(screen.getByRole('tab', { name: 'Control' }));
  return screen.getByRole('tabpanel');
}

const A = '0x00000000000000000000000000000000000000a1' as const;

describe('control powers in the popup', () => {
  it('a ZeppelinOS-slot proxy (USDC) is labelled as such, not EIP-1967', () => {
    const r = healthyReport();
    r.control!.proxy = { standard: 'eip1967-transparent', implementation: A, admin: A, adminKind: 'eoa', layout: 'zeppelinos' };
    expect(openControl(r).textContent).toContain('Transparent proxy (ZeppelinOS storage slots)');
  });

  it('a zero owner that can be reclaimed is not called renounced, and says who and when', () => {
    const r = healthyReport();
    r.control!.owner = { address: '0x0000000000000000000000000000000000000000', kind: 'renounced' };
    r.control!.takeBack = [
      { who: A, how: 'lock/unlock: the owner who locked the contract can call unlock() and become owner again', after: 1_800_000_000 },
    ];
    const text = openControl(r).textContent!;
    expect(text).not.toContain('Renounced');
    expect(text).toContain('control can be taken back');
    expect(text).toContain('can call unlock()');
    expect(text).toContain('2027-01-15 08:00 UTC');
  });

  it('a privilege with no known holder says "unknown holder"', () => {
    const r = healthyReport();
    r.control!.privileges = [{ name: 'mint', selectors: ['0x40c10f19'], heldBy: null, holderKind: 'unknown' }];
    expect(openControl(r).textContent).toContain('unknown holder');
  });
});
