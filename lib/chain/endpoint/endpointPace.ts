/**
 * What one RPC endpoint tolerates, learned from its refusals and kept for the life of the process:
 * requests per second, calls per second (compute-unit limits), the largest batch, the widest
 * eth_getLogs range. Every client of the same URL shares one pace, so parallel analyses (the
 * background worker, `report tokens`) slow down together instead of each learning alone.
 */

/** Requests that must have gone through in the last second before a refusal teaches a pace. */
const MIN_LEARN = 3;
/** Quiet time after a refusal before the pace is raised by a quarter (and between raises). */
const RECOVER_AFTER_MS = 10_000;
/** At most one lesson per this long. */
const LESSON_MS = 3_000;
/** No per-call pace below this (a keyless endpoint's compute-unit budget is rarely under ~10 calls/s). */
const MIN_CALL_RATE = 50;
/** A per-call lesson needs this many calls through in the last second, and no fewer than were refused. */
const MIN_LEARN_CALLS = 10;

export class EndpointPace {
  /** Requests per second; Infinity until a 429 teaches otherwise. */
  rate = Number.POSITIVE_INFINITY;
  /** Calls per second; Infinity until a per-call rate-limit error teaches otherwise. */
  callRate = Number.POSITIVE_INFINITY;
  /** Calls per JSON-RPC batch. */
  maxBatch = Number.POSITIVE_INFINITY;
  /** Widest eth_getLogs range the endpoint accepted without a range-cap error (set by the log scanner). */
  logSpan?: bigint;
  /** Set once when the endpoint refused old state ("missing trie node"). */
  pruned = false;
  private pausedUntil = 0;
  private lastRefusal = 0;
  private lastLesson = 0;
  private lastCallLesson = 0;
  private lastRaise = 0;
  private nextRequest = 0;
  private nextCall = 0;
  private accepted: number[] = [];
  private callsStarted: { at: number; n: number }[] = [];

  /** Waits until a request of `calls` calls may start. */
  async acquire(calls: number, signal?: AbortSignal | null): Promise<void> {
    for (;;) {
      const now = Date.now();
      const at = Math.max(this.pausedUntil, this.nextRequest, this.nextCall);
      if (at <= now) break;
      await sleep(at - now, signal);
    }
    const now = Date.now();
    if (Number.isFinite(this.rate)) this.nextRequest = Math.max(now, this.nextRequest) + 1000 / this.rate;
    if (Number.isFinite(this.callRate)) this.nextCall = Math.max(now, this.nextCall) + (calls * 1000) / this.callRate;
    this.callsStarted = this.callsStarted.filter((c) => now - c.at < 1000);
    this.callsStarted.push({ at: now, n: calls });
  }

  /** HTTP 429: everyone waits `retryAfterMs`; the pace becomes what got through in the last second, less a margin. */
  onRateLimited(retryAfterMs: number): void {
    const now = Date.now();
    this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
    const accepted = this.accepted.filter((t) => now - t < 1000).length;
    // A refusal after a few requests is no per-second pace (a burst rule, a fault): only wait it out.
    if (accepted >= MIN_LEARN && now - this.lastLesson > LESSON_MS) {
      this.lastLesson = now;
      this.rate = Math.max(1, Math.min(this.rate, accepted) * 0.85);
    }
    this.lastRefusal = now;
  }

  /** A request went through: long after the last refusal, the pace may creep back up. */
  onAccepted(): void {
    const now = Date.now();
    this.accepted = this.accepted.filter((t) => now - t < 1000);
    this.accepted.push(now);
    if (!Number.isFinite(this.rate) || now - this.lastRefusal < RECOVER_AFTER_MS || now - this.lastRaise < RECOVER_AFTER_MS) return;
    this.lastRaise = now;
    this.rate = this.rate * 1.25 > 1000 ? Number.POSITIVE_INFINITY : this.rate * 1.25;
  }

  /** Some calls of a reply were refused for the call rate: learn calls per second the same way. */
  onCallsRateLimited(refused: number, retryAfterMs: number): void {
    const now = Date.now();
    this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
    const sent = this.callsStarted.filter((c) => now - c.at < 1000).reduce((s, c) => s + c.n, 0);
    const accepted = sent - refused;
    this.lastRefusal = now;
    // One call refused again and again is about that call, not about the pace; and one lesson per
    // window: refusals that follow it are the same lesson, not a reason to keep slowing down.
    if (refused >= 2 && accepted >= Math.max(MIN_LEARN_CALLS, refused) && now - this.lastCallLesson > LESSON_MS) {
      this.lastCallLesson = now;
      this.callRate = Math.max(MIN_CALL_RATE, Math.min(this.callRate, accepted) * 0.85);
    }
  }

  onBatchTooLarge(size: number, stated?: number): void {
    const next = stated && stated < size ? stated : Math.max(1, Math.floor(size / 2));
    this.maxBatch = Math.min(this.maxBatch, next);
  }
}

const paces = new Map<string, EndpointPace>();

/** The shared pace of an endpoint URL (created on first use). */
export function endpointPace(url: string): EndpointPace {
  let pace = paces.get(url);
  if (!pace) paces.set(url, (pace = new EndpointPace()));
  return pace;
}

export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
