/**
 * A JSON-RPC proxy on loopback in front of a real node (Anvil) that misbehaves like public
 * providers do: result caps ("query returned more than 10000 results"), block-range caps, 429 with
 * Retry-After, hangs, HTTP 413, malformed replies, silently truncated log lists. With no faults it is
 * a counting proxy (HTTP requests and JSON-RPC calls per method). Handles JSON-RPC batches.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** When a fault fires, counted over HTTP requests that contain one of `methods` (default eth_getLogs). */
export interface Trigger {
  methods?: string[];
  /** Fire on every n-th matching request (1 = all). Default 1. */
  every?: number;
  /** Fire at most this many times. */
  times?: number;
}

export interface FaultConfig {
  /** eth_getLogs returning more logs than this fails like Infura/Alchemy. */
  resultCap?: number;
  /** Include the "Try with this block range [from, to]" hint in result-cap errors. */
  resultCapHint?: boolean;
  /** eth_getLogs over more blocks than this fails. */
  rangeCap?: number;
  rangeCapMessage?: (max: number) => string;
  rateLimit?: Trigger & { retryAfterSec?: number };
  /** Accept the request and never answer. */
  hang?: Trigger;
  http413?: Trigger;
  /** 200 OK with a body that is not the JSON-RPC answer. */
  malformed?: Trigger & { kind: 'html' | 'truncated-json' | 'null-result' | 'not-a-list' };
  /** Silently drop all logs after the first N of each answer (a lying provider). */
  truncateLogs?: number;
  /** Reply 500 (transient server error). */
  http500?: Trigger;
}

export interface RpcStats {
  httpRequests: number;
  calls: number;
  byMethod: Record<string, number>;
  injected: Record<string, number>;
}

export interface FaultyRpc {
  url: string;
  stats: RpcStats;
  configure(config: FaultConfig): void;
  resetStats(): void;
  close(): Promise<void>;
}

interface JsonRpcCall {
  jsonrpc: '2.0';
  id: number | string | null;
  method: string;
  params?: unknown[];
}

export async function startFaultyRpc(upstream: string, initial: FaultConfig = {}): Promise<FaultyRpc> {
  let config = initial;
  const counters = new Map<string, { seen: number; fired: number }>();
  const stats: RpcStats = { httpRequests: 0, calls: 0, byMethod: {}, injected: {} };
  const sockets = new Set<Socket>();

  const fires = (name: string, trigger: Trigger | undefined, methods: string[]): boolean => {
    if (!trigger) return false;
    const wanted = trigger.methods ?? ['eth_getLogs'];
    if (!methods.some((m) => wanted.includes(m))) return false;
    const c = counters.get(name) ?? { seen: 0, fired: 0 };
    counters.set(name, c);
    c.seen++;
    if (c.seen % (trigger.every ?? 1) !== 0) return false;
    if (trigger.times !== undefined && c.fired >= trigger.times) return false;
    c.fired++;
    stats.injected[name] = (stats.injected[name] ?? 0) + 1;
    return true;
  };

  const forward = async (call: JsonRpcCall): Promise<Record<string, unknown>> => {
    const res = await fetch(upstream, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(call),
    });
    return (await res.json()) as Record<string, unknown>;
  };

  const inject = (name: string) => (stats.injected[name] = (stats.injected[name] ?? 0) + 1);

  const answer = async (call: JsonRpcCall): Promise<Record<string, unknown>> => {
    stats.calls++;
    stats.byMethod[call.method] = (stats.byMethod[call.method] ?? 0) + 1;
    if (call.method === 'eth_getLogs') {
      const filter = (call.params?.[0] ?? {}) as { fromBlock?: string; toBlock?: string };
      const from = hexNumber(filter.fromBlock);
      const to = hexNumber(filter.toBlock);
      if (config.rangeCap !== undefined && from !== undefined && to !== undefined && to - from + 1 > config.rangeCap) {
        inject('rangeCap');
        const message = config.rangeCapMessage?.(config.rangeCap) ?? `exceed maximum block range: ${config.rangeCap}`;
        return { jsonrpc: '2.0', id: call.id, error: { code: -32600, message } };
      }
      const reply = await forward(call);
      const logs = reply.result;
      if (Array.isArray(logs) && config.resultCap !== undefined && logs.length > config.resultCap) {
        inject('resultCap');
        let message = `query returned more than ${config.resultCap} results`;
        if (config.resultCapHint && from !== undefined) {
          const lastOk = Number(BigInt((logs[config.resultCap - 1] as { blockNumber: string }).blockNumber));
          const end = Math.max(from, lastOk - 1);
          message += `. Try with this block range [0x${from.toString(16)}, 0x${end.toString(16)}].`;
        }
        return { jsonrpc: '2.0', id: call.id, error: { code: -32005, message } };
      }
      if (Array.isArray(logs) && config.truncateLogs !== undefined && logs.length > config.truncateLogs) {
        inject('truncateLogs');
        return { ...reply, result: logs.slice(0, config.truncateLogs) };
      }
      return reply;
    }
    return forward(call);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    stats.httpRequests++;
    let body: JsonRpcCall | JsonRpcCall[];
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'parse error' } }));
      return;
    }
    const calls = Array.isArray(body) ? body : [body];
    const methods = calls.map((c) => c.method);

    if (fires('hang', config.hang, methods)) return; // never answer; the socket closes with the proxy
    if (fires('rateLimit', config.rateLimit, methods)) {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(config.rateLimit?.retryAfterSec ?? 1) });
      res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: 429, message: 'Too Many Requests' } }));
      return;
    }
    if (fires('http413', config.http413, methods)) {
      res.writeHead(413, { 'content-type': 'text/plain' });
      res.end('Payload Too Large');
      return;
    }
    if (fires('http500', config.http500, methods)) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal Server Error');
      return;
    }
    if (config.malformed && fires('malformed', config.malformed, methods)) {
      res.writeHead(200, { 'content-type': config.malformed.kind === 'html' ? 'text/html' : 'application/json' });
      const wrap = (result: unknown) => {
        const replies = calls.map((c) => ({ jsonrpc: '2.0', id: c.id, result }));
        return JSON.stringify(Array.isArray(body) ? replies : replies[0]);
      };
      if (config.malformed.kind === 'html') res.end('<html><body>502 Bad Gateway</body></html>');
      else if (config.malformed.kind === 'truncated-json') res.end(wrap([{ address: '0x' }]).slice(0, 25));
      else if (config.malformed.kind === 'null-result') res.end(wrap(null));
      else res.end(wrap({ logs: 'nope' }));
      return;
    }

    const replies = await Promise.all(calls.map(answer));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(Array.isArray(body) ? replies : replies[0]));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(err));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };

  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    configure(next) {
      config = next;
      counters.clear();
    },
    resetStats() {
      stats.httpRequests = 0;
      stats.calls = 0;
      stats.byMethod = {};
      stats.injected = {};
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function hexNumber(v: string | undefined): number | undefined {
  return typeof v === 'string' && /^0x[0-9a-f]+$/i.test(v) ? Number(BigInt(v)) : undefined;
}
