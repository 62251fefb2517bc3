/**
 * Fetches every log of one block range, splitting it as the provider's limits require.
 * `state` is shared by all workers of a scan: one worker learning the provider's cap
 * shrinks the span for everyone; small answers let it grow back.
 */
import type { Address, Hex, PublicClient } from 'viem';
import { MalformedResponseError, ProviderLimitError, RpcRateLimitedError, ScanAbortedError, mapChainError } from '../errors';
import { classifyLogError } from './classifyLogError';
import type { RawLog } from './types';

export interface RangeState {
  /** Blocks per request now. */
  span: bigint;
  /** Learnt from range-cap errors; the span never grows past it. */
  maxSpan: bigint;
  /** Consecutive failed requests (any worker); reset by a success. */
  failures: number;
  /** Told each time a range-cap error lowers `maxSpan` (the endpoint remembers it for later scans). */
  onMaxSpan?: (maxSpan: bigint) => void;
}

/** Answers below this many logs let the span double. */
const GROW_BELOW = 2_500;
/** Consecutive failures (other than shrinking on caps) before the scan gives up with a typed error. */
const MAX_FAILURES = 6;
/** The transport (pacedFetch) already waited out Retry-After a few times per request. */
const MAX_RATE_LIMITED = 3;
const MAX_WAIT_MS = 30_000;

export async function fetchRange(
  client: PublicClient,
  p: {
    address: Address | Address[];
    topics: (Hex | Hex[] | null)[];
    from: bigint;
    to: bigint;
    state: RangeState;
    signal: AbortSignal;
    onRequest: () => void;
  },
): Promise<RawLog[]> {
  const { state, signal } = p;
  let out: RawLog[] = [];
  let a = p.from;
  let rateLimited = 0;
  while (a <= p.to) {
    if (signal.aborted) throw new ScanAbortedError('log scan', { cause: signal.reason });
    const b = a + state.span - 1n < p.to ? a + state.span - 1n : p.to;
    const size = b - a + 1n;
    let logs: RawLog[];
    try {
      p.onRequest();
      const result = await untilAborted(
        client.request(
          {
            method: 'eth_getLogs',
            params: [{ address: p.address, topics: p.topics, fromBlock: toHex(a), toBlock: toHex(b) }],
          },
          // The scanner decides about retries itself: blind retries of a capped range only repeat the error.
          // No `signal` here: viem then drops its own timeout, and a hanging provider would hang us.
          { retryCount: 0 },
        ),
        signal,
      );
      logs = checkLogs(result, a, b);
    } catch (err) {
      if (signal.aborted) throw new ScanAbortedError('log scan', { cause: signal.reason });
      const info = err instanceof MalformedResponseError ? { kind: 'malformed' as const } : classifyLogError(err);
      switch (info.kind) {
        case 'resultCap':
        case 'rangeCap':
        case 'tooLarge': {
          if (info.kind === 'rangeCap' && info.maxRange && info.maxRange < state.maxSpan) state.maxSpan = info.maxRange;
          // A range cap without a number: at most half of what was just refused.
          if (info.kind === 'rangeCap' && !info.maxRange) state.maxSpan = min(state.maxSpan, max(1n, size / 2n));
          if (info.kind === 'rangeCap') state.onMaxSpan?.(state.maxSpan);
          if (size === 1n) {
            throw new ProviderLimitError(`the RPC refuses the logs of block ${a} (over its result limit)`, { cause: err });
          }
          const hinted = info.hint && info.hint.from === a && info.hint.to >= a && info.hint.to < b ? info.hint.to - a + 1n : undefined;
          const next = min(hinted ?? max(1n, size / 2n), state.maxSpan);
          if (next < state.span) state.span = next;
          else state.span = max(1n, size / 2n);
          continue;
        }
        case 'rateLimit': {
          if (++rateLimited > MAX_RATE_LIMITED) throw new RpcRateLimitedError({ cause: err });
          await sleep(Math.min(info.retryAfterMs ?? 500 * 2 ** rateLimited, MAX_WAIT_MS), signal);
          continue;
        }
        case 'timeout':
        case 'malformed':
        case 'transient': {
          if (++state.failures > MAX_FAILURES) throw mapChainError(err, { what: 'eth_getLogs' });
          // A timeout often means "too much work": ask for less next time. It has waited already.
          if (info.kind === 'timeout') {
            if (size > 1n) state.span = max(1n, size / 4n);
            continue;
          }
          await sleep(Math.min(100 * 2 ** state.failures, 1_000), signal);
          continue;
        }
        default:
          throw mapChainError(err, { what: 'eth_getLogs' });
      }
    }
    state.failures = 0;
    rateLimited = 0;
    if (out.length === 0) out = logs;
    else for (const l of logs) out.push(l);
    a = b + 1n;
    if (size >= state.span && logs.length < GROW_BELOW) state.span = min(state.span * 2n, state.maxSpan);
  }
  return out;
}

/** Cheap shape checks: a wrong shape or a log outside the asked range must never reach balances. */
function checkLogs(result: unknown, from: bigint, to: bigint): RawLog[] {
  if (!Array.isArray(result)) throw new MalformedResponseError('eth_getLogs', { details: 'result is not a list' });
  const lo = Number(from);
  const hi = Number(to);
  const kept: RawLog[] = [];
  for (const log of result as RawLog[]) {
    if (!log || !Array.isArray(log.topics) || typeof log.data !== 'string' || typeof log.blockNumber !== 'string') {
      throw new MalformedResponseError('eth_getLogs', { details: 'a log lacks topics, data or blockNumber' });
    }
    const n = Number(log.blockNumber);
    if (!(n >= lo && n <= hi))
      throw new MalformedResponseError('eth_getLogs', { details: `log at block ${log.blockNumber} outside the asked range` });
    if (log.removed) continue;
    kept.push(log);
  }
  return kept.length === result.length ? (result as RawLog[]) : kept;
}

function toHex(n: bigint): Hex {
  return `0x${n.toString(16)}`;
}
const min = (x: bigint, y: bigint) => (x < y ? x : y);
const max = (x: bigint, y: bigint) => (x > y ? x : y);

/** Settles with `promise`, or rejects as soon as `signal` aborts (the request itself runs out its timeout). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new ScanAbortedError('log scan', { cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ScanAbortedError('log scan', { cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new ScanAbortedError('log scan', { cause: signal.reason }));
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new ScanAbortedError('log scan', { cause: signal.reason }));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
