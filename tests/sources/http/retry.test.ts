import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from '../../../lib/sources/http/retry';

describe('Retry-After and backoff', () => {
  const now = Date.parse('2026-11-21T08:00:00Z');

  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Sat, 21 Nov 2026 08:00:05 GMT', now)).toBe(5000);
    // A date in the past means "now".
    expect(parseRetryAfter('Sat, 21 Nov 2026 07:00:00 GMT', now)).toBe(0);
  });

  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-3', now)).toBeUndefined();
  });

  it('backoff grows exponentially, is jittered, and is capped', () => {
    const opts = { baseMs: 100, maxMs: 1000 };
    expect(backoffDelay(0, opts, () => 0)).toBe(50);
    expect(backoffDelay(0, opts, () => 1)).toBe(100);
    expect(backoffDelay(3, opts, () => 0)).toBe(400);
    expect(backoffDelay(10, opts, () => 1)).toBe(1000);
  });

  it('retries 429, 408 and 5xx gateway errors, not 4xx', () => {
    for (const s of [429, 408, 500, 502, 503, 504, 522]) expect(isRetryableStatus(s)).toBe(true);
    for (const s of [400, 401, 403, 404, 422, 501]) expect(isRetryableStatus(s)).toBe(false);
  });
});
