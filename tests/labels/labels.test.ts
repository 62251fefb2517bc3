import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { labelCount, lookupLabel } from '../../lib/labels';
import { buildTable } from '../../scripts/labels/generate';
import { MANUAL_LABELS } from '../../lib/labels/manual';

describe('lookupLabel', () => {
  it('labels burn/null addresses on every chain', () => {
    for (const chain of [1, 10, 56, 137, 8453, 42161]) {
      expect(lookupLabel('0x000000000000000000000000000000000000dEaD', chain)?.category).toBe('burn');
      expect(lookupLabel('0x0000000000000000000000000000000000000000', chain)?.category).toBe('burn');
      expect(lookupLabel('0x0000000000000000000000000000000000000001', chain)?.category).toBe('burn');
    }
  });

  it('is case-insensitive', () => {
    const a = lookupLabel('0x28C6c06298d514Db089934071355E5743bf21d60');
    expect(a).toEqual({ name: 'Binance 14', category: 'cex' });
    expect(lookupLabel('0x28c6c06298d514db089934071355e5743bf21d60')).toEqual(a);
    expect(lookupLabel('0X28C6C06298D514DB089934071355E5743BF21D60'.replace('0X', '0x'))).toEqual(a);
  });

  it('defaults to Ethereum mainnet; per-chain labels stay on their chain', () => {
    expect(lookupLabel('0x28C6c06298d514Db089934071355E5743bf21d60', 1)?.category).toBe('cex');
    expect(lookupLabel('0x28C6c06298d514Db089934071355E5743bf21d60', 137)).toBeUndefined();
    expect(lookupLabel('0x7ee058420e5937496F5a2096f04caA7721cF70cc', 56)).toEqual({ name: 'PinkSale: PinkLock', category: 'locker' });
    expect(lookupLabel('0x7ee058420e5937496F5a2096f04caA7721cF70cc', 1)).toBeUndefined();
    expect(lookupLabel('0xF3FC178157fb3c87548bAA86F9d24BA38E649B58', 42161)?.category).toBe('treasury');
  });

  it('covers each category the circulating view leaves out', () => {
    expect(lookupLabel('0x8315177aB297bA92A06054cE80a67Ed4DBd7ed3a')?.category).toBe('bridge'); // Arbitrum bridge
    expect(lookupLabel('0x1a9C8182C09F50C8318d769245beA52c32BE35BC')?.category).toBe('treasury'); // Uniswap timelock
    expect(lookupLabel('0x663A5C229c09b049E36dCc11a9B0d4a8Eb9db214')?.category).toBe('locker'); // UNCX
    expect(lookupLabel('0x2CDE9919e81b20B4B33DD562a48a84b54C48F00C', 8453)?.category).toBe('locker'); // Hedgey, any chain
    expect(lookupLabel('0xBA12222222228d8Ba445958a75a0704d566BF2C8', 42161)?.category).toBe('dex'); // Balancer vault
    expect(lookupLabel('0x8589427373D6D84E98730D7795D8f6f8731FDA16')?.category).toBe('sanctioned'); // OFAC list (Tornado)
  });

  it('unknown or malformed addresses have no label', () => {
    expect(lookupLabel('0x1234567890abcdef1234567890abcdef12345678')).toBeUndefined();
    expect(lookupLabel('')).toBeUndefined();
    expect(lookupLabel('0xdead')).toBeUndefined();
    expect(lookupLabel('not an address at all, but 42 characters!')).toBeUndefined();
  });

  it('every hand-added label is in the table as curated', () => {
    for (const m of MANUAL_LABELS) {
      const chain = m.chains === '*' ? 999_999 : m.chains[0];
      expect(lookupLabel(m.address, chain), m.address).toEqual({ name: m.name, category: m.category });
    }
    expect(labelCount()).toBeGreaterThan(800);
  });

  it('the shipped table stays small (≤ 300 KB)', () => {
    const size = readFileSync(fileURLToPath(new URL('../../lib/labels/table.ts', import.meta.url))).length;
    expect(size).toBeLessThan(300_000);
  });
});

// The label data sits beside the project (../shared/data/labels, as on CI); when it is missing the
// generator throws one line naming the folder, so this fails instead of passing unchecked.
describe('label generator', () => {
  it('the committed table.ts is exactly what scripts/labels/generate.ts produces from ../shared/data/labels', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../lib/labels/table.ts', import.meta.url)), 'utf8');
    expect(buildTable().source).toBe(committed);
  });

  it('names the missing data folder instead of skipping', () => {
    expect(() => buildTable('/nonexistent/labels/')).toThrow(/label data is missing: \/nonexistent\/labels\//);
  });
});
