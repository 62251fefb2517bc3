/**
 * Holder balances from a CSV: Etherscan's token-holders export
 * ("HolderAddress","Balance","PendingBalanceUpdate"; balances in token units, maybe with
 * thousands separators) or a plain `address,balance` file. Balances are exact bigints at one
 * common scale; with `decimals` given they must be integers in base units instead.
 */
import type { HolderBalance } from '../../analytics';
import { parseDecimal, rescale, type Decimal } from './amount';
import { mapColumns, readCsvFile, rowError } from './read';

export interface HoldersFile {
  holders: HolderBalance[];
  /** Token decimals: balance / 10^decimals is the amount in token units. */
  decimals: number;
}

const EXPECTED = 'HolderAddress,Balance (Etherscan export) or address,balance';
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
/** Columns that hold integer wei (18 decimals), e.g. the UNI airdrop's `index,address,amount_wei`. */
const WEI_COLUMNS = ['amount_wei', 'balance_wei'];

export function readHoldersFile(file: string, opts: { decimals?: number } = {}): HoldersFile {
  const rows = readCsvFile(file);
  const cols = mapColumns(
    file,
    rows[0],
    {
      address: ['holderaddress', 'address', 'holder'],
      balance: ['balance', 'amount', 'quantity', ...WEI_COLUMNS],
    },
    ['pendingbalanceupdate', 'index', 'rank', 'percentage', 'value'],
    EXPECTED,
  );
  const width = rows[0].fields.length;
  if (rows.length < 2) throw rowError(file, rows[0].line, 'header only, no holders');
  const wei = WEI_COLUMNS.includes(rows[0].fields[cols.balance]!.trim().toLowerCase());
  const decimals = opts.decimals ?? (wei ? 18 : undefined);

  const parsed: { address: string; amount: Decimal }[] = [];
  const seen = new Map<string, number>();
  let scale = 0;
  for (const row of rows.slice(1)) {
    if (row.fields.length !== width) {
      throw rowError(file, row.line, `expected ${width} fields like the header, found ${row.fields.length}`);
    }
    const address = row.fields[cols.address]!.trim();
    if (!ADDRESS.test(address)) throw rowError(file, row.line, `"${address}" is not an address (0x + 40 hex digits)`);
    const key = address.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) throw rowError(file, row.line, `duplicate holder ${address} (also on row ${first})`);
    seen.set(key, row.line);
    const amount = parseDecimal(row.fields[cols.balance]!);
    if ('problem' in amount) throw rowError(file, row.line, `balance ${amount.problem}`);
    if (decimals !== undefined && amount.scale > 0) {
      throw rowError(
        file,
        row.line,
        `balance "${row.fields[cols.balance]!.trim()}" has a fraction; with --decimals the balances must be integers in base units`,
      );
    }
    scale = Math.max(scale, amount.scale);
    parsed.push({ address: key, amount });
  }
  const holders = parsed.map((p) => ({ address: p.address, balance: rescale(p.amount, scale) }));
  return { holders, decimals: decimals ?? scale };
}
