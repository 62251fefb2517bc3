/**
 * The one fetch layer every source client goes through. It is where good citizenship lives:
 *  - per-host token buckets with each service's published limits (./policies);
 *  - retries on 429/5xx/network errors/timeouts with exponential backoff and jitter,
 *    honouring Retry-After (and pausing the whole host while the service asked us to wait);
 *  - a timeout per attempt, and the caller's AbortSignal everywhere (also while waiting);
 *  - in-flight de-duplication: the same method + URL + body shares one request;
 *  - typed errors (../errors) whose messages never contain a URL query (API keys).
 * `fetch` and the clock are injectable; the default is the platform's global fetch.
 */
import {
  MalformedResponseError,
  SourceError,
  SourceHttpError,
  SourceRateLimitedError,
  SourceTimeoutError,
  SourceUnreachableError,
  type SourceLabel,
} from '../errors';
import { errorDetail } from './body';
import { abortReason, systemClock, type Clock } from './clock';
import { RATE_POLICIES, type PolicyName } from './policies';
import { RateLimiter, type BucketSpec } from './rateLimiter';
import { DEFAULT_BACKOFF, backoffDelay, isRetryableStatus, parseRetryAfter, type BackoffOptions } from './retry';
import { withSignal } from './signals';

export interface SourceHttpOptions {
  fetch?: typeof fetch;
  clock?: Clock;
  /** Wall-clock epoch ms, for Retry-After HTTP dates. */
  wallClock?: () => number;
  random?: () => number;
  /** Per attempt, including reading the body. Default 15 s. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 3. */
  retries?: number;
  backoff?: Partial<BackoffOptions>;
  /** A Retry-After longer than this is not waited for: the request fails as rate limited. Default 60 s. */
  maxRetryAfterMs?: number;
  /** Override bucket specs per policy (tests of unrelated behaviour; a self-hosted instance with other limits). */
  policies?: Partial<Record<PolicyName, readonly BucketSpec[]>>;
  /** Larger bodies are refused as malformed. Default 8 MiB. */
  maxBodyBytes?: number;
}

export interface SourceRequest {
  source: SourceLabel;
  policy: PolicyName;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Non-2xx statuses that are answers, not failures (e.g. 404 = "the indexer does not know it"). */
  accept?: readonly number[];
  /** Response text → value. Default JSON.parse; a throw becomes MalformedResponseError. */
  parse?: (text: string) => unknown;
}

export interface SourceResponse {
  status: number;
  body: unknown;
}

type Outcome =
  { kind: 'ok'; response: SourceResponse } | { kind: 'fail'; error: unknown } | { kind: 'retry'; error: SourceError; retryAfterMs?: number };

interface InFlight {
  promise: Promise<SourceResponse>;
  controller: AbortController;
  waiting: number;
}

export class SourceHttp {
  private readonly fetchFn: typeof fetch;
  private readonly clock: Clock;
  private readonly wallClock: () => number;
  private readonly random: () => number;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoff: BackoffOptions;
  private readonly maxRetryAfterMs: number;
  private readonly maxBodyBytes: number;
  private readonly policies: Record<PolicyName, readonly BucketSpec[]>;
  private readonly limiters = new Map<string, RateLimiter>();
  private readonly inFlight = new Map<string, InFlight>();

  constructor(opts: SourceHttpOptions = {}) {
    // Bound to globalThis: some platforms throw "Illegal invocation" for an unbound fetch.
    this.fetchFn = opts.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.clock = opts.clock ?? systemClock;
    this.wallClock = opts.wallClock ?? Date.now;
    this.random = opts.random ?? Math.random;
    this.timeoutMs = opts.timeoutMs ?? 15_000;
    this.retries = opts.retries ?? 3;
    this.backoff = { ...DEFAULT_BACKOFF, ...opts.backoff };
    this.maxRetryAfterMs = opts.maxRetryAfterMs ?? 60_000;
    this.maxBodyBytes = opts.maxBodyBytes ?? 8 * 1024 * 1024;
    this.policies = { ...RATE_POLICIES, ...opts.policies } as Record<PolicyName, readonly BucketSpec[]>;
  }

  /** Number of distinct requests currently on the wire (after de-duplication). */
  get pending(): number {
    return this.inFlight.size;
  }

  request(req: SourceRequest): Promise<SourceResponse> {
    if (req.signal?.aborted) return Promise.reject(abortReason(req.signal));
    const key = `${req.method ?? 'GET'} ${req.url}\n${JSON.stringify(req.headers ?? {})}\n${req.accept?.join(',') ?? ''}\n${req.body ?? ''}`;
    let entry = this.inFlight.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: InFlight = {
        controller,
        waiting: 0,
        promise: this.run(req, controller.signal).finally(() => {
          if (this.inFlight.get(key) === created) this.inFlight.delete(key);
        }),
      };
      // Avoid an unhandled rejection when every caller has gone away.
      created.promise.catch(() => undefined);
      this.inFlight.set(key, created);
      entry = created;
    }
    const shared = entry;
    shared.waiting++;
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      shared.waiting--;
      // The last interested caller gave up: stop the request (and its waits) too.
      if (shared.waiting === 0) {
        shared.controller.abort(req.signal ? abortReason(req.signal) : undefined);
        if (this.inFlight.get(key) === shared) this.inFlight.delete(key);
      }
    };
    return withSignal(shared.promise, req.signal, leave).finally(() => {
      left = true;
    });
  }

  private limiterFor(req: SourceRequest): RateLimiter {
    let host: string;
    try {
      host = new URL(req.url).host;
    } catch (cause) {
      throw new SourceUnreachableError(req.source, { cause, details: 'invalid URL' });
    }
    const id = `${req.policy}@${host}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new RateLimiter(this.policies[req.policy], this.clock);
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  private async run(req: SourceRequest, signal: AbortSignal): Promise<SourceResponse> {
    const limiter = this.limiterFor(req);
    for (let attempt = 0; ; attempt++) {
      await limiter.acquire(signal);
      if (signal.aborted) throw abortReason(signal);
      const outcome = await this.attempt(req, signal, limiter);
      if (outcome.kind === 'ok') return outcome.response;
      if (outcome.kind === 'fail') throw outcome.error;
      const { error, retryAfterMs } = outcome;
      // Asked to come back much later: give up now (a 503 stays a 503, a 429 says how long).
      if (retryAfterMs !== undefined && retryAfterMs > this.maxRetryAfterMs) {
        throw error instanceof SourceRateLimitedError ? new SourceRateLimitedError(req.source, { retryAfterMs }) : error;
      }
      if (attempt >= this.retries) throw error;
      const wait = retryAfterMs !== undefined ? retryAfterMs + Math.round(this.random() * 100) : backoffDelay(attempt, this.backoff, this.random);
      // Everyone sending to this host waits, not only this request.
      if (error instanceof SourceHttpError) limiter.pauseUntil(this.clock.now() + wait);
      await this.clock.sleep(wait, signal);
    }
  }

  private async attempt(req: SourceRequest, signal: AbortSignal, limiter: RateLimiter): Promise<Outcome> {
    const timeoutMs = req.timeoutMs ?? this.timeoutMs;
    const controller = new AbortController();
    const onAbort = () => controller.abort(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
    try {
      const res = await this.fetchFn(req.url, {
        method: req.method ?? 'GET',
        headers: { accept: 'application/json', ...req.headers },
        body: req.body,
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      this.noteRateLimitHeaders(req, res, limiter);
      const text = await this.readText(req, res);
      const status = res.status;
      const accepted = (status >= 200 && status < 300) || (req.accept?.includes(status) ?? false);
      if (!accepted) {
        const details = errorDetail(text);
        if (status === 429) {
          const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), this.wallClock());
          return { kind: 'retry', error: new SourceRateLimitedError(req.source, { retryAfterMs }), retryAfterMs };
        }
        const error = new SourceHttpError(req.source, status, { details });
        if (isRetryableStatus(status)) {
          return { kind: 'retry', error, retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), this.wallClock()) };
        }
        return { kind: 'fail', error };
      }
      let body: unknown;
      try {
        body = (req.parse ?? JSON.parse)(text);
      } catch (cause) {
        return { kind: 'fail', error: new MalformedResponseError(req.source, 'not valid JSON', { cause }) };
      }
      return { kind: 'ok', response: { status, body } };
    } catch (err) {
      if (signal.aborted) return { kind: 'fail', error: abortReason(signal) };
      if (timedOut) return { kind: 'retry', error: new SourceTimeoutError(req.source, timeoutMs, { cause: err }) };
      if (err instanceof SourceError) return { kind: 'fail', error: err };
      return { kind: 'retry', error: new SourceUnreachableError(req.source, { cause: err }) };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
  }

  private async readText(req: SourceRequest, res: Response): Promise<string> {
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > this.maxBodyBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new MalformedResponseError(req.source, `response too large (${declared} bytes)`);
    }
    const text = await res.text();
    if (text.length > this.maxBodyBytes) throw new MalformedResponseError(req.source, 'response too large');
    return text;
  }

  /**
   * Blockscout's keyed API announces its window: x-ratelimit-remaining and x-ratelimit-reset
   * (milliseconds until the window resets). When nothing remains, wait for the reset.
   */
  private noteRateLimitHeaders(req: SourceRequest, res: Response, limiter: RateLimiter): void {
    if (!req.policy.startsWith('blockscout')) return;
    const remaining = res.headers.get('x-ratelimit-remaining');
    const reset = Number(res.headers.get('x-ratelimit-reset'));
    if (remaining?.trim() === '0' && Number.isFinite(reset) && reset > 0 && reset <= 60_000) {
      limiter.pauseUntil(this.clock.now() + reset);
    }
  }
}

let shared: SourceHttp | undefined;

/**
 * The process-wide instance: every client shares it by default, so the per-host limits hold
 * across all of them (two analyses in parallel still send ≤ 4 rps to one Blockscout).
 */
export function defaultSourceHttp(): SourceHttp {
  shared ??= new SourceHttp();
  return shared;
}
