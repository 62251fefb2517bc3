/**
 * Exact rational → nearest double, done once at the end of an aggregation.
 * Every metric keeps its numerator and denominator as bigints (balances reach 2^256−1),
 * so the only rounding is here, and equal rationals give bit-identical doubles
 * (which is what makes the metrics exactly scale-invariant).
 */

/** Approximate bit length (over-estimates by < 4 bits); enough to choose a scale. */
function roughBits(x: bigint): number {
  return x.toString(16).length * 4;
}

/**
 * num / den as the correctly rounded double (num ≥ 0, den > 0). The result depends only on
 * the rational value, never on how it is written, so scaling every balance by c gives
 * bit-identical metrics.
 */
export function ratio(num: bigint, den: bigint): number {
  if (den <= 0n) throw new RangeError('ratio: denominator must be positive');
  if (num < 0n) return -ratio(-num, den);
  if (num === 0n) return 0;
  // Scale so the integer quotient carries ≥ 60 significant bits (roughBits over-estimates by < 4).
  const shift = roughBits(den) - roughBits(num) + 64;
  const n = shift >= 0 ? num << BigInt(shift) : num;
  const d = shift >= 0 ? den : den << BigInt(-shift);
  let q = n / d;
  // Sticky bit: a non-zero remainder must still count when Number() rounds half-to-even,
  // or a value just above a midpoint would round down. Bit 0 is far below the 53 kept bits.
  if (n % d !== 0n) q |= 1n;
  return Number(q) * 2 ** -shift;
}

/**
 * A double as an exact fraction num/den (den a power of two), so a threshold such as 0.5
 * or 0.1 can be compared against bigint sums without rounding them.
 */
export function exactFraction(x: number): { num: bigint; den: bigint } {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  let den = 1n;
  let v = x;
  // Doubling is exact; a finite double becomes an integer after at most 1074 doublings.
  while (!Number.isInteger(v)) {
    v *= 2;
    den *= 2n;
  }
  return { num: BigInt(v), den };
}
