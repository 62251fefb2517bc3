/** A GoPlus look-alike: GET /api/v1/token_security/{chainId}?contract_addresses=a → {code, message, result}. */
import { startLoopback, type Loopback, type RecordedRequest, type Reply } from './server';

export async function startGoPlus(entries: Record<string, Record<string, unknown>>): Promise<Loopback> {
  function route(req: RecordedRequest): Reply {
    const m = /^\/api\/v1\/token_security\/(\d+)$/.exec(req.path);
    if (!m) return { status: 404, json: { code: 0, message: 'not found' } };
    const addr = (req.query.get('contract_addresses') ?? '').toLowerCase();
    const entry = entries[`${m[1]}:${addr}`];
    return { json: { code: 1, message: 'OK', result: entry ? { [addr]: entry } : {} } };
  }
  return startLoopback(route);
}
