/**
 * When to try again and how long to wait: exponential backoff with jitter, and the
 * server's own Retry-After (delta-seconds or an HTTP date) when it gives one.
 */

export interface BackoffOptions {
  /** First retry waits about this long; default 250 ms. */
  baseMs: number;
  /** Cap for one backoff wait; default 8 s. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 250, maxMs: 8_000 };

/**
 * "Equal jitter": half the exponential step is fixed, half random, so waits still grow
 * with each attempt while clients that failed together do not retry together.
 */
export function backoffDelay(attempt: number, opts: BackoffOptions, random: () => number): number {
  const step = Math.min(opts.maxMs, opts.baseMs * 2 ** attempt);
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * Retry-After as milliseconds from now; undefined when absent or unreadable.
 * `nowEpochMs` is wall-clock time (HTTP dates are absolute).
 */
export function parseRetryAfter(value: string | null | undefined, nowEpochMs: number): number | undefined {
  if (value == null) return undefined;
  const v = value.trim();
  if (v === '') return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (/^\d+\.\d+$/.test(v)) return Math.ceil(Number(v) * 1000);
  // Only an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"): Date.parse would read "-3" as a year.
  if (!/^[A-Za-z]{3},? /.test(v)) return undefined;
  const date = Date.parse(v);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowEpochMs);
}

/** Statuses worth another try: the service is overloaded or briefly down. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status === 500 || status === 502 || status === 503 || status === 504 || (status >= 520 && status <= 524);
}
