/**
 * The one sort every metric shares, done fast and exactly.
 *
 * A comparator sort of 10^6 bigints costs ~1 s in V8. Instead each balance gets a float64
 * key: Number(x) is monotone (x ≤ y ⇒ Number(x) ≤ Number(y)), and for positive doubles the
 * bit pattern orders like the value. We overwrite the low mantissa bits with the element's
 * index, sort the keys natively (Float64Array#sort, no comparator), and read the permutation
 * back from those bits. Truncating low bits is still monotone, so the result is ordered
 * except inside runs whose truncated keys are equal; those runs are re-sorted with exact
 * bigint comparison. No precision is lost: the keys only decide order, never values.
 */
export function compareBigint(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Below this a plain comparator sort is as fast and simpler. */
const SMALL = 256;

/** Sorts positive bigints ascending; returns a new array. */
export function sortAscending(positives: readonly bigint[]): bigint[] {
  const n = positives.length;
  if (n < SMALL || !LITTLE_ENDIAN) return positives.slice().sort(compareBigint);
  const bits = Math.ceil(Math.log2(n)); // n ≤ 2^32 − 1, so bits ≤ 32
  const mask = bits >= 32 ? 0xffffffff : 2 ** bits - 1;
  const keep = ~mask >>> 0;
  const keys = new Float64Array(n);
  const words = new Uint32Array(keys.buffer); // words[2i] = low 32 bits of keys[i] (little-endian)
  for (let i = 0; i < n; i++) {
    const key = Number(positives[i]);
    // Beyond 2^1024 (far above uint256) the key is Infinity and index bits would make it NaN.
    if (key === Infinity) return positives.slice().sort(compareBigint);
    keys[i] = key;
    words[2 * i] = ((words[2 * i]! & keep) | i) >>> 0;
  }
  keys.sort();
  const out = new Array<bigint>(n);
  for (let i = 0; i < n; i++) out[i] = positives[(words[2 * i]! & mask) >>> 0]!;
  // Exact fix-up where truncated keys tie (equal or very close balances).
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || words[2 * i + 1] !== words[2 * start + 1] || (words[2 * i]! & keep) !== (words[2 * start]! & keep)) {
      if (i - start > 1) sortRange(out, start, i);
      start = i;
    }
  }
  return out;
}

function sortRange(a: bigint[], from: number, to: number): void {
  // Already-ordered runs (e.g. thousands of identical airdrop amounts) cost one comparison each.
  let ordered = true;
  for (let i = from + 1; i < to && ordered; i++) ordered = a[i - 1]! <= a[i]!;
  if (ordered) return;
  const part = a.slice(from, to).sort(compareBigint);
  for (let i = 0; i < part.length; i++) a[from + i] = part[i]!;
}

/** Positive balances, ascending, in a new array. Zero balances are not holders; negative ones throw. */
export function sortedPositive(balances: readonly bigint[]): bigint[] {
  return sortAscending(positivesOf(balances));
}

export function positivesOf(balances: readonly bigint[]): bigint[] {
  const out: bigint[] = [];
  for (let i = 0; i < balances.length; i++) {
    const b = balances[i]!;
    if (b > 0n) out.push(b);
    else if (b < 0n) throw new RangeError(`negative balance at index ${i}`);
  }
  return out;
}
