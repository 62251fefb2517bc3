/** @vitest-environment happy-dom */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvCell, holdersCsv, reportJson } from '../../components/popup/export';
import { whaleReport, WHALE } from '../fixtures/reports/build';
import { readyState, tokenTab } from './fixtures';
import { renderPopup } from './render';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('CSV cells', () => {
  it('quote commas, quotes and line breaks; defuse formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('export', () => {
  it('holders CSV has the header and one exact row per listed holder', () => {
    const report = whaleReport();
    report.holders!.top[0].label = { name: 'Early, "big" investor', category: 'other' };
    const lines = holdersCsv(report).trimEnd().split('\r\n');
    expect(lines[0]).toBe('address,label,kind,balance,share');
    expect(lines).toHaveLength(report.holders!.top.length + 1);
    expect(lines[1]).toBe(`${WHALE},"Early, ""big"" investor",eoa,520000000,${report.holders!.top[0].share}`);
  });

  it('buttons copy the Report as JSON and the holders as CSV', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const report = whaleReport();
    renderPopup(tokenTab(readyState(report), report));
    fireEvent.click(screen.getByRole('button', { name: 'Copy report (JSON)' }));
    await waitFor(() => expect(screen.getByText('Report copied to the clipboard')).toBeTruthy());
    expect(JSON.parse(writeText.mock.calls[0][0] as string)).toEqual(report);
    expect(writeText.mock.calls[0][0]).toBe(reportJson(report));
    fireEvent.click(screen.getByRole('button', { name: 'Copy holders (CSV)' }));
    await waitFor(() => expect(screen.getByText('Holders copied to the clipboard')).toBeTruthy());
    expect((writeText.mock.calls[1][0] as string).startsWith('address,label,kind,balance,share\r\n')).toBe(true);
  });

  it('Copy next to an address copies the full address', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPopup(tokenTab(readyState(whaleReport()), whaleReport()));
    const buttons = screen.getAllByRole('button', { name: /^Copy address 0x/ });
    fireEvent.click(buttons[0]);
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(whaleReport().token.address));
  });
});
