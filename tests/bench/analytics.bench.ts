/**
 * Bench rows for lib/analytics.
 * Row 1: every concentration metric (summarize: total, Gini, HHI, Nakamoto, top-k, Lorenz)
 * for 1,000,000 random holders, against ONE plain comparator sort of the same bigints.
 * Budget ≤ 1.5×. Balances are log-uniform over 0–~10^34 base units (18-decimal tokens), most
 * of them above 2^64, from a seeded PRNG so every run measures the same data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareBigint, summarize } from '../../lib/analytics';
import { medianMs, type BenchRow } from './format';
import { mulberry32 } from './prng';

export function randomBalances(n: number, seed = 2020): bigint[] {
  const rand = mulberry32(seed);
  const pow10 = Array.from({ length: 19 }, (_, e) => 10n ** BigInt(e));
  const out = new Array<bigint>(n);
  for (let i = 0; i < n; i++) {
    const mantissa = BigInt(Math.floor(rand() * 2 ** 53)) + 1n;
    out[i] = mantissa * pow10[Math.floor(rand() * 19)];
  }
  return out;
}

function row(name: string, ours: number, baseline: number, budget = 1.5): BenchRow {
  const ratio = ours / baseline;
  return {
    name,
    ours: `${ours.toFixed(0)} ms`,
    baseline: `${baseline.toFixed(0)} ms`,
    ratio,
    budget: `≤ ${budget}×`,
    pass: ratio <= budget,
  };
}

async function compare(balances: bigint[]): Promise<[number, number]> {
  const ours = await medianMs(() => summarize(balances), 5);
  const baseline = await medianMs(() => balances.slice().sort(compareBigint), 5);
  return [ours, baseline];
}

export async function rows(): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  const [ours, baseline] = await compare(randomBalances(1_000_000));
  out.push(row('all metrics, 1,000,000 holders vs one bigint sort', ours, baseline));

  const uni = fileURLToPath(new URL('../../../shared/data/holders/uni-airdrop-2020.csv', import.meta.url));
  if (existsSync(uni)) {
    const lines = readFileSync(uni, 'utf8').split('\n').slice(1).filter(Boolean);
    const balances = lines.map((l) => BigInt(l.slice(l.lastIndexOf(',') + 1)));
    const [o, b] = await compare(balances);
    out.push(row('all metrics, UNI airdrop 252,803 holders vs one bigint sort', o, b));
  }
  return out;
}
