/** The Chrome build (MV3) within its size budgets (tests/support/bundle-budgets.ts). */
import { describe, expect, inject, it } from 'vitest';
import { formatBudgets, measureBundles, TOTAL_MAX_KB } from '../support/bundle-budgets';

describe('bundle sizes, Chrome build', () => {
  it('every bundle is within its budget, and every script has one', () => {
    const { rows, uncovered, totalKB } = measureBundles(inject('extensionDir'));
    console.log(formatBudgets('chrome', rows));
    expect(uncovered).toEqual([]);
    for (const r of rows) expect({ what: r.what, kb: r.kb, ok: r.kb <= r.maxKB }).toEqual({ what: r.what, kb: r.kb, ok: true });
    expect(rows.find((r) => r.files.test('content-scripts/detect.js'))!.matched).toEqual(['content-scripts/detect.js']);
    expect(totalKB).toBeLessThanOrEqual(TOTAL_MAX_KB);
  });
});
