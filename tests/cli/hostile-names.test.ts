import { describe, expect, it } from 'vitest';
import { formatReport } from '../../lib/cli/commands/token';
import { csvRow, lineFor } from '../../lib/cli/commands/tokens';
import { rugReport, TOKEN } from '../fixtures/reports/build';

const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/;

describe('CLI output of hostile token names', () => {
  const report = rugReport();
  report.token = { ...report.token, name: '\u202EUSDC\u200B' + 'x'.repeat(20), symbol: '\uFEFFUSDC' };

  it('the text report prints hidden characters as code points, with a warning line', () => {
    const lines = formatReport(report);
    expect(lines[0]).toMatch(/^\[U\+202E\]USDC\[U\+200B\]x{20} \(\[U\+FEFF\]USDC\)/);
    expect(lines[1]).toBe('  warning: the name or symbol contains hidden characters that can disguise it (U+202E, U+200B, U+FEFF)');
    expect(lines.join('\n')).not.toMatch(HIDDEN);
  });

  it('the CSV row does too', () => {
    const row = csvRow(lineFor(TOKEN, report));
    expect(row).toContain('[U+FEFF]USDC');
    expect(row).not.toMatch(HIDDEN);
  });
});
