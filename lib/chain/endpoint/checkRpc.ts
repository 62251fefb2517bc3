/** Options page "Test" button: does this URL answer eth_chainId and eth_blockNumber? */
import { oneLine } from '../../errors';

export type RpcTestResult = { ok: true; chainId: number; blockNumber: number } | { ok: false; error: string };

async function call(fetchFn: typeof fetch, url: string, method: string, id: number, signal: AbortSignal): Promise<number> {
  const res = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id, method, params: [] }),
    signal,
    credentials: 'omit',
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  const body = (await res.json()) as { result?: unknown; error?: { message?: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message ?? 'error'}`);
  if (typeof body.result !== 'string' || !/^0x[0-9a-f]+$/i.test(body.result)) throw new Error(`${method}: not a JSON-RPC answer`);
  return Number.parseInt(body.result, 16);
}

export async function testRpc(url: string, opts: { fetch?: typeof fetch; timeoutMs?: number } = {}): Promise<RpcTestResult> {
  const fetchFn = opts.fetch ?? fetch;
  const signal = AbortSignal.timeout(opts.timeoutMs ?? 8000);
  try {
    const chainId = await call(fetchFn, url, 'eth_chainId', 1, signal);
    const blockNumber = await call(fetchFn, url, 'eth_blockNumber', 2, signal);
    return { ok: true, chainId, blockNumber };
  } catch (err) {
    const e = err as Error;
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return { ok: false, error: `No answer within ${(opts.timeoutMs ?? 8000) / 1000} s` };
    return { ok: false, error: oneLine(err) };
  }
}
