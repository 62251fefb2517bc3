/**
 * Reads what a failed eth_getLogs says about the provider's limits. Providers phrase their caps
 * differently (Infura/Alchemy "query returned more than 10000 results. Try with this block range
 * [0x…, 0x…]", QuickNode/Ankr "block range … exceeds 10000", public nodes "range too large", HTTP 413),
 * so the scanner asks this one function whether to shrink, wait, retry or give up.
 */
import { BaseError, HttpRequestError, ResponseBodyTooLargeError, TimeoutError } from 'viem';

export type LogErrorKind =
  /** Too many logs in the answer: use a smaller range. */
  | 'resultCap'
  /** The block range itself is over the provider's cap. */
  | 'rangeCap'
  /** Request or reply too large (HTTP 413, body size limit). */
  | 'tooLarge'
  | 'timeout'
  | 'rateLimit'
  /** Not JSON-RPC, or not a list of logs. */
  | 'malformed'
  /** 5xx, connection reset, internal error: worth a few retries. */
  | 'transient'
  | 'fatal';

export interface LogErrorInfo {
  kind: LogErrorKind;
  /** A block range the provider suggested. */
  hint?: { from: bigint; to: bigint };
  /** The provider's stated maximum range, in blocks. */
  maxRange?: bigint;
  retryAfterMs?: number;
}

const RESULT_CAP =
  /more than \d[\d,]* (results|logs)|query returned more than|too many (results|logs)|response size (exceeded|is larger|should not)|log response size|exceeds? (the )?(max(imum)? )?(number of )?(results|logs)|results? (limit|count) exceeded|response is too big|returned too many/i;
const RANGE_CAP =
  /block range|range (is )?too (large|wide|big)|range limit|exceed(s|ed)? (the )?max(imum)? (block )?range|max(imum)? range|limited to (a )?[\d,]+|too many blocks|blocks? (range )?(is )?(too|exceeds?)|range of blocks|range should/i;
const RATE = /rate limit|too many requests|exceeded .*capacity|request limit reached|throughput/i;
const HINT = /\[\s*(0x[0-9a-f]+)\s*,\s*(0x[0-9a-f]+)\s*\]/i;
const NUMBER_NEAR_RANGE =
  /(?:limited to(?: a)?|max(?:imum)?(?: block)?(?: range)?(?: is| of)?:?|up to(?: a)?|exceeds?(?: the)?(?: max(?:imum)?)?(?: block)?(?: range)?(?: of)?:?|allowed:?)\s*(\d[\d,_]*)|(\d[\d,_]*)\s*blocks?/i;

function textOf(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let i = 0; e && i < 8; i++) {
    if (e instanceof BaseError) parts.push(e.shortMessage, e.details ?? '');
    if (e instanceof Error) parts.push(e.message);
    else if (typeof e === 'object') parts.push(JSON.stringify(e));
    else parts.push(String(e));
    e = e instanceof Error ? e.cause : undefined;
  }
  return parts.join(' | ');
}

function find<T>(err: unknown, cls: abstract new (...a: never[]) => T): T | undefined {
  let e: unknown = err;
  for (let i = 0; e && i < 8; i++) {
    if (e instanceof cls) return e;
    e = e instanceof Error ? e.cause : undefined;
  }
  return undefined;
}

/** Every JSON-RPC error code along the cause chain (viem wraps unknown codes as code −1). */
function codesOf(err: unknown): number[] {
  const codes: number[] = [];
  let e: unknown = err;
  for (let i = 0; e && i < 8; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'number') codes.push(code);
    e = e instanceof Error ? e.cause : undefined;
  }
  return codes;
}

export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function classifyLogError(err: unknown): LogErrorInfo {
  const text = textOf(err);
  const http = find(err, HttpRequestError);
  const status = http?.status;
  const hintMatch = HINT.exec(text);
  const codes = codesOf(err);
  const hint = hintMatch ? { from: BigInt(hintMatch[1]!), to: BigInt(hintMatch[2]!) } : undefined;

  if (status === 429 || codes.includes(429) || RATE.test(text)) {
    return { kind: 'rateLimit', retryAfterMs: parseRetryAfter(http?.headers?.get('Retry-After')) };
  }
  if (status === 413 || find(err, ResponseBodyTooLargeError)) return { kind: 'tooLarge', hint };
  if (find(err, TimeoutError) || status === 408 || status === 504 || status === 524) return { kind: 'timeout' };
  if (RESULT_CAP.test(text)) return { kind: 'resultCap', hint };
  if (RANGE_CAP.test(text)) {
    const m = NUMBER_NEAR_RANGE.exec(text.slice(text.search(RANGE_CAP)));
    const n = m ? BigInt((m[1] ?? m[2])!.replace(/[,_]/g, '')) : undefined;
    return { kind: 'rangeCap', hint, maxRange: n && n > 0n ? n : undefined };
  }
  if (codes.includes(-32005)) return { kind: 'resultCap', hint };
  if (status && status >= 500) return { kind: 'transient' };
  if (http && !status) {
    // No HTTP status: either the connection failed or the body was not JSON.
    return { kind: /JSON|Unexpected token|Unexpected end|SyntaxError|not valid/i.test(text) ? 'malformed' : 'transient' };
  }
  if (codes.some((c) => c === -32603 || c === -32000 || c === -1)) return { kind: 'transient' };
  return { kind: 'fatal' };
}
