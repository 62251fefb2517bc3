import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testRpc } from '../../../lib/chain/endpoint/checkRpc';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url === '/down') {
        res.writeHead(503, 'Service Unavailable').end('busy');
        return;
      }
      if (req.url === '/html') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id: 1, result: '<b>hi</b>' }));
        return;
      }
      if (req.url === '/slow') return; // never answers
      const { id, method } = JSON.parse(body) as { id: number; method: string };
      const result = method === 'eth_chainId' ? '0xa' : method === 'eth_blockNumber' ? '0x1234' : undefined;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(result ? { jsonrpc: '2.0', id, result } : { jsonrpc: '2.0', id, error: { code: -32601, message: 'method not found' } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('rpc.test', () => {
  it('reads chain id and block number', async () => {
    expect(await testRpc(`${base}/`)).toEqual({ ok: true, chainId: 10, blockNumber: 0x1234 });
  });
  it('says what went wrong in one line', async () => {
    expect(await testRpc(`${base}/down`)).toEqual({ ok: false, error: 'HTTP 503 Service Unavailable' });
    expect(await testRpc(`${base}/html`)).toEqual({ ok: false, error: 'eth_chainId: not a JSON-RPC answer' });
    expect(await testRpc(`${base}/slow`, { timeoutMs: 200 })).toEqual({ ok: false, error: 'No answer within 0.2 s' });
    expect((await testRpc('http://127.0.0.1:1/')).ok).toBe(false);
  });
});
