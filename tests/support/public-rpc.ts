/**
 * A loopback JSON-RPC endpoint in front of a real node (Anvil) that behaves like a keyless public
 * provider: a fixed delay per HTTP request, HTTP 429 with Retry-After above N requests per second,
 * per-call rate-limit errors inside 200 replies (Alchemy's compute units), a batch size cap,
 * eth_getLogs range and result caps in the providers' own words (with and without a number), a
 * pruned node that keeps only recent state ("missing trie node" / "header not found"), and flaky
 * 503s. Counts HTTP requests and calls. Everything not refused is answered by the node itself.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface PublicRpcConfig {
  /** Added to every HTTP request (a round trip on a real link). */
  latencyMs?: number;
  /** HTTP requests per second (sliding 1 s window) before 429 Too Many Requests. */
  rps?: number;
  retryAfterSec?: number;
  /** Calls per second across all requests; calls over it get a JSON-RPC 429 error each (HTTP 200). */
  callsPerSecond?: number;
  /** JSON-RPC batches longer than this are refused whole. */
  maxBatch?: number;
  /** eth_getLogs block-range cap; `rangeCapText: 'plain'` leaves the number out of the error. */
  rangeCap?: number;
  rangeCapText?: 'number' | 'plain';
  /** eth_getLogs result cap; `resultCapText: 'plain'` leaves the number out of the error. */
  resultCap?: number;
  resultCapText?: 'number' | 'plain';
  /** State (code, storage, calls, balances) is served only for the newest `prunedKeep` blocks. */
  prunedKeep?: number;
  prunedText?: 'missing trie node' | 'header not found';
  /** Every n-th HTTP request answers 503 Service Unavailable. */
  flaky503Every?: number;
  /** eth_call whose data contains this 4-byte selector (hex, no 0x) is always refused (per-call 429). */
  refuseSelector?: string;
  /** eth_getCode older than head − N blocks is always refused with a per-call 429 (a search that cannot finish). */
  refuseOldCode?: number;
}

export interface PublicRpcStats {
  httpRequests: number;
  calls: number;
  byMethod: Record<string, number>;
  /** Refusals by kind: http429, call429, batchCap, rangeCap, resultCap, pruned, http503. */
  refused: Record<string, number>;
}

export interface PublicRpc {
  url: string;
  stats: PublicRpcStats;
  configure(config: PublicRpcConfig): void;
  resetStats(): void;
  close(): Promise<void>;
}

interface Call {
  jsonrpc: '2.0';
  id: number | string | null;
  method: string;
  params?: unknown[];
}

/** Where each state method carries its block parameter. */
const STATE_BLOCK_PARAM: Record<string, number> = {
  eth_getCode: 1,
  eth_call: 1,
  eth_getBalance: 1,
  eth_getTransactionCount: 1,
  eth_getStorageAt: 2,
  eth_getProof: 2,
};

const ALCHEMY_CU =
  'Your app has exceeded its compute units per second capacity. If you have retries enabled, you can safely ignore this message. If not, check out https://docs.alchemy.com/reference/throughput';

export async function startPublicRpc(upstream: string, initial: PublicRpcConfig = {}): Promise<PublicRpc> {
  let config = initial;
  const stats: PublicRpcStats = { httpRequests: 0, calls: 0, byMethod: {}, refused: {} };
  const sockets = new Set<Socket>();
  let requestTimes: number[] = [];
  let callTimes: number[] = [];
  let head: { n: number; at: number } | undefined;
  const refuse = (kind: string) => (stats.refused[kind] = (stats.refused[kind] ?? 0) + 1);

  const forward = async (body: unknown): Promise<unknown> => {
    const res = await fetch(upstream, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return res.json();
  };
  const headBlock = async (): Promise<number> => {
    if (head && Date.now() - head.at < 200) return head.n;
    const r = (await forward({ jsonrpc: '2.0', id: 0, method: 'eth_blockNumber', params: [] })) as { result: string };
    head = { n: Number(BigInt(r.result)), at: Date.now() };
    return head.n;
  };
  const err = (call: Call, code: number, message: string) => ({ jsonrpc: '2.0', id: call.id, error: { code, message } });

  const stateTooOld = async (call: Call): Promise<boolean> => {
    if (config.prunedKeep === undefined) return false;
    const at = STATE_BLOCK_PARAM[call.method];
    if (at === undefined) return false;
    let tag = call.params?.[at];
    if (tag && typeof tag === 'object') tag = (tag as { blockNumber?: string }).blockNumber;
    if (typeof tag !== 'string') return false;
    if (tag === 'earliest') return true;
    if (!/^0x[0-9a-f]+$/i.test(tag)) return false;
    return Number(BigInt(tag)) < (await headBlock()) - config.prunedKeep;
  };

  const answer = async (call: Call): Promise<unknown> => {
    stats.calls++;
    stats.byMethod[call.method] = (stats.byMethod[call.method] ?? 0) + 1;
    if (config.callsPerSecond !== undefined) {
      const now = Date.now();
      callTimes = callTimes.filter((t) => now - t < 1000);
      if (callTimes.length >= config.callsPerSecond) {
        refuse('call429');
        return err(call, 429, ALCHEMY_CU);
      }
      callTimes.push(now);
    }
    if (config.refuseSelector && call.method === 'eth_call') {
      const data = String(
        (call.params?.[0] as { data?: string; input?: string } | undefined)?.data ?? (call.params?.[0] as { input?: string })?.input ?? '',
      );
      if (data.toLowerCase().includes(config.refuseSelector.toLowerCase())) {
        refuse('selector');
        return err(call, 429, ALCHEMY_CU);
      }
    }
    if (config.refuseOldCode !== undefined && call.method === 'eth_getCode') {
      const tag = call.params?.[1];
      if (typeof tag === 'string' && /^0x[0-9a-f]+$/i.test(tag) && Number(BigInt(tag)) < (await headBlock()) - config.refuseOldCode) {
        refuse('oldCode');
        return err(call, 429, 'Too Many Requests');
      }
    }
    if (await stateTooOld(call)) {
      refuse('pruned');
      // geth's answers for state it no longer keeps
      return config.prunedText === 'header not found'
        ? err(call, -32000, 'header not found')
        : err(
            call,
            -32000,
            'missing trie node 9d2b8f1a4c6e07d3b5a1f0e2c4d6b8a0f1e3c5d7b9a1c3e5f7092b4d6f8a0c2e (path ) state 0x0 is not available, not found',
          );
    }
    if (call.method !== 'eth_getLogs') return forward(call);
    const filter = (call.params?.[0] ?? {}) as { fromBlock?: string; toBlock?: string };
    const from = hexNumber(filter.fromBlock) ?? 0;
    const to = hexNumber(filter.toBlock) ?? (await headBlock());
    if (config.rangeCap !== undefined && to - from + 1 > config.rangeCap) {
      refuse('rangeCap');
      // QuickNode states its cap; other public nodes only say "too wide".
      return config.rangeCapText === 'plain'
        ? err(call, -32000, 'query exceeds max block range')
        : err(call, -32614, `eth_getLogs is limited to a ${config.rangeCap.toLocaleString('en-US')} range`);
    }
    const reply = (await forward(call)) as { result?: { blockNumber: string }[] };
    const logs = reply.result;
    if (Array.isArray(logs) && config.resultCap !== undefined && logs.length > config.resultCap) {
      refuse('resultCap');
      if (config.resultCapText === 'plain') return err(call, -32602, 'Log response size exceeded.');
      const lastOk = Number(BigInt(logs[config.resultCap - 1]!.blockNumber));
      const end = Math.max(from, lastOk - 1);
      return err(
        call,
        -32005,
        `query returned more than ${config.resultCap} results. Try with this block range [0x${from.toString(16)}, 0x${end.toString(16)}].`,
      );
    }
    return reply;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    stats.httpRequests++;
    const arrived = Date.now();
    const send = async (status: number, body: unknown, headers: Record<string, string> = {}) => {
      const wait = (config.latencyMs ?? 0) - (Date.now() - arrived);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    let body: Call | Call[];
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(400, { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'parse error' } });
    }
    if (config.flaky503Every && stats.httpRequests % config.flaky503Every === 0) {
      refuse('http503');
      return send(503, 'Service Unavailable', { 'content-type': 'text/plain' });
    }
    if (config.rps !== undefined) {
      requestTimes = requestTimes.filter((t) => arrived - t < 1000);
      if (requestTimes.length >= config.rps) {
        refuse('http429');
        return send(
          429,
          { jsonrpc: '2.0', id: null, error: { code: 429, message: 'Too Many Requests' } },
          { 'retry-after': String(config.retryAfterSec ?? 1) },
        );
      }
      requestTimes.push(arrived);
    }
    if (Array.isArray(body) && config.maxBatch !== undefined && body.length > config.maxBatch) {
      refuse('batchCap');
      return send(200, { jsonrpc: '2.0', id: null, error: { code: -32600, message: `batch too large: ${body.length} > ${config.maxBatch}` } });
    }
    const replies = await Promise.all((Array.isArray(body) ? body : [body]).map(answer));
    return send(200, Array.isArray(body) ? replies : replies[0]);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(e));
    });
  });
  server.keepAliveTimeout = 30_000;
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
      requestTimes = [];
      callTimes = [];
    },
    resetStats() {
      stats.httpRequests = 0;
      stats.calls = 0;
      stats.byMethod = {};
      stats.refused = {};
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
