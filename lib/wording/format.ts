/**
 * Part of the one wording module (lib/wording): pure, no browser imports, used by the popup,
 * badge, dialog, toolbar badge and CLI.
 *
 * Locale-aware formatting for numbers that come from Reports. Token amounts arrive as decimal
 * strings of base units (up to 2^256−1): they are turned into exact decimal strings and handed
 * to Intl.NumberFormat as strings, so no digit of the integer part goes through a float.
 */

const INTEGER = /^\d+$/;

/** "1234500", 4 → "123.45" (exact; trailing fraction zeros dropped). */
export function toDecimalString(amount: string, decimals: number): string {
  if (!INTEGER.test(amount)) throw new RangeError(`not a base-unit amount: ${amount.slice(0, 40)}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 255) throw new RangeError(`bad decimals: ${decimals}`);
  const digits = amount.replace(/^0+(?=\d)/, '');
  if (decimals === 0) return digits;
  const padded = digits.padStart(decimals + 1, '0');
  const int = padded.slice(0, padded.length - decimals);
  const frac = padded.slice(padded.length - decimals).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

// Intl accepts exact decimal strings (ES2023); the lib typings here only know numbers.
function formatDecimal(nf: Intl.NumberFormat, value: string | number): string {
  return (nf.format as (v: string | number) => string)(value);
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, options);
    cache.set(key, nf);
  }
  return nf;
}

export interface AmountOptions {
  /** "1.2M" style; exact digits otherwise. */
  compact?: boolean;
  maximumFractionDigits?: number;
}

/** Base-unit amount → "1,234,567.89" (or "1.2M" compact) in the person's locale. */
export function formatTokenAmount(amount: string, decimals: number, locale?: string, opts: AmountOptions = {}): string {
  const decimal = toDecimalString(amount, decimals);
  const maxFrac = opts.maximumFractionDigits ?? (opts.compact ? 1 : 4);
  const nf = numberFormat(locale, { notation: opts.compact ? 'compact' : 'standard', maximumFractionDigits: maxFrac });
  if (decimal !== '0' && /^0(\.0*)?$/.test(roundedDown(decimal, maxFrac))) {
    // A dust balance must not read as "0".
    return `< ${formatDecimal(nf, `0.${'0'.repeat(Math.max(0, maxFrac - 1))}1`)}`;
  }
  return formatDecimal(nf, decimal);
}

function roundedDown(decimal: string, maxFrac: number): string {
  const [int, frac = ''] = decimal.split('.');
  return frac ? `${int!}.${frac.slice(0, maxFrac)}` : int!;
}

/** Share 0–1 → "71%" / "0.35%"; small shares keep two decimals so they never read as 0%. */
export function formatPercent(share: number, locale?: string): string {
  if (!Number.isFinite(share)) return '?';
  const abs = Math.abs(share);
  // 99.999% must not read as 100% (nor 0.0004% as 0%): near the ends keep more digits.
  const digits = abs === 0 || abs === 1 ? 0 : abs < 0.0001 || abs > 0.999 ? 3 : abs < 0.1 ? 2 : 1;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

export function formatInteger(value: number | string, locale?: string): string {
  if (typeof value === 'string' && !/^-?\d+(\.\d+)?$/.test(value)) return value;
  return formatDecimal(numberFormat(locale, { maximumFractionDigits: 0 }), value);
}

/** "1 block", "3 blocks", "1,200 holders": a count with its noun in the right number. */
export function countWords(n: number, one: string, many = `${one}s`, locale?: string): string {
  return `${formatInteger(n, locale)} ${n === 1 ? one : many}`;
}

/**
 * Share 0–1 → "61.0%" with a fixed decimal ("0.050%" below 0.1%), for the CLI's aligned columns;
 * people-facing text uses formatPercent.
 */
export function columnPercent(share: number): string {
  return `${(share * 100).toFixed(share < 0.001 && share > 0 ? 3 : 1)}%`;
}

export function formatNumber(value: number, locale?: string, maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

const UNITS: [Intl.NumberFormatOptions['unit'], number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** Seconds → "2 days", "6 hours", "45 minutes" (largest whole unit, one decimal at most). */
export function formatDuration(seconds: number, locale?: string): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const [unit, size] = UNITS.find(([, s]) => seconds >= s) ?? UNITS[UNITS.length - 1]!;
  const value = seconds / size;
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** Unix seconds, relative to now (ms) → "5 minutes ago". */
export function formatAge(timestampSec: number, nowMs: number, locale?: string): string {
  const diff = Math.round(timestampSec - nowMs / 1000);
  const abs = Math.abs(diff);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (abs < 60) return rtf.format(diff, 'second');
  if (abs < 3_600) return rtf.format(Math.round(diff / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(diff / 3_600), 'hour');
  return rtf.format(Math.round(diff / 86_400), 'day');
}

export function formatDateTime(timestampSec: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(timestampSec * 1000));
}

export function formatBytes(bytes: number, locale?: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return numberFormat(locale, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: i === 0 ? 0 : 1 }).format(value);
}

/** "0x1234…abcd" for addresses, "Very long na…" for names; the full value goes in a title. */
export function truncateMiddle(value: string, max = 13): string {
  if (value.length <= max) return value;
  if (/^0x[0-9a-fA-F]+$/.test(value)) return `${value.slice(0, 6)}…${value.slice(-4)}`;
  return `${value.slice(0, max - 1)}…`;
}

/** "0x1234…abcd": enough to recognise an address, never mistaken for the zero address. */
export function shortAddress(address: string): string {
  return /^0x[0-9a-fA-F]{40}$/.test(address) ? `${address.slice(0, 6)}…${address.slice(-4)}` : truncateMiddle(address);
}

/** One line cut at a word boundary with an ellipsis ("Danger: one holder owns…"), never mid-word. */
export function clipAtWord(text: string, max = 64): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const base = space > max * 0.5 ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s·,:;–—-]+$/, '')}…`;
}

/** "Reading holders" from "reading holders". */
export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/**
 * A short form that tells vanity and low addresses apart, for chart labels: "0x0…dEaD" for
 * 0x00…00dEaD and "0x0…4444…8A90" for 0x000000000004444c…8A90, where the usual "0x0000…0000"
 * would make many different holders look like one (or like the zero address).
 */
export function distinctShortAddress(address: string): string {
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) return truncateMiddle(address);
  const hex = address.slice(2);
  const significant = hex.replace(/^0+/, '');
  if (!significant) return 'zero address';
  const lead = hex.length - significant.length;
  if (lead < 4) return /0000$/.test(hex) ? `0x${hex.slice(0, 6)}…${hex.slice(-4)}` : shortAddress(address);
  if (significant.length <= 8) return `0x0…${significant}`;
  return `0x0…${significant.slice(0, 4)}…${hex.slice(-4)}`;
}
