/**
 * Regression on a real distribution: the UNI retroactive airdrop (252,803 addresses,
 * ../shared/data/holders/uni-airdrop-2020.csv, `index,address,amount_wei`).
 *
 * Expected values were computed by an INDEPENDENT METHOD: tests/analytics/uni_expected.py,
 * a Python 3 script using exact rational arithmetic (fractions.Fraction over Python ints)
 * and different formulas (Gini as the rank-weighted sum Σ(2i−n−1)·x_(i)/(n·S), HHI as
 * Σ(x_i/S)² of exact shares, Nakamoto by Fraction comparison). Its output, printed with
 * repr(float(Fraction)), is pasted below; TypeScript must match to the last bit except
 * where noted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../lib/analytics';

const FILE = fileURLToPath(new URL('../../../shared/data/holders/uni-airdrop-2020.csv', import.meta.url));
const present = existsSync(FILE);
if (!present) console.warn(`uni-regression: skipped — ${FILE} is absent (it lives in ../shared beside the project)`);

const EXPECTED = {
  holders: 252_803,
  total: '149999999975656000000000000',
  gini: 0.32490729688385767,
  hhi: 8.595054597949526,
  nakamoto: 65_304,
  top1: 0.014023443937262578,
  top5: 0.042486292106181905,
  top10: 0.07104218535689634,
  top20: 0.10743479499376929,
  top50: 0.16090917875342114,
  top100: 0.2005693071099244,
  /** Lorenz point 50 of 100: the poorest 126,401 of 252,803 hold this share. */
  lorenz50: [126_401 / 252_803, 0.33706933338803746],
};

describe.skipIf(!present)('UNI airdrop 2020 regression (252,803 addresses)', () => {
  it('matches the exact-rational Python computation', () => {
    const text = readFileSync(FILE, 'utf8');
    const balances: bigint[] = [];
    for (const line of text.split('\n').slice(1)) {
      if (!line) continue;
      balances.push(BigInt(line.slice(line.lastIndexOf(',') + 1)));
    }
    const s = summarize(balances);
    const { lorenz, ...rest } = s;
    const { lorenz50, ...expected } = EXPECTED;
    expect(rest).toEqual(expected);
    expect(lorenz).toHaveLength(101);
    expect(lorenz![50]).toEqual(lorenz50);
  });
});
