/**
 * Typed errors for public-API sources. Each names the source, so the Report can say
 * "blockscout: rate limited" and a fallback can move to the next source.
 * Messages never contain the request URL: it may carry an API key.
 */
import { WhaleLensError } from '../errors';

export type SourceLabel = 'blockscout' | 'ethplorer' | 'snapshot' | 'goplus';

export class SourceError extends WhaleLensError {
  override name = 'SourceError';
  readonly source: SourceLabel;

  constructor(source: SourceLabel, shortMessage: string, options: { cause?: unknown; details?: string } = {}) {
    super(`${source}: ${shortMessage}`, options);
    this.source = source;
  }
}

/** The service answered with a non-success HTTP status (after any retries). */
export class SourceHttpError extends SourceError {
  override name = 'SourceHttpError';
  readonly status: number;

  constructor(source: SourceLabel, status: number, options: { cause?: unknown; details?: string } = {}) {
    super(source, `HTTP ${status}`, options);
    this.status = status;
  }
}

/** 429 (or the service's own "limit reached") still there after retries, or a Retry-After too long to wait. */
export class SourceRateLimitedError extends SourceHttpError {
  override name = 'SourceRateLimitedError';
  /** What the service asked us to wait, when it said so. */
  readonly retryAfterMs?: number;

  constructor(source: SourceLabel, options: { retryAfterMs?: number; cause?: unknown; details?: string } = {}) {
    super(source, 429, {
      cause: options.cause,
      details: options.details ?? (options.retryAfterMs !== undefined ? `retry after ${Math.ceil(options.retryAfterMs / 1000)} s` : 'rate limited'),
    });
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** No answer within the time limit (per attempt), after any retries. */
export class SourceTimeoutError extends SourceError {
  override name = 'SourceTimeoutError';
  readonly timeoutMs: number;

  constructor(source: SourceLabel, timeoutMs: number, options: { cause?: unknown } = {}) {
    super(source, `no answer within ${timeoutMs} ms`, options);
    this.timeoutMs = timeoutMs;
  }
}

/** Connection refused, DNS failure, reset: the service could not be reached. */
export class SourceUnreachableError extends SourceError {
  override name = 'SourceUnreachableError';

  constructor(source: SourceLabel, options: { cause?: unknown; details?: string } = {}) {
    super(source, 'unreachable', options);
  }
}

/** The service answered, but with something we cannot trust: bad JSON, wrong types, impossible values. */
export class MalformedResponseError extends SourceError {
  override name = 'MalformedResponseError';
  readonly reason: string;

  constructor(source: SourceLabel, reason: string, options: { cause?: unknown } = {}) {
    super(source, `malformed response: ${reason}`, options);
    this.reason = reason;
  }
}

/** The service answered well-formed, but with an error of its own (GraphQL errors, Ethplorer/GoPlus error codes). */
export class SourceQueryError extends SourceError {
  override name = 'SourceQueryError';

  constructor(source: SourceLabel, message: string, options: { cause?: unknown } = {}) {
    super(source, message, options);
  }
}
