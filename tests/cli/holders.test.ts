import { describe, expect, it, vi } from 'vitest';
import { ratio } from '../../lib/analytics';
import { run } from '../../lib/cli/commands/holders';
import { fixture, runCli } from './run-cli';

describe('report holders (subprocess)', () => {
  it('--json on an Etherscan export: raw and circulating views, left-out holders with reasons', async () => {
    const r = await runCli(['holders', fixture('etherscan-holders.csv'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    // Balances 1,000,000 (0x…dEaD) · 500,000.5 (Binance 14) · 250,000.25 · 125,000 · 75,000.125 · 0
    // → 5 holders, total 1,950,000.875; kept at the file's 3 decimals.
    expect(out).toMatchObject({ holders: 5, nakamoto: 1, decimals: 3, total: '1950000875', totalTokens: '1950000.875' });
    expect(out.top1).toBe(ratio(1_000_000_000n, 1_950_000_875n));
    expect(out.top10).toBe(1);
    expect(out.top100).toBe(1);
    for (const k of ['gini', 'hhi']) expect(typeof out[k]).toBe('number');
    expect(out.raw.holders).toBe(5);
    // Circulating drops the burn address and the exchange: 250,000.25 + 125,000 + 75,000.125
    expect(out.circulating).toMatchObject({ holders: 3, total: '450000375', totalTokens: '450000.375', nakamoto: 1 });
    expect(out.circulating.top1).toBe(ratio(250_000_250n, 450_000_375n));
    expect(out.excluded).toEqual([
      expect.objectContaining({ address: '0x000000000000000000000000000000000000dead', balanceTokens: '1000000', reason: 'burn' }),
      expect.objectContaining({
        address: '0x28c6c06298d514db089934071355e5743bf21d60',
        balanceTokens: '500000.5',
        reason: 'cex',
        label: 'Binance 14',
      }),
    ]);
    expect(out.excludedCategories).toEqual(['burn', 'dex', 'bridge', 'cex', 'locker', 'treasury']);
  });

  it('--exclude chooses the categories; plain address,balance file', async () => {
    const r = await runCli(['holders', fixture('etherscan-holders.csv'), '--exclude', 'cex', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.excluded.map((h: { reason: string }) => h.reason)).toEqual(['cex']);
    expect(out.circulating.holders).toBe(4);
  });

  it('text output is an aligned table; --decimals reads integer base units', async () => {
    const r = await runCli(['holders', fixture('base-units.csv'), '--decimals', '6']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toContain('4 holders, total 10 tokens (6 decimals)');
    // Header, rule and 11 metric rows; right-aligned columns make every row the same width.
    const table = lines.slice(2, 15);
    expect(table[0]).toMatch(/^metric\s+raw\s+circulating$/);
    expect(table[12]).toMatch(/^top 100\s/);
    expect(new Set(table.map((l) => l.length)).size).toBe(1);
    expect(r.stdout).toMatch(/gini\s+0\.2500\s+0\.2500/);
    expect(r.stdout).toMatch(/nakamoto \(>50%\)\s+2\s+2/);
    expect(r.stdout).toMatch(/top 1\s+40\.00%/);
  });

  const bad: [string, string[], RegExp][] = [
    ['missing file', ['holders', fixture('nope.csv')], /^report: tests\/fixtures\/csv\/nope\.csv: cannot read \(no such file\)$/],
    ['empty file', ['holders', fixture('empty.csv')], /empty\.csv: empty file/],
    ['unknown columns', ['holders', fixture('bad-columns.csv')], /bad-columns\.csv row 1: unknown columns "wallet", "tokens"/],
    ['negative balance', ['holders', fixture('bad-negative.csv')], /bad-negative\.csv row 3: balance "-30" is negative$/],
    ['duplicate holder', ['holders', fixture('bad-duplicate.csv')], /bad-duplicate\.csv row 4: duplicate holder 0x5{39}6 \(also on row 2\)$/],
    ['unknown option', ['holders', fixture('plain-holders.csv'), '--frobnicate'], /Unknown option '--frobnicate'$/],
  ];
  it.each(bad)('bad input (%s): one line, exit 2, no stack trace', async (_name, args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('report holders run() in-process (more bad input, same contract)', () => {
  const cases: [string, string[], RegExp][] = [
    ['non-numeric balance', [fixture('bad-number.csv')], /bad-number\.csv row 3: balance "12abc" is not a number$/],
    ['fraction with --decimals', [fixture('etherscan-holders.csv'), '--decimals', '18'], /row 3: balance "500,000\.5" has a fraction/],
    ['unknown category', [fixture('plain-holders.csv'), '--exclude', 'whales'], /unknown category "whales"/],
    ['bad --decimals', [fixture('plain-holders.csv'), '--decimals', 'x'], /--decimals must be an integer/],
    ['no file', [], /expected one CSV file/],
    ['only blank fields (parses to no rows)', [fixture('blank-fields.csv')], /blank-fields\.csv: empty file/],
  ];
  it.each(cases)('%s → exit 2 and one line', async (_name, args, message) => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await run(args)).toBe(2);
      expect(err).toHaveBeenCalledTimes(1);
      const line = String(err.mock.calls[0][0]);
      expect(line).toMatch(message);
      expect(line).not.toContain('\n');
      expect(log).not.toHaveBeenCalled();
    } finally {
      err.mockRestore();
      log.mockRestore();
    }
  });
});
