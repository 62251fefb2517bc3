/** Aligned plain-text tables for the terminal: left-aligned text, right-aligned numbers. */
export type Align = 'left' | 'right';

export function formatTable(header: string[], rows: string[][], align: Align[]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (align[c] === 'right' ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function percent(share: number, digits = 2): string {
  return `${(share * 100).toFixed(digits)}%`;
}

export function grouped(n: number): string {
  return n.toLocaleString('en-US');
}
