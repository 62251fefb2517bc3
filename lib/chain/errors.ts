/**
 * Chain errors a person can act on. viem's errors are mapped once, here, so callers
 * (CLI, background worker) can tell "your RPC is down" from "this is not a token".
 */
import { BaseError, HttpRequestError, ResponseBodyTooLargeError, TimeoutError } from 'viem';
import { WhaleLensError } from '../errors';

/** Base of every error raised while reading a chain. */
export class ChainError extends WhaleLensError {
  override name = 'ChainError';
}

export class RpcUnreachableError extends ChainError {
  override name = 'RpcUnreachableError';
  constructor(rpc: string, options: { cause?: unknown; details?: string } = {}) {
    super(`RPC endpoint unreachable: ${rpc}`, options);
  }
}

export class RpcTimeoutError extends ChainError {
  override name = 'RpcTimeoutError';
  constructor(what: string, options: { cause?: unknown; details?: string } = {}) {
    super(`RPC timed out: ${what}`, options);
  }
}

export class RpcRateLimitedError extends ChainError {
  override name = 'RpcRateLimitedError';
  constructor(options: { cause?: unknown; details?: string } = {}) {
    super('RPC endpoint keeps refusing requests (rate limited); try again later or use another endpoint', options);
  }
}

/** The endpoint answered something that is not a valid JSON-RPC reply. */
export class MalformedResponseError extends ChainError {
  override name = 'MalformedResponseError';
  constructor(what: string, options: { cause?: unknown; details?: string } = {}) {
    super(`RPC returned a malformed reply to ${what}`, options);
  }
}

export class WrongChainError extends ChainError {
  override name = 'WrongChainError';
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`RPC serves chain ${actual}, expected chain ${expected}`);
  }
}

export class NotAContractError extends ChainError {
  override name = 'NotAContractError';
  constructor(
    readonly address: string,
    blockNumber?: bigint,
  ) {
    super(`${address} is not a contract${blockNumber !== undefined ? ` at block ${blockNumber}` : ''}`);
  }
}

export class NotAnErc20Error extends ChainError {
  override name = 'NotAnErc20Error';
  constructor(
    readonly address: string,
    options: { cause?: unknown; details?: string } = {},
  ) {
    super(`${address} is not an ERC-20 token`, options);
  }
}

/** The pinned block does not exist (yet) on this chain, or the node cannot serve it. */
export class BlockUnavailableError extends ChainError {
  override name = 'BlockUnavailableError';
  constructor(blockNumber: bigint, options: { cause?: unknown } = {}) {
    super(`block ${blockNumber} is not available from this RPC`, options);
  }
}

/** The provider refuses even the smallest request we can make (e.g. one block has more logs than its cap). */
export class ProviderLimitError extends ChainError {
  override name = 'ProviderLimitError';
}

export class ScanAbortedError extends ChainError {
  override name = 'ScanAbortedError';
  constructor(what = 'scan', options: { cause?: unknown; details?: string } = {}) {
    super(`${what} was cancelled`, options);
  }
}

function messagesOf(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let i = 0; e && i < 8; i++) {
    if (e instanceof BaseError) parts.push(e.shortMessage, e.details ?? '');
    else if (e instanceof Error) parts.push(e.message);
    else parts.push(String(e));
    e = e instanceof Error ? e.cause : undefined;
  }
  return parts.join(' | ');
}

function findIn<T>(err: unknown, cls: abstract new (...a: never[]) => T): T | undefined {
  let e: unknown = err;
  for (let i = 0; e && i < 8; i++) {
    if (e instanceof cls) return e;
    e = e instanceof Error ? e.cause : undefined;
  }
  return undefined;
}

/**
 * True when the error says the connection itself failed (refused, DNS, reset), not the request.
 * Browsers say it differently from Node: "Failed to fetch" (Chrome), "NetworkError…" (Firefox), "Load failed" (Safari).
 */
export function isConnectionFailure(err: unknown): boolean {
  const http = findIn(err, HttpRequestError);
  if (!http || http.status) return false;
  return /fetch failed|Failed to fetch|Load failed|NetworkError|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|EHOSTUNREACH|socket hang up|network/i.test(
    messagesOf(http),
  );
}

/**
 * Maps any error thrown by a viem call to a typed Whale Lens error (already-typed errors pass through).
 * `rpc` names the endpoint in the message; `what` names the operation.
 */
export function mapChainError(err: unknown, ctx: { rpc?: string; what?: string } = {}): WhaleLensError {
  if (err instanceof WhaleLensError) return err;
  const what = ctx.what ?? 'request';
  if (err instanceof Error && err.name === 'AbortError') return new ScanAbortedError(what, { cause: err });
  if (findIn(err, TimeoutError)) return new RpcTimeoutError(what, { cause: err });
  if (isConnectionFailure(err)) return new RpcUnreachableError(ctx.rpc ?? 'endpoint', { cause: err });
  const http = findIn(err, HttpRequestError);
  if (http?.status === 429 || isRateLimitText(err)) return new RpcRateLimitedError({ cause: err });
  if (http?.status) return new ChainError(`RPC answered HTTP ${http.status} to ${what}`, { cause: err });
  if (http) return new MalformedResponseError(what, { cause: err, details: firstLine(messagesOf(err)) });
  if (findIn(err, ResponseBodyTooLargeError)) return new ProviderLimitError(`RPC reply too large for ${what}`, { cause: err });
  if (err instanceof BaseError) return new ChainError(`${what} failed: ${firstLine(err.shortMessage)}`, { cause: err });
  if (err instanceof Error) return new ChainError(`${what} failed: ${firstLine(err.message)}`, { cause: err });
  return new ChainError(`${what} failed: ${String(err)}`);
}

/** JSON-RPC rate-limit errors inside a 200 reply (code 429, "compute units", "Too Many Requests"). */
function isRateLimitText(err: unknown): boolean {
  let e: unknown = err;
  for (let i = 0; e && i < 8; i++) {
    if ((e as { code?: unknown }).code === 429) return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return /too many requests|rate limit|compute units per second|exceeded its .*capacity/i.test(messagesOf(err));
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? s).slice(0, 200);
}
