/**
 * Exact decimal amounts from CSV text. "1,234,567.89" → 123456789n at scale 2. No floats:
 * a file's amounts are brought to one common scale (its longest fraction) as bigints.
 */
export interface Decimal {
  /** The digits without the point: value = digits / 10^scale. */
  digits: bigint;
  scale: number;
}

const PLAIN = /^\d+(\.\d+)?$/;
/** Thousands separators only in valid positions: 1,234,567.89 — never 12,34. */
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Why a text is not a non-negative decimal, or the decimal. */
export function parseDecimal(text: string): Decimal | { problem: string } {
  const t = text.trim();
  if (t === '') return { problem: 'is empty' };
  if (/^-\s*[\d.,]+$/.test(t)) return { problem: `"${t}" is negative` };
  let s = t.startsWith('+') ? t.slice(1) : t;
  if (GROUPED.test(s)) s = s.replace(/,/g, '');
  else if (!PLAIN.test(s)) return { problem: `"${t}" is not a number` };
  const [whole, frac = ''] = s.split('.');
  return { digits: BigInt(whole + frac), scale: frac.length };
}

/** digits at `from` scale, expressed at the larger scale `to`. */
export function rescale(d: Decimal, to: number): bigint {
  return d.digits * 10n ** BigInt(to - d.scale);
}

/** Base units → token units text, e.g. (1234567n, 2) → "12,345.67"; trailing zeros trimmed. */
export function formatUnits(value: bigint, decimals: number, group = true): string {
  const neg = value < 0n;
  const abs = neg ? -value : value;
  const base = 10n ** BigInt(decimals);
  const whole = (abs / base).toString();
  const frac = decimals > 0 ? (abs % base).toString().padStart(decimals, '0').replace(/0+$/, '') : '';
  const w = group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${neg ? '-' : ''}${w}${frac ? `.${frac}` : ''}`;
}
