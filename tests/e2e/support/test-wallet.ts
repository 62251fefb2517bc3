/**
 * A tiny EIP-1193 wallet for end-to-end tests, bundled for the browser. It forwards to
 * Anvil's JSON-RPC (Anvil signs eth_sendTransaction for its unlocked accounts), records every
 * request it receives in `window.__walletSaw` (so a test can prove the wallet saw nothing while
 * the guard's dialog was up), and is announced through window.ethereum and EIP-6963.
 * Config comes from `window.__WALLET = { rpcUrl, account }`.
 */
type Args = { method: string; params?: unknown[] };
type Listener = (...a: unknown[]) => void;

const cfg = (window as unknown as { __WALLET: { rpcUrl: string; account: string } }).__WALLET;
const saw: string[] = [];
(window as unknown as { __walletSaw: string[] }).__walletSaw = saw;

let nextId = 1;
async function rpc(method: string, params: unknown[] = []): Promise<unknown> {
  const res = await fetch(cfg.rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params }),
  });
  const body = (await res.json()) as { result?: unknown; error?: { code: number; message: string; data?: unknown } };
  if (body.error) throw Object.assign(new Error(body.error.message), body.error);
  return body.result;
}

const listeners = new Map<string, Listener[]>();
const batches = new Map<string, string[]>();

const provider = {
  isTestWallet: true,
  async request({ method, params = [] }: Args): Promise<unknown> {
    saw.push(method);
    switch (method) {
      case 'eth_requestAccounts':
      case 'eth_accounts':
        return [cfg.account];
      case 'wallet_getCapabilities':
        return {};
      case 'wallet_sendCalls': {
        const batch = params[0] as { calls: { to: string; data?: string; value?: string }[]; from?: string };
        const hashes: string[] = [];
        for (const c of batch.calls) {
          hashes.push((await rpc('eth_sendTransaction', [{ from: batch.from ?? cfg.account, to: c.to, data: c.data, value: c.value }])) as string);
        }
        const id = `0x${hashes.length.toString(16)}${hashes[0]!.slice(2, 60)}`;
        batches.set(id, hashes);
        return { id };
      }
      case 'wallet_getCallsStatus': {
        const hashes = batches.get(params[0] as string) ?? [];
        const receipts = await Promise.all(hashes.map((h) => rpc('eth_getTransactionReceipt', [h])));
        return { version: '2.0.0', id: params[0], chainId: await rpc('eth_chainId'), status: 200, atomic: false, receipts };
      }
      default:
        return rpc(method, params);
    }
  },
  on(event: string, fn: Listener) {
    listeners.set(event, [...(listeners.get(event) ?? []), fn]);
    return provider;
  },
  removeListener(event: string, fn: Listener) {
    listeners.set(
      event,
      (listeners.get(event) ?? []).filter((f) => f !== fn),
    );
    return provider;
  },
};

// Tests play the wallet's side of events (a chain or account switch) through this handle.
(window as unknown as { __emitWallet: (event: string, ...a: unknown[]) => void }).__emitWallet = (event, ...a) => {
  for (const fn of listeners.get(event) ?? []) fn(...a);
};

// The wallet's own, never-wrapped request function, taken before the page sees the provider:
// tests use it as the baseline for what the hook adds (a real wallet has no such handle).
(window as unknown as { __rawWallet: Pick<typeof provider, 'request'> }).__rawWallet = { request: provider.request.bind(provider) };
(window as unknown as { ethereum: typeof provider }).ethereum = provider;

const info = Object.freeze({
  uuid: '6f1d9c1e-4d7a-4d8b-9a4e-0b5f5d1f2a11',
  name: 'Test Wallet',
  icon: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>',
  rdns: 'dev.whalelens.testwallet',
});
const announce = () => window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info, provider }) }));
window.addEventListener('eip6963:requestProvider', announce);
announce();
