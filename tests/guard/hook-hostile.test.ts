import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL } from '../../lib/guard/bridge/protocol';
import { installHook } from '../../lib/guard/hook/install';
import { extensionSide, hook, newPage, sendTx, TestWallet, tick, type PageWindow } from './hook-support';

let win: PageWindow;
let restore = () => {};
afterEach(async () => {
  restore();
  restore = () => {};
  await (win as unknown as { happyDOM: { close(): Promise<void> } }).happyDOM.close();
});
const eth = () => (win as unknown as { ethereum: TestWallet }).ethereum;

function setup(decision: 'forward' | 'reject' = 'reject') {
  win = newPage();
  const wallet = new TestWallet();
  (win as unknown as Record<string, unknown>).ethereum = wallet;
  const ext = extensionSide(win, () => decision);
  const h = hook(win);
  return { wallet, ext, h };
}

describe('a page that changes built-ins after start-up', () => {
  it('overriding JSON, Promise, Array.prototype, postMessage and crypto does not subvert the hook', async () => {
    const { wallet, ext } = setup('reject');
    const nativeThen = win.Promise.prototype.then;
    // Test DOMs may share prototypes between windows: put everything back afterwards.
    const saved = {
      push: win.Array.prototype.push,
      iter: win.Array.prototype[Symbol.iterator],
      add: win.EventTarget.prototype.addEventListener,
      grv: win.crypto.getRandomValues,
    };
    restore = () => {
      win.Array.prototype.push = saved.push;
      win.Array.prototype[Symbol.iterator] = saved.iter;
      win.EventTarget.prototype.addEventListener = saved.add;
      win.Promise.prototype.then = nativeThen;
      win.crypto.getRandomValues = saved.grv;
    };
    const sent: unknown[] = [];
    // The page's own code runs after the hook and replaces built-ins.
    win.JSON.stringify = () => '"forged"';
    (win as unknown as { JSON: unknown }).JSON = { stringify: () => '"forged"', parse: () => ({}) };
    win.Array.prototype.push = () => 0;
    (win.Array.prototype as unknown as Record<symbol, unknown>)[Symbol.iterator] = function* () {};
    win.Promise.prototype.then = function () {
      throw new Error('page broke then');
    } as never;
    (win as unknown as { Promise: unknown }).Promise = function FakePromise() {};
    win.postMessage = ((m: unknown) => sent.push(m)) as never;
    win.crypto.getRandomValues = ((a: Uint8Array) => a.fill(0)) as never;
    win.EventTarget.prototype.addEventListener = () => undefined;
    {
      const p = eth().request(sendTx) as Promise<unknown>;
      // The hook's promise is a real one; the test observes it with the then it saved.
      const outcome = await new Promise<unknown>((res) => nativeThen.call(p, res, res));
      expect(outcome).toMatchObject({ code: 4001 });
      expect(sent).toEqual([]); // the hook did not use the page's postMessage
      expect(ext.checks).toHaveLength(1);
      expect(ext.checks[0]!.id).not.toBe('0'.repeat(32)); // nor its getRandomValues
      expect(JSON.parse(ext.checks[0]!.payload)).toEqual(sendTx.params); // nor its JSON
      expect(wallet.calls).toEqual([]);
    }
  });
});

describe('the bridge is not a door', () => {
  it('a forged "forward" for an id the hook never sent is ignored; a forged check for the ext is validated', async () => {
    const { ext } = setup('reject');
    win.postMessage({ channel: CHANNEL, dir: 'to-page', kind: 'decision', id: 'a'.repeat(32), decision: 'forward' }, '*');
    win.postMessage({ channel: CHANNEL, dir: 'to-ext', kind: 'check', id: 'not-an-id', method: 'eth_sendTransaction', payload: '[]', chainId: null }, '*');
    win.postMessage({ channel: CHANNEL, dir: 'to-ext', kind: 'check', id: 'b'.repeat(32), method: 'eth_getBalance', payload: '[]', chainId: null }, '*');
    win.postMessage({ channel: CHANNEL, dir: 'to-ext', kind: 'decision', id: 'c'.repeat(32), decision: 'forward' }, '*');
    await tick(20);
    expect(ext.checks).toHaveLength(0);
    await expect(eth().request(sendTx)).rejects.toMatchObject({ code: 4001 });
  });

  it('the extension answers each id once; a replayed check is ignored', async () => {
    setup('forward');
    const ext2 = { answers: [] as unknown[] };
    win.addEventListener('message', (e) => {
      const d = (e as unknown as MessageEvent).data;
      if (d?.channel === CHANNEL && d.dir === 'to-page') ext2.answers.push(d.kind);
    });
    const msg = { channel: CHANNEL, dir: 'to-ext', kind: 'check', id: 'd'.repeat(32), method: 'eth_sendTransaction', payload: '[]', chainId: '0x1' };
    win.postMessage(msg, '*');
    win.postMessage(msg, '*');
    await vi.waitFor(() => expect(ext2.answers).toEqual(['ack', 'decision']));
    await tick(50);
    expect(ext2.answers).toEqual(['ack', 'decision']);
  });

  it('messages only carry forward/reject back: no settings or reports reach the page', async () => {
    setup('reject');
    const toPage: unknown[] = [];
    win.addEventListener('message', (e) => {
      const d = (e as unknown as MessageEvent).data;
      if (d?.channel === CHANNEL && d.dir === 'to-page') toPage.push(d);
    });
    await eth().request(sendTx).catch(() => undefined);
    await tick(5);
    for (const m of toPage) expect(Object.keys(m as object).sort()).toEqual(expect.arrayContaining(['channel', 'dir', 'id', 'kind']));
    expect(toPage.map((m) => Object.keys(m as object).length)).toEqual([4, 5]);
  });
});

describe('bounded', () => {
  it('beyond 8 open checks, further ones are forwarded unchecked (no dialog stacking)', async () => {
    win = newPage();
    const wallet = new TestWallet();
    (win as unknown as Record<string, unknown>).ethereum = wallet;
    const ext = extensionSide(win, () => new Promise(() => undefined)); // the person never answers
    hook(win);
    const all = Array.from({ length: 10 }, () => eth().request(sendTx));
    await vi.waitFor(() => expect(wallet.calls).toHaveLength(2));
    await expect(all[9]).resolves.toBe('0xhash');
    expect(ext.checks).toHaveLength(8);
  });
});

describe('never hang', () => {
  it('without the extension side the request goes to the wallet after the ack timeout', async () => {
    win = newPage();
    const wallet = new TestWallet();
    (win as unknown as Record<string, unknown>).ethereum = wallet;
    installHook(win, { ackTimeoutMs: 50, chainIdTimeoutMs: 20, watchdogRounds: 1 });
    const t = Date.now();
    await expect(eth().request(sendTx)).resolves.toBe('0xhash');
    expect(Date.now() - t).toBeLessThan(1000);
    expect(wallet.calls).toEqual(['eth_sendTransaction']);
  });

  it('a wallet that never answers eth_chainId does not hold the check', async () => {
    win = newPage();
    const wallet = new TestWallet();
    wallet.request = function (this: TestWallet, a: { method: string }) {
      if (a.method === 'eth_chainId') return new Promise(() => undefined);
      return TestWallet.prototype.request.call(this, a);
    };
    (win as unknown as Record<string, unknown>).ethereum = wallet;
    const ext = extensionSide(win, () => 'forward');
    hook(win);
    await expect(eth().request(sendTx)).resolves.toBe('0xhash');
    expect(ext.checks[0]!.chainId).toBeNull();
  });

  it('installs once per window', () => {
    win = newPage();
    expect(installHook(win, { watchdogRounds: 1 })).not.toBeNull();
    expect(installHook(win, { watchdogRounds: 1 })).toBeNull();
  });
});
