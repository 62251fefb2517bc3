/**
 * Concentration over time from the same Transfer logs: replays them in block order with
 * incremental balances and, at each sample block, counts holders and takes the largest ten with a
 * bounded selection (one pass over the accounts seen so far, a 10-slot insertion list).
 * Cost: O(logs + samples × accounts). Balances are a high double (value >> 48) and an exact low
 * 48-bit part per account, so a balance that returns to zero is exactly zero (exact below 2^101
 * base units; see TransferGraph.exact). Shares are of the supply outside `excluded` (pools, burn,
 * exchanges, lockers…), the same idea as circulating supply, at that block.
 */
import { LOW_BITS, type TransferGraph } from './transferGraph';

export interface TrendOptions {
  fromBlock: number;
  toBlock: number;
  /** Evenly spaced points across [fromBlock, toBlock], both ends included (default 24). */
  samples?: number;
  /** Extra named points, e.g. { label: '7d', block } for the block 7 days before toBlock. */
  at?: readonly { label: string; block: number }[];
  /** Lowercase addresses not counted in shares (holder counts include them). */
  excluded?: ReadonlySet<string>;
}

export interface TrendPointData {
  block: number;
  holders: number;
  top1: number;
  top10: number;
  label?: string;
}

const ZERO = '0x0000000000000000000000000000000000000000';

export function concentrationOverTime(graph: TransferGraph, o: TrendOptions): TrendPointData[] {
  const samples = Math.max(2, o.samples ?? 24);
  const span = o.toBlock - o.fromBlock;
  // Block → labels there ('' = an evenly spaced point); two labels may share a block (no blocks in between).
  const points = new Map<number, Set<string>>();
  const put = (block: number, label: string) => (points.get(block) ?? points.set(block, new Set()).get(block)!).add(label);
  for (let k = 0; k < samples; k++) put(o.fromBlock + Math.round((k * span) / (samples - 1)), '');
  for (const p of o.at ?? []) if (p.block >= o.fromBlock && p.block <= o.toBlock) put(p.block, p.label);
  const targets = [...points.keys()].sort((a, b) => a - b);

  const n = graph.addressCount;
  const skip = new Uint8Array(n); // not counted in shares
  const zero = graph.indexOf(ZERO);
  for (const a of o.excluded ?? []) {
    const i = graph.indexOf(a);
    if (i !== undefined) skip[i] = 1;
  }
  const hi = new Float64Array(n);
  const lo = new Float64Array(n);
  const { from, to, block } = graph;
  const gHi = graph.hi;
  const gLo = graph.lo;
  let seen = 0; // accounts are numbered in first-seen order: only 0..seen−1 can hold anything
  const out: TrendPointData[] = [];
  let t = 0;
  const top = new Float64Array(10);

  const sample = (at: number) => {
    let holders = 0;
    let total = 0;
    top.fill(0);
    for (let i = 0; i < seen; i++) {
      const h = hi[i]!;
      if (h < 0 || (h === 0 && lo[i] === 0) || i === zero) continue;
      holders++;
      if (skip[i]) continue;
      const v = h * LOW_BITS + lo[i]!;
      total += v;
      if (v > top[9]!) {
        let k = 9;
        while (k > 0 && top[k - 1]! < v) {
          top[k] = top[k - 1]!;
          k--;
        }
        top[k] = v;
      }
    }
    let sum10 = 0;
    for (let k = 0; k < 10; k++) sum10 += top[k]!;
    const point: TrendPointData = { block: at, holders, top1: total > 0 ? top[0]! / total : 0, top10: total > 0 ? sum10 / total : 0 };
    const labels = points.get(at)!;
    for (const label of labels) if (label) out.push({ ...point, label });
    if (labels.has('') && labels.size === 1) out.push(point);
  };

  for (let i = 0; i < graph.length; i++) {
    while (t < targets.length && block[i]! > targets[t]!) sample(targets[t++]!);
    const a = from[i]!;
    const b = to[i]!;
    if (a >= seen) seen = a + 1;
    if (b >= seen) seen = b + 1;
    let l = lo[a]! - gLo[i]!;
    let h = hi[a]! - gHi[i]!;
    if (l < 0) {
      const c = Math.floor(l / LOW_BITS);
      l -= c * LOW_BITS;
      h += c;
    }
    lo[a] = l;
    hi[a] = h;
    l = lo[b]! + gLo[i]!;
    h = hi[b]! + gHi[i]!;
    if (l >= LOW_BITS) {
      l -= LOW_BITS;
      h += 1;
    }
    lo[b] = l;
    hi[b] = h;
  }
  while (t < targets.length) sample(targets[t++]!);
  return out;
}
