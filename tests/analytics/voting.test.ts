import { describe, expect, it } from 'vitest';
import { fewestToReach, minimalCoalition } from '../../lib/analytics';

describe('minimalCoalition — fewest voters with strictly more than half the votes cast', () => {
  it('hand-checked', () => {
    expect(minimalCoalition([600n, 300n, 100n])).toBe(1); // 600 > 500
    expect(minimalCoalition([5n, 5n])).toBe(2); // 5 is a tie, not a majority
    expect(minimalCoalition([1n, 1n, 1n])).toBe(2);
    expect(minimalCoalition([100n, 1n, 50n, 50n])).toBe(2); // 100 of 201 is < half; 150 > 100.5
    expect(minimalCoalition([7n])).toBe(1);
  });
  it('nothing cast → 0', () => {
    expect(minimalCoalition([])).toBe(0);
    expect(minimalCoalition([0n, 0n])).toBe(0);
  });
  it('exact at 2^256 scale', () => {
    const a = 2n ** 255n;
    expect(minimalCoalition([a, a - 1n])).toBe(1);
    expect(minimalCoalition([a, a])).toBe(2);
  });
});

describe('fewestToReach — fewest delegates whose power reaches a quorum or threshold', () => {
  it('hand-checked', () => {
    expect(fewestToReach([5n, 3n, 2n], 8n)).toBe(2); // 5+3 = 8 reaches (≥) 8
    expect(fewestToReach([2n, 5n, 3n], 9n)).toBe(3);
    expect(fewestToReach([5n, 3n, 2n], 10n)).toBe(3);
    expect(fewestToReach([5n, 3n, 2n], 1n)).toBe(1);
  });
  it('null when all together cannot reach it; 0 for a zero target', () => {
    expect(fewestToReach([5n, 3n, 2n], 11n)).toBeNull();
    expect(fewestToReach([], 1n)).toBeNull();
    expect(fewestToReach([5n], 0n)).toBe(0);
  });
  it('rejects negative power', () => {
    expect(() => fewestToReach([1n, -2n], 1n)).toThrow(RangeError);
  });
});
