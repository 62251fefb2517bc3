/**
 * Reading a CSV file for a command: every problem becomes one InputError naming the file,
 * the row (its line number in the file) and what is wrong.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../../errors';
import { CsvSyntaxError, parseCsv, type CsvRow } from './parse';

export function rowError(file: string, line: number, problem: string): InputError {
  return new InputError(`${file} row ${line}: ${problem}`);
}

export function readCsvFile(file: string): [CsvRow, ...CsvRow[]] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
    throw new InputError(`${file}: cannot read (${why})`, { cause: err });
  }
  if (text.trim() === '') throw new InputError(`${file}: empty file (expected a header row and data rows)`);
  let rows: CsvRow[];
  try {
    rows = parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw rowError(file, err.line, err.message);
    throw err;
  }
  // Only blank fields (e.g. `""` alone) parse to no rows: that is an empty file too.
  if (rows.length === 0) throw new InputError(`${file}: empty file (expected a header row and data rows)`);
  return rows as [CsvRow, ...CsvRow[]];
}

/**
 * Maps header names (case-insensitive, trimmed) to column indexes. Every column must be
 * known; `required` lists alternatives per role, e.g. { address: ['holderaddress', 'address'] }.
 */
export function mapColumns<R extends string>(
  file: string,
  header: CsvRow,
  required: Record<R, readonly string[]>,
  ignored: readonly string[],
  expected: string,
): Record<R, number> {
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const known = new Set([...Object.values<readonly string[]>(required).flat(), ...ignored]);
  const unknown = header.fields.filter((_, i) => !known.has(names[i]!));
  if (unknown.length > 0) {
    const list = unknown.map((u) => `"${u.trim()}"`).join(', ');
    const hint = /^0x[0-9a-f]{40}$/i.test(names[0] ?? '') ? ' (the file has no header row)' : '';
    throw rowError(file, header.line, `unknown column${unknown.length > 1 ? 's' : ''} ${list}${hint}; expected ${expected}`);
  }
  const out = {} as Record<R, number>;
  for (const role of Object.keys(required) as R[]) {
    const idx = names.findIndex((n) => required[role].includes(n));
    if (idx < 0) throw rowError(file, header.line, `missing column "${required[role][0]}"; expected ${expected}`);
    if (names.filter((n) => required[role].includes(n)).length > 1) {
      throw rowError(file, header.line, `more than one ${role} column; expected ${expected}`);
    }
    out[role] = idx;
  }
  return out;
}
