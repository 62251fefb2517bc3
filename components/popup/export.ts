import type { Report } from '../../lib/report/types';
import { toDecimalString } from '../common/format';

/** The Report exactly as received (JSON-safe by contract), pretty-printed. */
export function reportJson(report: Report): string {
  return JSON.stringify(report, null, 2);
}

/**
 * One CSV cell: quoted when it holds a comma, quote or line break (quotes doubled), and a text
 * that a spreadsheet would run as a formula (= + - @) is prefixed with a quote mark.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** address,label,kind,balance,share — balance in token units (exact), share of raw supply 0–1. */
export function holdersCsv(report: Report): string {
  const rows = [['address', 'label', 'kind', 'balance', 'share']];
  for (const h of report.holders?.top ?? []) {
    rows.push([h.address, h.label?.name ?? '', h.kind, toDecimalString(h.balance, report.token.decimals), String(h.share)]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
