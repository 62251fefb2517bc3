/** The CSV readers in-process: edge cases that would be slow to test one subprocess each. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../lib/errors';
import { formatUnits, parseDecimal } from '../../lib/cli/csv/amount';
import { readHoldersFile } from '../../lib/cli/csv/holders-file';
import { parseCsv } from '../../lib/cli/csv/parse';
import { readVotesFile } from '../../lib/cli/csv/votes-file';

const dir = mkdtempSync(join(tmpdir(), 'wl-csv-'));
let n = 0;
function file(text: string): string {
  const p = join(dir, `f${n++}.csv`);
  writeFileSync(p, text);
  return p;
}
function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).message;
  }
  throw new Error('expected an InputError');
}

describe('parseCsv', () => {
  it('quotes, escaped quotes, CRLF, BOM, blank lines, line numbers', () => {
    const rows = parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\r\n\r\n"multi\nline",2\n');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 4, fields: ['multi\nline', '2'] },
    ]);
  });
});

describe('parseDecimal / formatUnits', () => {
  it('exact decimals with thousands separators in valid places only', () => {
    expect(parseDecimal('1,234,567.891')).toEqual({ digits: 1234567891n, scale: 3 });
    expect(parseDecimal(' 42 ')).toEqual({ digits: 42n, scale: 0 });
    expect(parseDecimal('115792089237316195423570985008687907853269984665640564039457584007913129639935')).toEqual({
      digits: 2n ** 256n - 1n,
      scale: 0,
    });
    expect(parseDecimal('12,34')).toEqual({ problem: '"12,34" is not a number' });
    expect(parseDecimal('1e18')).toEqual({ problem: '"1e18" is not a number' });
    expect(parseDecimal('-1')).toEqual({ problem: '"-1" is negative' });
    expect(parseDecimal('')).toEqual({ problem: 'is empty' });
    expect(formatUnits(123456789n, 3)).toBe('123,456.789');
    expect(formatUnits(10n ** 18n, 18, false)).toBe('1');
  });
});

describe('readHoldersFile', () => {
  it('brings all balances to the longest fraction, exactly', () => {
    const f = file('address,balance\n0x1111111111111111111111111111111111111111,1.5\n0x2222222222222222222222222222222222222222,2\n');
    expect(readHoldersFile(f)).toEqual({
      decimals: 1,
      holders: [
        { address: '0x1111111111111111111111111111111111111111', balance: 15n },
        { address: '0x2222222222222222222222222222222222222222', balance: 20n },
      ],
    });
  });

  it('reads amount_wei columns as 18-decimal integers (UNI airdrop shape)', () => {
    const f = file('index,address,amount_wei\n0,0x1111111111111111111111111111111111111111,400000000000000000000\n');
    expect(readHoldersFile(f)).toEqual({
      decimals: 18,
      holders: [{ address: '0x1111111111111111111111111111111111111111', balance: 400n * 10n ** 18n }],
    });
  });

  it('duplicate holders are found case-insensitively', () => {
    const f = file('address,balance\n0xaAaa111111111111111111111111111111111111,1\n0xAAAA111111111111111111111111111111111111,2\n');
    expect(problem(() => readHoldersFile(f))).toMatch(/row 3: duplicate holder 0xAAAA1{36} \(also on row 2\)/);
  });

  it('names the row of each problem', () => {
    expect(problem(() => readHoldersFile(file('address,balance\n')))).toMatch(/row 1: header only, no holders/);
    expect(problem(() => readHoldersFile(file('address,balance\n0x12,1\n')))).toMatch(/row 2: "0x12" is not an address/);
    expect(problem(() => readHoldersFile(file('address,balance\n0x1111111111111111111111111111111111111111\n')))).toMatch(
      /row 2: expected 2 fields like the header, found 1/,
    );
    expect(problem(() => readHoldersFile(file('0x1111111111111111111111111111111111111111,5\n')))).toMatch(
      /row 1: unknown columns .*\(the file has no header row\)/,
    );
    expect(problem(() => readHoldersFile(file('address,balance\n"0x1111111111111111111111111111111111111111,5\n')))).toMatch(
      /row 2: unterminated quoted field/,
    );
    expect(problem(() => readHoldersFile(file('address,pendingbalanceupdate\n0x1111111111111111111111111111111111111111,No\n')))).toMatch(
      /row 1: missing column "balance"/,
    );
  });
});

describe('readVotesFile', () => {
  it('groups by proposal in order of appearance', () => {
    const f = file('proposal,voter,votes,choice\nb,0x1,2.25,1\na,0x1,3,2\nb,0x2,1,1\n');
    expect(readVotesFile(f)).toEqual({
      scale: 2,
      proposals: [
        { id: 'b', voters: ['0x1', '0x2'], votes: [225n, 100n] },
        { id: 'a', voters: ['0x1'], votes: [300n] },
      ],
    });
  });

  it('rejects negative and non-numeric votes with the row', () => {
    expect(problem(() => readVotesFile(file('proposal,voter,votes\np,0x1,-2\n')))).toMatch(/row 2: votes "-2" is negative/);
    expect(problem(() => readVotesFile(file('proposal,voter,votes\np,0x1,lots\n')))).toMatch(/row 2: votes "lots" is not a number/);
    expect(problem(() => readVotesFile(file('proposal,voter,votes\n,0x1,1\n')))).toMatch(/row 2: proposal is empty/);
  });
});
