/**
 * Token buckets per host. A limiter holds one or more buckets (e.g. Ethplorer's
 * 2/s AND 30/min); a request goes out only when every bucket has a token.
 * Waiters are served first-come first-served; an aborted waiter leaves the queue at once.
 */
import { abortReason, type Clock } from './clock';

export interface BucketSpec {
  /** Tokens available at once (the burst). */
  capacity: number;
  /** Refill rate. */
  perSecond: number;
}

class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly spec: BucketSpec,
    now: number,
  ) {
    this.tokens = spec.capacity;
    this.last = now;
  }

  private refill(now: number): void {
    if (now > this.last) {
      this.tokens = Math.min(this.spec.capacity, this.tokens + ((now - this.last) * this.spec.perSecond) / 1000);
      this.last = now;
    }
  }

  /** Milliseconds until one token is available (0 = now). */
  wait(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.spec.perSecond);
  }

  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
  }
}

interface Waiter {
  resolve(): void;
  reject(err: unknown): void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

export class RateLimiter {
  private readonly buckets: TokenBucket[];
  private readonly queue: Waiter[] = [];
  private pumping = false;
  private pausedUntil = 0;
  /** Cancels the pump's wait when every waiter has gone (no timer left behind to hold a CLI open). */
  private idle?: AbortController;

  constructor(
    specs: readonly BucketSpec[],
    private readonly clock: Clock,
  ) {
    for (const s of specs) {
      if (!(s.capacity >= 1) || !(s.perSecond > 0)) throw new RangeError('bucket needs capacity ≥ 1 and a positive rate');
    }
    const now = clock.now();
    this.buckets = specs.map((s) => new TokenBucket(s, now));
  }

  /** The service said "wait" (Retry-After, rate-limit headers): nobody goes out before then. */
  pauseUntil(time: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, time);
  }

  /** Resolves when the caller may send one request. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal };
      if (signal) {
        waiter.onAbort = () => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          if (this.queue.length === 0) this.idle?.abort();
          reject(abortReason(signal));
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.queue.push(waiter);
      void this.pump();
    });
  }

  private delay(): number {
    const now = this.clock.now();
    let wait = Math.max(0, Math.ceil(this.pausedUntil - now));
    for (const b of this.buckets) wait = Math.max(wait, b.wait(now));
    return wait;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        const wait = this.delay();
        if (wait > 0) {
          this.idle = new AbortController();
          try {
            await this.clock.sleep(wait, this.idle.signal);
          } catch {
            // Woken because the queue emptied; the loop condition ends the pump.
          }
          this.idle = undefined;
          continue;
        }
        const waiter = this.queue.shift()!;
        const now = this.clock.now();
        for (const b of this.buckets) b.take(now);
        if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
        waiter.resolve();
      }
    } finally {
      this.pumping = false;
    }
  }
}
