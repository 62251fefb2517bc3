import { describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDED, splitCirculating, summarize } from '../../lib/analytics';
import { lookupLabel } from '../../lib/labels';
import type { LabelCategory } from '../../lib/report/types';

const holders = [
  { address: '0x000000000000000000000000000000000000dEaD', balance: 1000n },
  { address: '0x28C6c06298d514Db089934071355E5743bf21d60', balance: 500n }, // Binance 14
  { address: '0x1a9C8182C09F50C8318d769245beA52c32BE35BC', balance: 300n }, // Uniswap timelock
  { address: '0x1111111111111111111111111111111111111112', balance: 200n },
  { address: '0x2222222222222222222222222222222222222223', balance: 100n },
];
const categoryOf = (a: string) => lookupLabel(a)?.category;

describe('splitCirculating', () => {
  it('default excludes burn, dex, bridge, cex, locker, treasury — each with its reason', () => {
    expect([...DEFAULT_EXCLUDED]).toEqual(['burn', 'dex', 'bridge', 'cex', 'locker', 'treasury']);
    const { circulating, excluded } = splitCirculating(holders, categoryOf);
    expect(circulating.map((h) => h.balance)).toEqual([200n, 100n]);
    expect(excluded.map((h) => [h.balance, h.reason])).toEqual([
      [1000n, 'burn'],
      [500n, 'cex'],
      [300n, 'treasury'],
    ]);
    const raw = summarize(holders.map((h) => h.balance));
    const circ = summarize(circulating.map((h) => h.balance));
    expect(raw.nakamoto).toBe(2); // 1000 of 2100 is < half
    expect(circ).toMatchObject({ holders: 2, total: '300', nakamoto: 1 });
  });

  it('which categories are left out is an option', () => {
    const onlyBurn = splitCirculating(holders, categoryOf, new Set<LabelCategory>(['burn']));
    expect(onlyBurn.excluded.map((h) => h.reason)).toEqual(['burn']);
    const none = splitCirculating(holders, categoryOf, new Set());
    expect(none.circulating).toHaveLength(holders.length);
    expect(none.excluded).toEqual([]);
  });

  it('keeps the caller’s extra fields and does not mutate input', () => {
    const tagged = holders.map((h, i) => ({ ...h, rank: i }));
    const { excluded } = splitCirculating(tagged, categoryOf);
    expect(excluded[0]).toMatchObject({ rank: 0, reason: 'burn' });
    expect(tagged[0]).not.toHaveProperty('reason');
  });
});
