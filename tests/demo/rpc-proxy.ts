/**
 * A loopback JSON-RPC proxy in front of Anvil, given to the extension as its RPC endpoint: it
 * records every request the extension makes (for the privacy audit) and can be switched off
 * (every connection is reset) to play an RPC outage, then on again.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RpcProxy {
  url: string;
  requests: SeenRequest[];
  setDown(down: boolean): void;
  /** Answer every request this much later (a slow node: analyses stay in flight). */
  setDelay(ms: number): void;
  close(): Promise<void>;
}

export async function startRpcProxy(target: string): Promise<RpcProxy> {
  let down = false;
  let delayMs = 0;
  const requests: SeenRequest[] = [];
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': 'POST, OPTIONS' };
  const server = createServer((req, res) => {
    if (down) return void req.socket.destroy();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      try {
        const upstream = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        res.writeHead(upstream.status, { ...cors, 'content-type': 'application/json' }).end(await upstream.text());
      } catch {
        res.writeHead(502, cors).end();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setDown(d) {
      down = d;
      if (d) server.closeAllConnections();
    },
    setDelay(ms) {
      delayMs = ms;
    },
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
