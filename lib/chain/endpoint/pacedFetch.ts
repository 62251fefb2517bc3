/**
 * The fetch under viem's http transport: paces requests to what the endpoint tolerates and
 * retries what the endpoint refused for load — HTTP 429 (after its Retry-After), per-call
 * rate-limit errors inside a 200 reply (only those calls are sent again), and batches refused
 * for their size (split, and the size learned). Callers above see either the answer or, when
 * the endpoint keeps refusing, the refusal itself — never a reply with calls silently missing.
 */
import { endpointPace, sleep, type EndpointPace } from './endpointPace';

type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

interface Call {
  jsonrpc?: string;
  id?: number | string | null;
  method: string;
  params?: unknown;
}
interface Reply {
  jsonrpc?: string;
  id?: number | string | null;
  result?: unknown;
  error?: { code?: number; message?: string };
}

/** Attempts per request before the refusal is passed up (viem and the callers then decide). */
const ATTEMPTS = 3;
/** Longer Retry-After waits are not slept here: the refusal goes up (the caller's retry policy decides). */
const MAX_INLINE_WAIT_MS = 10_000;
/** Replies larger than this are data (logs), not refusals: passed through unread. */
const INSPECT_BELOW = 256 * 1024;
const MAX_BACKOFF_MS = 8_000;

const RATE_TEXT = /rate limit|too many requests|compute units|exceeded .*capacity|throughput|request limit reached/i;
const BATCH_TEXT = /batch/i;

export function isRateLimitReply(e: Reply['error']): boolean {
  return !!e && (e.code === 429 || e.code === -32029 || RATE_TEXT.test(e.message ?? ''));
}

const backoff = (attempt: number) => Math.min(150 * 2 ** attempt, MAX_BACKOFF_MS);

export function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export function pacedFetch(url: string, base: Fetch = (i, init) => fetch(i, init)): Fetch {
  const pace = endpointPace(url);
  return async (input, init) => {
    const body = typeof init?.body === 'string' ? parse(init.body) : undefined;
    if (!body || typeof body !== 'object') return base(input, init);
    const batch = Array.isArray(body);
    const calls = (batch ? body : [body]) as Call[];
    const out = await exchange({ pace, base, input, init: init!, calls, batch });
    if (out instanceof Response) return out;
    const replies = batch ? out : out[0];
    return new Response(JSON.stringify(replies), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

interface Exchange {
  pace: EndpointPace;
  base: Fetch;
  input: string | URL | Request;
  init: RequestInit;
  calls: Call[];
  batch: boolean;
  /** Attempts already spent on these calls (a re-sent part continues the count). */
  spent?: number;
}

/** A Response to pass through unchanged, or the replies of every call (in call order). */
async function exchange(x: Exchange): Promise<Response | Reply[]> {
  const { pace, calls } = x;
  if (x.batch && calls.length > pace.maxBatch) return split(x);
  let last: Response | undefined;
  for (let attempt = x.spent ?? 0; attempt < ATTEMPTS; attempt++) {
    await pace.acquire(calls.length, x.init.signal);
    const res = await x.base(x.input, { ...x.init, body: JSON.stringify(x.batch ? calls : calls[0]) });
    last = res;
    if (res.status === 429 || (res.status === 503 && res.headers.has('retry-after'))) {
      const wait = retryAfterMs(res.headers.get('retry-after')) || backoff(attempt);
      pace.onRateLimited(Math.min(wait, MAX_INLINE_WAIT_MS));
      if (attempt === ATTEMPTS - 1 || wait > MAX_INLINE_WAIT_MS) return res;
      await res.body?.cancel().catch(() => undefined);
      continue;
    }
    // A gateway hiccup (502/503/504 without Retry-After): the request did not happen; try again shortly.
    if (res.status === 502 || res.status === 503 || res.status === 504) {
      if (attempt === ATTEMPTS - 1) return res;
      await res.body?.cancel().catch(() => undefined);
      await sleep(backoff(attempt), x.init.signal);
      continue;
    }
    if (res.status === 413 && x.batch && calls.length > 1) {
      await res.body?.cancel().catch(() => undefined);
      pace.onBatchTooLarge(calls.length);
      return split(x);
    }
    if (res.ok) pace.onAccepted();
    const length = Number(res.headers.get('content-length') ?? NaN);
    if (!res.ok || length >= INSPECT_BELOW) return res;
    const text = await res.text();
    const rebuilt = () => new Response(text, { status: res.status, statusText: res.statusText, headers: res.headers });
    if (!text.includes('"error"')) return rebuilt();
    const parsed = parse(text);
    // A refused batch is one error object, not a list.
    if (x.batch && parsed && !Array.isArray(parsed) && typeof parsed === 'object') {
      const error = (parsed as Reply).error;
      if (error && BATCH_TEXT.test(error.message ?? '') && calls.length > 1) {
        pace.onBatchTooLarge(calls.length, statedLimit(error.message ?? '', calls.length));
        return split(x);
      }
      if (isRateLimitReply(error) && attempt < ATTEMPTS - 1) {
        pace.onRateLimited(backoff(attempt));
        continue;
      }
      return rebuilt();
    }
    const replies = (Array.isArray(parsed) ? parsed : [parsed]) as Reply[];
    if (replies.length !== calls.length) return rebuilt();
    const refused = replies.map((r, i) => (isRateLimitReply(r?.error) ? i : -1)).filter((i) => i >= 0);
    if (refused.length === 0 || attempt === ATTEMPTS - 1) return rebuilt();
    pace.onCallsRateLimited(refused.length, backoff(attempt));
    // Only the refused calls go again; the answered ones are kept.
    const again = await exchange({ ...x, calls: refused.map((i) => calls[i]!), batch: x.batch && refused.length > 1, spent: attempt + 1 });
    if (again instanceof Response) {
      const more = parse(await again.text());
      const list = (Array.isArray(more) ? more : [more]) as Reply[];
      refused.forEach((i, k) => (replies[i] = list[k] ?? replies[i]!));
    } else refused.forEach((i, k) => (replies[i] = again[k]!));
    return replies;
  }
  return last!;
}

/** Sends a batch in parts of the learned size, in parallel (each paced), and joins the replies. */
async function split(x: Exchange): Promise<Reply[]> {
  const size = Number.isFinite(x.pace.maxBatch) ? x.pace.maxBatch : Math.ceil(x.calls.length / 2);
  const parts: Call[][] = [];
  for (let i = 0; i < x.calls.length; i += size) parts.push(x.calls.slice(i, i + size));
  const answers = await Promise.all(
    parts.map(async (calls) => {
      const out = await exchange({ ...x, calls, batch: calls.length > 1, spent: 0 });
      if (!(out instanceof Response)) return out;
      const parsed = parse(await out.text());
      if (Array.isArray(parsed)) return parsed as Reply[];
      if (calls.length === 1 && parsed && typeof parsed === 'object' && ('result' in parsed || 'error' in parsed)) {
        return [{ ...(parsed as Reply), id: calls[0]!.id }];
      }
      // A refusal for the whole part: every call in it gets that error.
      const error = (parsed as Reply | undefined)?.error ?? { code: -32603, message: `HTTP ${out.status}` };
      return calls.map((c) => ({ jsonrpc: '2.0', id: c.id, error }));
    }),
  );
  return answers.flat();
}

function statedLimit(message: string, size: number): number | undefined {
  const numbers = [...message.matchAll(/\d+/g)].map((m) => Number(m[0])).filter((n) => n > 0 && n < size);
  return numbers.length ? Math.max(...numbers) : undefined;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
