/**
 * A real HTTP server on 127.0.0.1 (free port) for source tests: the code under test uses the
 * platform's fetch against it, unmodified. It records every request (with its arrival time,
 * so tests can count requests per second at the server) and can inject faults in order:
 * an HTTP status with headers/body, a delay (for timeouts), raw bytes (malformed JSON), a reset.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  /** performance.now() at arrival (same clock as the test process). */
  at: number;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** Serialised with JSON.stringify (use `text` for exact number literals). */
  json?: unknown;
  text?: string;
}

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'delay'; ms: number }
  | { kind: 'raw'; body: string; status?: number }
  | { kind: 'reset' };

export type Handler = (req: RecordedRequest) => Reply | Promise<Reply>;

export interface Loopback {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Queue faults; each is used once by the next request that `match`es (default: any). */
  inject(fault: Fault, match?: (req: RecordedRequest) => boolean): void;
  /** Forget recorded requests and queued faults (between tests). */
  reset(): void;
  /** Times (ms since the first) of the recorded requests matching `match`. */
  times(match?: (req: RecordedRequest) => boolean): number[];
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function send(res: ServerResponse, reply: Reply): void {
  const text = reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
  res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
  res.end(text);
}

export async function startLoopback(handler: Handler): Promise<Loopback> {
  const requests: RecordedRequest[] = [];
  const faults: { fault: Fault; match?: (req: RecordedRequest) => boolean }[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rec: RecordedRequest = {
        at: performance.now(),
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(rec);
      const i = faults.findIndex((f) => !f.match || f.match(rec));
      const fault = i >= 0 ? faults.splice(i, 1)[0].fault : undefined;
      try {
        if (fault?.kind === 'reset') {
          req.socket.destroy();
          return;
        }
        if (fault?.kind === 'status') {
          send(res, { status: fault.status, headers: fault.headers, text: fault.body ?? '' });
          return;
        }
        if (fault?.kind === 'raw') {
          send(res, { status: fault.status ?? 200, text: fault.body });
          return;
        }
        if (fault?.kind === 'delay') {
          await sleep(fault.ms);
          if (res.destroyed || req.socket.destroyed) return;
        }
        send(res, await handler(rec));
      } catch (err) {
        if (!res.headersSent) send(res, { status: 500, json: { message: `loopback handler failed: ${String(err)}` } });
      }
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    inject(fault, match) {
      faults.push({ fault, match });
    },
    reset() {
      requests.length = 0;
      faults.length = 0;
    },
    times(match) {
      const picked = requests.filter((r) => !match || match(r));
      const t0 = picked[0]?.at ?? 0;
      return picked.map((r) => r.at - t0);
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Most requests seen in any window of `windowMs` (half-open) among sorted arrival times. */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < times.length; hi++) {
    while (times[hi] - times[lo] >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}
