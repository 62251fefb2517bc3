#!/usr/bin/env python3
"""Independent expected values for tests/analytics/uni-regression.test.ts.

Exact rational arithmetic (fractions.Fraction on Python ints), written separately from the
TypeScript engine and using different formulas where there is a choice:
  Gini   = sum_i (2i - n - 1) * x_(i) / (n * S)   (rank-weighted sum, i = 1..n ascending)
  HHI    = 10000 * sum_i (x_i / S)^2               (sum of squared exact shares)
  Nakamoto = smallest k with (top-k sum) / S > 1/2 (Fraction comparison)
  top-k  = (sum of k largest) / S
  Lorenz point j (of 101) = (c/n, prefix_c / S), c = floor(j*n/100)
Run: python3 tests/analytics/uni_expected.py ../shared/data/holders/uni-airdrop-2020.csv
"""
import csv, sys
from fractions import Fraction

path = sys.argv[1]
with open(path) as f:
    rows = list(csv.DictReader(f))
xs = sorted(int(r["amount_wei"]) for r in rows if int(r["amount_wei"]) > 0)
n = len(xs)
S = sum(xs)
gini = Fraction(sum((2 * i - n - 1) * x for i, x in enumerate(xs, start=1)), n * S)
hhi = 10000 * sum(Fraction(x, S) ** 2 for x in xs)
desc = xs[::-1]
cum, nak = 0, None
for k, x in enumerate(desc, start=1):
    cum += x
    if Fraction(cum, S) > Fraction(1, 2):
        nak = k
        break
tops = {k: Fraction(sum(desc[:k]), S) for k in (1, 5, 10, 20, 50, 100)}
prefix = [0]
for x in xs:
    prefix.append(prefix[-1] + x)
lorenz50 = Fraction(prefix[(50 * n) // 100], S)
print(f"holders={n}")
print(f"total={S}")
print(f"gini={float(gini)!r}")
print(f"hhi={float(hhi)!r}")
print(f"nakamoto={nak}")
for k, v in tops.items():
    print(f"top{k}={float(v)!r}")
print(f"lorenz50=({(50 * n) // 100}/{n}, {float(lorenz50)!r})")
