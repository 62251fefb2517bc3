import { ratio } from './ratio';

/** HHI on the 0–10,000 scale from Σx² and S: 10,000 · Σx² / S², exact until the division. */
export function hhiFromSquares(sumOfSquares: bigint, total: bigint): number {
  if (total === 0n) return 0;
  return ratio(10_000n * sumOfSquares, total * total);
}

/** Herfindahl–Hirschman index, 10,000 · Σ (x_i / S)², of balances in any order. */
export function hhi(balances: readonly bigint[]): number {
  let total = 0n;
  let squares = 0n;
  for (let i = 0; i < balances.length; i++) {
    const x = balances[i]!;
    total += x;
    squares += x * x;
  }
  return hhiFromSquares(squares, total);
}
