/**
 * Snapshot voting power is a float (token units, strategies may weight it). The coalition
 * math works on exact bigints, so vp is scaled to fixed point: micro-units (×10^6), from the
 * number's shortest decimal representation (no binary rounding of the multiplication), with
 * digits beyond the sixth decimal dropped. Shares and coalitions are unaffected at that scale.
 */
export const VP_DECIMALS = 6;

export function vpToFixed(vp: number, decimals = VP_DECIMALS): bigint {
  if (!Number.isFinite(vp) || vp < 0) throw new RangeError(`voting power must be a finite number ≥ 0: ${vp}`);
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(vp));
  if (!m) throw new RangeError(`unexpected number format: ${vp}`);
  const [, int, frac = '', expText] = m;
  const shift = Number(expText ?? '0') - frac.length + decimals;
  const digits = int + frac;
  if (shift >= 0) return BigInt(digits) * 10n ** BigInt(shift);
  const cut = digits.length + shift;
  return cut > 0 ? BigInt(digits.slice(0, cut)) : 0n;
}
