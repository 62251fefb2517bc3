export interface BenchRow {
  name: string;
  /** What we measured, e.g. "812 ms" or "37 requests". */
  ours: string;
  baseline: string;
  /** ours / baseline, or the measured value where the budget is absolute. */
  ratio: number;
  /** e.g. "≤ 1.5×", "≥ 5× faster", "≤ 50 µs". */
  budget: string;
  pass: boolean | null;
}

export function formatRows(rows: BenchRow[], header: boolean): string[] {
  const out: string[] = [];
  if (header) {
    out.push(`${'bench'.padEnd(58)} ${'ours'.padStart(14)} ${'baseline'.padStart(14)} ${'ratio'.padStart(8)}  budget        ok`);
  }
  for (const r of rows) {
    const ok = r.pass === null ? '-' : r.pass ? 'yes' : 'NO';
    out.push(
      `${r.name.padEnd(58)} ${r.ours.padStart(14)} ${r.baseline.padStart(14)} ${r.ratio.toFixed(2).padStart(8)}  ${r.budget.padEnd(13)} ${ok}`,
    );
  }
  return out;
}

/** Median wall time of fn in ms over n runs after one warm-up. */
export async function medianMs(fn: () => unknown | Promise<unknown>, n = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
