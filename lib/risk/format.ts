/** Plain-text number formatting shared by rule titles and the CLI. */

/** "71%", or with more decimals when rounding would hide which side of `bar` the value is on. */
export function pct(value: number, bar?: number): string {
  for (const digits of [0, 1, 2, 3]) {
    const shown = (value * 100).toFixed(digits);
    const hidesBar = bar !== undefined && shown === (bar * 100).toFixed(digits);
    const hidesValue = (value > 0 && Number(shown) === 0) || (value < 1 && Number(shown) === 100);
    if (!hidesBar && !hidesValue) return `${trimZeros(shown)}%`;
  }
  // All but a sliver (e.g. Uniswap's burned minimum liquidity): say so instead of "100%".
  if (value < 1 && value > 0.9999) return 'over 99.99%';
  return `${trimZeros((value * 100).toFixed(4))}%`;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** Seconds as "36 hours", "2 days", "45 minutes" — truncated, so "only 6.9 days" never reads as the 7-day bar. */
export function duration(seconds: number): string {
  const down = (x: number) => trimZeros((Math.floor(x * 10) / 10).toFixed(1));
  const words = (n: string, unit: string) => `${n} ${n === '1' ? unit : `${unit}s`}`;
  if (seconds < 3600) return words(String(Math.floor(seconds / 60)), 'minute');
  if (seconds < 2 * 86400) return words(down(seconds / 3600), 'hour');
  return words(down(seconds / 86400), 'day');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function list(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
