/** Page Proxies and wrappers around the wallet: one check per request, no recursion, no bypass. */
import { afterEach, describe, expect, it } from 'vitest';
import { extensionSide, hook, newPage, sendTx, TestWallet, type PageWindow } from './hook-support';

type Wrap = (o: any) => any;
const wrappers: [string, Wrap][] = [
  ['Reflect.get with the receiver', (o) => new Proxy(o, { get: (t, k, r) => Reflect.get(t, k, r) })],
  ['Reflect.get with the target', (o) => new Proxy(o, { get: (t, k) => Reflect.get(t, k, t) })],
  ['request re-wrapped to call the target', (o) => new Proxy(o, { get: (t, k) => (k === 'request' ? (...a: any[]) => t.request(...a) : t[k]) })],
  ['request re-wrapped to call a saved reference', (o) => new Proxy(o, { get: (t, k) => (k === 'request' ? (a: any) => o.request(a) : t[k]) })],
  [
    'async wrapper that copies the arguments',
    (o) =>
      new Proxy(o, {
        get: (t, k) =>
          k === 'request'
            ? async (a: any) => {
                await Promise.resolve();
                return o.request({ ...a });
              }
            : t[k],
      }),
  ],
  ['traps that ignore writes', (o) => new Proxy(o, { set: () => true, defineProperty: () => true })],
  [
    'traps that throw on writes',
    (o) =>
      new Proxy(o, {
        set: () => {
          throw new Error('no');
        },
        defineProperty: () => {
          throw new Error('no');
        },
      }),
  ],
];

let win: PageWindow;
afterEach(async () => {
  await (win as unknown as { happyDOM: { close(): Promise<void> } }).happyDOM.close();
});

describe('a page that wraps window.ethereum in its own Proxy', () => {
  for (const [name, wrap] of wrappers) {
    for (const decision of ['forward', 'reject'] as const) {
      it(`${name}: one check, ${decision === 'forward' ? 'one call to the wallet' : '4001 and nothing sent'}`, async () => {
        win = newPage();
        const wallet = new TestWallet();
        (win as any).ethereum = wallet;
        const ext = extensionSide(win, () => decision);
        hook(win);
        (win as any).ethereum = wrap((win as any).ethereum);
        const out = await Promise.race([
          (win as any).ethereum.request(sendTx).then(
            () => 'forwarded',
            (e: any) => e.code ?? String(e),
          ),
          new Promise((r) => setTimeout(() => r('hung'), 2000)),
        ]);
        // The page's Proxy wraps the wallet itself (patched in place, not swapped for ours), so
        // even an asynchronous wrapper reaches exactly one guarded function.
        expect(ext.checks).toHaveLength(1);
        if (decision === 'forward') {
          expect(out).toBe('forwarded');
          expect(wallet.calls).toEqual(['eth_sendTransaction']);
        } else {
          expect(out).toBe(4001);
          expect(wallet.calls).toEqual([]);
        }
        // Still the same provider for the dapp: reads pass through.
        expect((win as any).ethereum.isTestWallet).toBe(true);
      });
    }
  }
});

describe('wallets that arrive late', () => {
  it('a window.ethereum defined (defineProperty) long after start-up is still wrapped, with no cut-off', async () => {
    win = newPage();
    const ext = extensionSide(win, () => 'reject');
    hook(win, { watchdogRounds: 2, watchdogMs: 10, slowWatchMs: 40 });
    await new Promise((r) => setTimeout(r, 300)); // well past the fast rounds
    const wallet = new TestWallet();
    Object.defineProperty(win, 'ethereum', { value: wallet, configurable: true, writable: true, enumerable: true });
    await new Promise((r) => setTimeout(r, 100));
    await expect((win as any).ethereum.request(sendTx)).rejects.toMatchObject({ code: 4001 });
    expect(ext.checks).toHaveLength(1);
    expect(wallet.calls).toEqual([]);
  });
});
