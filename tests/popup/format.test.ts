import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatPercent, formatTokenAmount, toDecimalString, truncateMiddle } from '../../components/common/format';
import { explorerAddressUrl, safeBaseUrl } from '../../components/common/address';

const MAX = (2n ** 256n - 1n).toString();

describe('exact amount formatting', () => {
  it('turns base units into an exact decimal string', () => {
    expect(toDecimalString('1234500', 4)).toBe('123.45');
    expect(toDecimalString('5', 18)).toBe('0.000000000000000005');
    expect(toDecimalString('000', 2)).toBe('0');
    expect(toDecimalString(MAX, 0)).toBe(MAX);
    expect(toDecimalString(MAX, 18)).toBe('115792089237316195423570985008687907853269984665640564039457.584007913129639935');
    expect(() => toDecimalString('1e18', 18)).toThrow(RangeError);
    expect(() => toDecimalString('-1', 18)).toThrow(RangeError);
  });

  it('keeps every digit of the integer part, in the person’s locale', () => {
    expect(formatTokenAmount(MAX, 0, 'en-US')).toBe(BigInt(MAX).toLocaleString('en-US'));
    expect(formatTokenAmount('123456789012345678901234567890', 18, 'en-US')).toBe('123,456,789,012.3457');
    expect(formatTokenAmount('123456789012345678901234567890', 18, 'de-DE')).toBe('123.456.789.012,3457');
  });

  it('compacts large amounts and never shows dust as zero', () => {
    expect(formatTokenAmount((25_000_000n * 10n ** 18n).toString(), 18, 'en-US', { compact: true })).toBe('25M');
    expect(formatTokenAmount('1', 18, 'en-US')).toBe('< 0.0001');
    expect(formatTokenAmount('0', 18, 'en-US')).toBe('0');
  });
});

describe('other formats', () => {
  it('percentages keep small shares visible', () => {
    expect(formatPercent(0.7123, 'en-US')).toBe('71.2%');
    expect(formatPercent(0.0035, 'en-US')).toBe('0.35%');
    expect(formatPercent(0, 'en-US')).toBe('0%');
    expect(formatPercent(Number.NaN, 'en-US')).toBe('?');
  });

  it('durations and sizes', () => {
    expect(formatDuration(172_800, 'en-US')).toBe('2 days');
    expect(formatDuration(3_600, 'en-US')).toBe('1 hour');
    expect(formatBytes(2_048, 'en-US')).toBe('2 kB');
  });

  it('truncates addresses in the middle and names at the end', () => {
    expect(truncateMiddle('0x000000000000000000000000000000000000dEaD')).toBe('0x0000…dEaD');
    expect(truncateMiddle('A very long token name indeed', 10)).toBe('A very lo…');
    expect(truncateMiddle('Short')).toBe('Short');
  });
});

describe('explorer links', () => {
  it('only http(s) explorers and well-formed addresses make a link', () => {
    const a = '0x000000000000000000000000000000000000dEaD';
    expect(explorerAddressUrl('https://etherscan.io/', a)).toBe(`https://etherscan.io/address/${a}`);
    expect(explorerAddressUrl('javascript:alert(1)', a)).toBeNull();
    expect(explorerAddressUrl('https://etherscan.io', `${a}"><img>`)).toBeNull();
    expect(safeBaseUrl('data:text/html,x')).toBeNull();
    expect(safeBaseUrl('')).toBeNull();
  });
});
