/**
 * The shared fetch layer against a real loopback HTTP server (global fetch, nothing mocked):
 * retries with backoff on 5xx, Retry-After (seconds and HTTP date), timeouts, malformed JSON,
 * resets, unreachable hosts, AbortSignal everywhere, and in-flight de-duplication.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  MalformedResponseError,
  SourceHttpError,
  SourceRateLimitedError,
  SourceTimeoutError,
  SourceUnreachableError,
} from '../../../lib/sources/errors';
import { SourceHttp, type SourceHttpOptions } from '../../../lib/sources/http/sourceHttp';
import { WhaleLensError, oneLine } from '../../../lib/errors';
import { startLoopback, type Loopback } from '../../support/loopback/server';

const fast: SourceHttpOptions = {
  policies: { blockscout: [{ capacity: 100, perSecond: 1000 }] },
  backoff: { baseMs: 20, maxMs: 100 },
  timeoutMs: 5000,
};

let server: Loopback;
let handlerDelay = 0;

beforeAll(async () => {
  server = await startLoopback(async (req) => {
    if (handlerDelay) await new Promise((r) => setTimeout(r, handlerDelay));
    if (req.path === '/missing') return { status: 404, json: { message: 'Not found' } };
    if (req.path === '/big') return { text: JSON.stringify({ pad: 'x'.repeat(1000) }) };
    return { json: { ok: true, path: req.path, q: req.query.get('q'), body: req.body } };
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  handlerDelay = 0;
});

const get = (http: SourceHttp, path: string, extra: Partial<Parameters<SourceHttp['request']>[0]> = {}) =>
  http.request({ source: 'blockscout', policy: 'blockscout', url: `${server.url}${path}`, ...extra });

describe('SourceHttp: retries', () => {
  it('retries a 500 and returns the later answer', async () => {
    server.inject({ kind: 'status', status: 500, body: '{"message":"Internal error"}' });
    const res = await get(new SourceHttp(fast), '/a');
    expect(res.body).toMatchObject({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after the retries with SourceHttpError(status) and the service message', async () => {
    for (let i = 0; i < 4; i++) server.inject({ kind: 'status', status: 503, body: '{"message":"Service unavailable"}' });
    const err = await get(new SourceHttp({ ...fast, retries: 2 }), '/a').catch((e) => e);
    expect(err).toBeInstanceOf(SourceHttpError);
    expect(err).toBeInstanceOf(WhaleLensError);
    expect(err.status).toBe(503);
    expect(oneLine(err)).toBe('blockscout: HTTP 503 (Service unavailable)');
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 404 and names it', async () => {
    const err = await get(new SourceHttp(fast), '/missing').catch((e) => e);
    expect(err).toBeInstanceOf(SourceHttpError);
    expect(err.status).toBe(404);
    expect(server.requests).toHaveLength(1);
  });

  it('returns an accepted non-2xx status as an answer', async () => {
    const res = await get(new SourceHttp(fast), '/missing', { accept: [404] });
    expect(res.status).toBe(404);
  });

  it('honours Retry-After in seconds, measured at the server', async () => {
    server.inject({ kind: 'status', status: 429, headers: { 'retry-after': '1' }, body: '{"message":"Too many requests"}' });
    await get(new SourceHttp(fast), '/a');
    const [t0, t1] = server.times();
    expect(t1 - t0).toBeGreaterThanOrEqual(990);
  });

  it('honours Retry-After as an HTTP date', async () => {
    // HTTP dates have one-second resolution: "3 s from now" is 2–3 s away.
    const date = new Date(Date.now() + 3000).toUTCString();
    server.inject({ kind: 'status', status: 429, headers: { 'retry-after': date } });
    await get(new SourceHttp(fast), '/a');
    const [t0, t1] = server.times();
    expect(t1 - t0).toBeGreaterThanOrEqual(1500);
  });

  it('fails at once as rate limited when Retry-After is longer than we would wait', async () => {
    server.inject({ kind: 'status', status: 429, headers: { 'retry-after': '3600' } });
    const t = performance.now();
    const err = await get(new SourceHttp(fast), '/a').catch((e) => e);
    expect(err).toBeInstanceOf(SourceRateLimitedError);
    expect(err.retryAfterMs).toBe(3_600_000);
    expect(err.status).toBe(429);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });

  it('Blockscout x-ratelimit-remaining: 0 holds the next request until the announced reset', async () => {
    server.inject({ kind: 'status', status: 200, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '600' }, body: '{"ok":true}' });
    const http = new SourceHttp(fast);
    await get(http, '/a?q=1');
    await get(http, '/a?q=2');
    const [t0, t1] = server.times();
    expect(t1 - t0).toBeGreaterThanOrEqual(590);
  });

  it('a 429 that persists ends as SourceRateLimitedError', async () => {
    for (let i = 0; i < 3; i++) server.inject({ kind: 'status', status: 429 });
    const err = await get(new SourceHttp({ ...fast, retries: 2 }), '/a').catch((e) => e);
    expect(err).toBeInstanceOf(SourceRateLimitedError);
    expect(server.requests).toHaveLength(3);
  });
});

describe('SourceHttp: bad answers and no answers', () => {
  it('a slow response becomes SourceTimeoutError, per attempt', async () => {
    server.inject({ kind: 'delay', ms: 1500 });
    const t = performance.now();
    const err = await get(new SourceHttp({ ...fast, retries: 0, timeoutMs: 200 }), '/a').catch((e) => e);
    expect(err).toBeInstanceOf(SourceTimeoutError);
    expect(err.timeoutMs).toBe(200);
    expect(performance.now() - t).toBeLessThan(1200);
  });

  it('a timeout is retried and the next attempt can succeed', async () => {
    server.inject({ kind: 'delay', ms: 3000 });
    const res = await get(new SourceHttp({ ...fast, retries: 1, timeoutMs: 800 }), '/a');
    expect(res.body).toMatchObject({ ok: true });
  });

  it('malformed JSON becomes MalformedResponseError (not retried)', async () => {
    server.inject({ kind: 'raw', body: '{"items": [1, 2,' });
    const err = await get(new SourceHttp(fast), '/a').catch((e) => e);
    expect(err).toBeInstanceOf(MalformedResponseError);
    expect(err.source).toBe('blockscout');
    expect(err.reason).toBe('not valid JSON');
    expect(server.requests).toHaveLength(1);
  });

  it('an oversized body is refused', async () => {
    const err = await get(new SourceHttp({ ...fast, maxBodyBytes: 100 }), '/big').catch((e) => e);
    expect(err).toBeInstanceOf(MalformedResponseError);
    expect(err.reason).toMatch(/too large/);
  });

  it('a reset connection is retried; a dead host is SourceUnreachableError', async () => {
    server.inject({ kind: 'reset' });
    expect((await get(new SourceHttp(fast), '/a')).body).toMatchObject({ ok: true });

    const dead = await startLoopback(() => ({ json: {} }));
    await dead.close();
    const err = await new SourceHttp({ ...fast, retries: 1 })
      .request({ source: 'snapshot', policy: 'snapshot', url: `${dead.url}/graphql` })
      .catch((e) => e);
    expect(err).toBeInstanceOf(SourceUnreachableError);
    expect(oneLine(err)).toBe('snapshot: unreachable');
  });

  it('never puts the query string (API keys) in an error message', async () => {
    for (let i = 0; i < 2; i++) server.inject({ kind: 'status', status: 500 });
    const err = await get(new SourceHttp({ ...fast, retries: 1 }), '/a?apikey=SECRET').catch((e) => e);
    expect(String(err.message)).not.toContain('SECRET');
    expect(JSON.stringify(err.details ?? '')).not.toContain('SECRET');
  });
});

describe('SourceHttp: AbortSignal', () => {
  it('aborts a request in flight at once with the caller’s reason', async () => {
    server.inject({ kind: 'delay', ms: 3000 });
    const ctrl = new AbortController();
    const t = performance.now();
    setTimeout(() => ctrl.abort(new DOMException('left the page', 'AbortError')), 100);
    const err = await get(new SourceHttp(fast), '/a', { signal: ctrl.signal }).catch((e) => e);
    expect(err.name).toBe('AbortError');
    expect(performance.now() - t).toBeLessThan(1500);
  });

  it('aborts while waiting out a Retry-After', async () => {
    server.inject({ kind: 'status', status: 429, headers: { 'retry-after': '20' } });
    const ctrl = new AbortController();
    const t = performance.now();
    setTimeout(() => ctrl.abort(), 150);
    const err = await get(new SourceHttp(fast), '/a', { signal: ctrl.signal }).catch((e) => e);
    expect(err.name).toBe('AbortError');
    expect(performance.now() - t).toBeLessThan(1500);
    expect(server.requests).toHaveLength(1);
  });

  it('an already aborted signal sends nothing', async () => {
    const err = await get(new SourceHttp(fast), '/a', { signal: AbortSignal.abort() }).catch((e) => e);
    expect(err.name).toBe('AbortError');
    await new Promise((r) => setTimeout(r, 100));
    expect(server.requests).toHaveLength(0);
  });
});

describe('SourceHttp: de-duplication', () => {
  it('the same URL in flight is one request; different URLs or bodies are not', async () => {
    handlerDelay = 200;
    const http = new SourceHttp(fast);
    const same = await Promise.all(Array.from({ length: 5 }, () => get(http, '/a?q=1')));
    expect(server.requests.map((r) => `${r.path}${String(r.query)}`)).toHaveLength(1);
    for (const r of same) expect(r.body).toMatchObject({ q: '1' });

    server.requests.length = 0;
    await Promise.all([get(http, '/a?q=1'), get(http, '/a?q=2')]);
    expect(server.requests).toHaveLength(2);

    server.requests.length = 0;
    const post = (body: string) => get(http, '/g', { method: 'POST', body });
    await Promise.all([post('{"x":1}'), post('{"x":1}'), post('{"x":2}')]);
    expect(server.requests).toHaveLength(2);
    expect(http.pending).toBe(0);
  });

  it('one caller aborting does not cancel the request the others share', async () => {
    handlerDelay = 300;
    const http = new SourceHttp(fast);
    const ctrl = new AbortController();
    const leaving = get(http, '/a?q=shared', { signal: ctrl.signal }).catch((e) => e);
    const staying = get(http, '/a?q=shared');
    setTimeout(() => ctrl.abort(), 50);
    expect((await leaving).name).toBe('AbortError');
    expect((await staying).body).toMatchObject({ q: 'shared' });
    expect(server.requests).toHaveLength(1);
  });

  it('a finished request is not cached: the next call asks again', async () => {
    const http = new SourceHttp(fast);
    await get(http, '/a');
    await get(http, '/a');
    expect(server.requests).toHaveLength(2);
  });
});
