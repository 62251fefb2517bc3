/**
 * A loopback JSON-RPC / indexer endpoint the extension is configured to use in e2e tests. It
 * records every request (the privacy assertions count them) and forwards to `upstream` (an
 * Anvil node) when given, otherwise answers each call with a JSON-RPC error.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingEndpoint {
  url: string;
  requests: { method: string; path: string; body: string }[];
  close(): Promise<void>;
}

export async function startRecordingEndpoint(upstream?: string): Promise<RecordingEndpoint> {
  const requests: RecordingEndpoint['requests'] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    requests.push({ method: req.method ?? '', path: req.url ?? '/', body });
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    if (upstream && req.method === 'POST') {
      try {
        const r = await fetch(upstream, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        return void res.writeHead(r.status, { ...cors, 'content-type': 'application/json' }).end(await r.text());
      } catch {
        return void res.writeHead(502, cors).end();
      }
    }
    res
      .writeHead(200, { ...cors, 'content-type': 'application/json' })
      .end(JSON.stringify({ jsonrpc: '2.0', id: 1, error: { code: -32000, message: 'loopback: not available' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
