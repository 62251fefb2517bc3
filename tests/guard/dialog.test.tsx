/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { GuardDialog } from '../../components/guard-dialog/GuardDialog';
import { guardView, tokenView } from '../../lib/guard/decide';
import type { TouchedToken } from '../../lib/guard/types';
import { finding, ready } from './flow-support';

afterEach(cleanup);
const T1 = '0x1111111111111111111111111111111111111111' as const;
const touches: TouchedToken[] = [
  {
    chainId: 1,
    token: T1,
    action: 'approve',
    amount: (2n ** 256n - 1n).toString(),
    unlimited: true,
    spender: '0x2222222222222222222222222222222222222222',
  },
];

describe('GuardDialog', () => {
  it('is an accessible modal dialog named "Whale Lens…" with verdict, reasons with numbers, the action and both buttons', () => {
    const view = guardView([
      tokenView(touches, ready([finding('danger', 'Top 1 holder owns 90% of supply'), finding('caution', '<img src=x onerror=alert(1)>')])),
    ]);
    render(<GuardDialog view={view} touches={touches} onChoose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: /Whale Lens/ });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('Danger');
    expect(dialog.textContent).toContain('Top 1 holder owns 90% of supply');
    expect(dialog.textContent).toContain('top10: 82%');
    // The bar as a sentence, never a rule key.
    expect(dialog.textContent).toContain('Whale Lens warns when the 10 largest holders own more than 70% of circulating supply.');
    expect(dialog.textContent).not.toContain('top10Caution');
    // One next step, with the amount the dapp asked for.
    expect(dialog.textContent).toContain('Approve only the amount you need: this request asks for an unlimited amount of RSK.');
    expect(dialog.textContent).toContain('Unlimited approval of RSK to 0x2222…2222');
    // Page/API strings are text, never markup.
    expect(dialog.querySelector('img')).toBeNull();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Continue to wallet' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: "Don't warn me about this token on this site" })).toBeTruthy();
  });

  it('writes numbers in the locale it is given (the guard frame passes the browser’s)', () => {
    const view = guardView([tokenView(touches, ready([finding('danger', 'Top 1 holder owns 90% of supply')]))]);
    render(<GuardDialog view={view} touches={touches} onChoose={() => undefined} locale="de-DE" />);
    const text = screen.getByRole('dialog', { name: /Whale Lens/ }).textContent!;
    expect(text).toContain('top10: 82\u00a0%');
    expect(text).toContain('more than 70\u00a0% of circulating supply');
  });

  it('while still checking, says how far with real counts', () => {
    const view = guardView([
      tokenView(touches, {
        status: 'analysing',
        progress: { phase: 'holders', fraction: 0.4, counts: { done: 80_000, total: 200_000, unit: 'blocks' } },
      }),
    ]);
    render(<GuardDialog view={view} touches={touches} onChoose={() => undefined} locale="en-US" />);
    expect(screen.getByRole('dialog', { name: /Whale Lens/ }).textContent).toContain(
      'Still checking: reading holders: 80,000 of 200,000 blocks scanned, 40%.',
    );
  });

  it('ignores synthetic (untrusted) clicks and key presses: a script cannot choose for the person', () => {
    const chosen: string[] = [];
    const view = guardView([tokenView(touches, null)]);
    render(<GuardDialog view={view} touches={touches} onChoose={(d) => chosen.push(d)} />);
    expect(screen.getByRole('dialog').textContent).toContain('Not verified yet');
    fireEvent.click(screen.getByRole('button', { name: 'Continue to wallet' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(chosen).toEqual([]);
  });

  it('lists every finding, most severe first, with "+N more" expanding in place', () => {
    const findings = ['a', 'b', 'c', 'd', 'e'].map((x, i) => finding(i >= 3 ? 'danger' : 'caution', `finding ${x}`));
    const view = guardView([tokenView(touches, ready(findings))]);
    render(<GuardDialog view={view} touches={touches} onChoose={() => undefined} />);
    const items = () => [...screen.getByRole('dialog').querySelectorAll('.wl-guard-reason strong')].map((e) => e.textContent);
    expect(items()).toEqual(['finding d', 'finding e', 'finding a']);
    const more = screen.getByRole('button', { name: '+2 more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(items()).toEqual(['finding d', 'finding e', 'finding a', 'finding b', 'finding c']);
    expect(screen.getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('with no concerns left it says so and makes Continue the primary action, focused', () => {
    const view = guardView([tokenView(touches, ready([]))]);
    render(<GuardDialog view={view} touches={touches} onChoose={() => undefined} />);
    expect(screen.getByRole('dialog').textContent).toContain('found no concerns');
    const cont = screen.getByRole('button', { name: 'Continue to wallet' });
    expect(cont.className).toContain('wl-guard-primary');
    expect(document.activeElement).toBe(cont);
  });

  it('says "Could not verify" when analysis failed', () => {
    const view = guardView([tokenView(touches, { status: 'error', error: 'RPC unreachable', retryable: true })]);
    render(<GuardDialog view={view} touches={touches} onChoose={() => undefined} />);
    expect(screen.getByRole('dialog', { name: /Could not verify/ }).textContent).toContain('RPC unreachable');
  });
});

describe('amounts in the dialog', () => {
  it('are exact token units with the symbol, never base units', async () => {
    const { amountText, actionText } = await import('../../components/guard-dialog/format');
    expect(amountText('12345', 18, 'en-US')).toBe('0.000000000000012345');
    expect(amountText('1500000', 6, 'en-US')).toBe('1.5');
    expect(amountText('1500000', undefined, 'en-US')).toBe('an amount');
    expect(actionText({ chainId: 1, token: T1, action: 'approve', amount: '2500000000000000000', spender: T1 }, 'RSK', 18, 'en-US')).toBe(
      'Approve 2.5 RSK to 0x1111…1111',
    );
  });
});
