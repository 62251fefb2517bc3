import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL } from '../../lib/guard/bridge/protocol';
import { installHook } from '../../lib/guard/hook/install';
import { listenForChecks } from '../../lib/guard/bridge/ext-bridge';
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
    win.postMessage(
      { channel: CHANNEL, dir: 'to-ext', kind: 'check', id: 'not-an-id', method: 'eth_sendTransaction', payload: '[]', chainId: null },
      '*',
    );
    win.postMessage(
      { channel: CHANNEL, dir: 'to-ext', kind: 'check', id: 'b'.repeat(32), method: 'eth_getBalance', payload: '[]', chainId: null },
      '*',
    );
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
    await eth()
      .request(sendTx)
      .catch(() => undefined);
    await tick(5);
    for (const m of toPage) expect(Object.keys(m as object).sort()).toEqual(expect.arrayContaining(['channel', 'dir', 'id', 'kind']));
    expect(toPage.map((m) => Object.keys(m as object).length)).toEqual([4, 5]);
  });
});

describe('bounded, never unchecked', () => {
  it('beyond 8 open checks, further ones wait their turn: none reaches the wallet unchecked', async () => {
    win = newPage();
    const wallet = new TestWallet();
    (win as unknown as Record<string, unknown>).ethereum = wallet;
    const answers: ((d: 'forward' | 'reject') => void)[] = [];
    const ext = extensionSide(win, () => new Promise((r) => answers.push(r))); // the person has not answered yet
    hook(win);
    const all = Array.from({ length: 10 }, () => eth().request(sendTx) as Promise<unknown>);
    for (const p of all) p.catch(() => undefined);
    await vi.waitFor(() => expect(ext.checks).toHaveLength(8));
    await tick(400); // past the ack timeout: queued checks were acknowledged, so nothing fails open
    expect(wallet.calls).toEqual([]);
    expect(ext.checks).toHaveLength(8);
    // As the person answers, the waiting ones are checked in turn.
    answers[0]!('reject');
    answers[1]!('forward');
    await vi.waitFor(() => expect(ext.checks).toHaveLength(10));
    await expect(all[0]).rejects.toMatchObject({ code: 4001 });
    await expect(all[1]).resolves.toBe('0xhash');
    expect(wallet.calls).toEqual(['eth_sendTransaction']);
    answers[9]!('reject');
    await expect(all[9]).rejects.toMatchObject({ code: 4001 });
    expect(wallet.calls).toEqual(['eth_sendTransaction']);
  });

  it('a flood past the waiting room is rejected, never forwarded', async () => {
    win = newPage();
    const wallet = new TestWallet();
    (win as unknown as Record<string, unknown>).ethereum = wallet;
    listenForChecks(win, { onCheck: () => new Promise(() => undefined), maxOpen: 1, maxQueued: 2 });
    hook(win);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const all = Array.from({ length: 4 }, () => eth().request(sendTx) as Promise<unknown>);
    for (const p of all) p.catch(() => undefined);
    await expect(all[3]).rejects.toMatchObject({ code: 4001 });
    warn.mockRestore();
    expect(wallet.calls).toEqual([]);
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

describe('every request ends, never unchecked', () => {
  const settle = (p: unknown) => new Promise<unknown>((res) => (p as Promise<unknown>).then(res, res));

  it('a page that breaks String.prototype.charCodeAt does not hang a request: it is still checked', async () => {
    const { wallet, ext } = setup('reject');
    const saved = win.String.prototype.charCodeAt;
    restore = () => void (win.String.prototype.charCodeAt = saved);
    win.String.prototype.charCodeAt = () => {
      throw new Error('page broke charCodeAt');
    };
    // Node shares String.prototype with happy-dom: put it back before the test's own code runs.
    const p = eth().request(sendTx) as Promise<unknown>;
    p.catch(() => undefined);
    await tick(0);
    await tick(150);
    win.String.prototype.charCodeAt = saved;
    expect(await settle(p)).toMatchObject({ code: 4001 });
    expect(ext.checks).toHaveLength(1);
    expect(ext.checks[0]!.chainId).toBe('0x1');
    expect(wallet.calls).toEqual([]);
  });

  it('a page setter on Array.prototype[0] does not let a legacy sendAsync batch through unchecked', async () => {
    const { wallet, ext } = setup('reject');
    const had = Object.getOwnPropertyDescriptor(win.Array.prototype, '0');
    restore = () => {
      delete (win.Array.prototype as unknown as Record<string, unknown>)['0'];
      if (had) Object.defineProperty(win.Array.prototype, '0', had);
    };
    Object.defineProperty(win.Array.prototype, '0', {
      set() {},
      get() {
        return undefined;
      },
      configurable: true,
    });
    const out = await new Promise<unknown>((res) =>
      eth().sendAsync({ id: 7, method: 'eth_sendTransaction', params: sendTx.params } as never, (err) => res(err)),
    );
    restore();
    restore = () => {};
    expect(out).toMatchObject({ code: 4001 });
    expect(ext.checks).toHaveLength(1);
    expect(wallet.calls).toEqual([]);
  });

  it('params the guard cannot read as JSON are stopped, not forwarded', async () => {
    const { wallet } = setup('forward');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const tx = { ...sendTx.params[0], value: 10n };
    await expect(eth().request({ method: 'eth_sendTransaction', params: [tx] })).rejects.toMatchObject({ code: 4001 });
    warn.mockRestore();
    expect(wallet.calls).toEqual([]);
  });

  it('a hook path that never posts its check (the bridge broke) ends in 4001 within the bound', async () => {
    win = newPage();
    const wallet = new TestWallet();
    (win as unknown as Record<string, unknown>).ethereum = wallet;
    extensionSide(win, () => 'forward');
    const h = installHook(win, { watchdogRounds: 1, ackTimeoutMs: 300, chainIdTimeoutMs: 50, postGraceMs: 100 })!;
    h.bridge.check = () => {
      throw new Error('guard bug');
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(eth().request(sendTx)).rejects.toMatchObject({ code: 4001 });
    warn.mockRestore();
    expect(wallet.calls).toEqual([]);
  });

  it('send(payload) without a callback is checked too', async () => {
    const { wallet, ext } = setup('reject');
    await expect(eth().send({ id: 3, jsonrpc: '2.0', ...sendTx }) as Promise<unknown>).rejects.toMatchObject({ code: 4001 });
    expect(ext.checks.map((c) => c.method)).toEqual(['eth_sendTransaction']);
    expect(wallet.calls).toEqual([]);
  });
});

describe('unsure is not a reason to skip', () => {
  it('a wallet slow to answer eth_chainId: the check carries the last chain it named', async () => {
    win = newPage();
    const wallet = new TestWallet();
    let slow = false;
    wallet.request = function (this: TestWallet, a: { method: string }) {
      if (a.method === 'eth_chainId' && slow) return new Promise(() => undefined);
      return TestWallet.prototype.request.call(this, a);
    };
    (win as unknown as Record<string, unknown>).ethereum = wallet;
    const ext = extensionSide(win, () => 'forward');
    hook(win);
    await eth().request(sendTx);
    slow = true;
    await eth().request(sendTx);
    expect(ext.checks.map((c) => c.chainId)).toEqual(['0x1', '0x1']);
  });

  it('a transaction checked at eth_signTransaction is not checked again when sent raw', async () => {
    win = newPage();
    const wallet = new TestWallet();
    wallet.request = function (this: TestWallet, a: { method: string }) {
      if (a.method === 'eth_signTransaction') return Promise.resolve('0x02f8aa');
      return TestWallet.prototype.request.call(this, a);
    };
    (win as unknown as Record<string, unknown>).ethereum = wallet;
    const ext = extensionSide(win, () => 'forward');
    hook(win);
    const raw = await eth().request({ method: 'eth_signTransaction', params: sendTx.params });
    expect(raw).toBe('0x02f8aa');
    await eth().request({ method: 'eth_sendRawTransaction', params: [raw] });
    await eth().request({ method: 'eth_sendRawTransaction', params: ['0x02f8bb'] }); // not signed here: checked
    expect(ext.checks.map((c) => c.method)).toEqual(['eth_signTransaction', 'eth_sendRawTransaction']);
  });

  it('a request too large to hand over is still checked (as "too large"), not skipped', async () => {
    const { ext } = setup('reject');
    const big = {
      method: 'eth_sendTransaction',
      params: [{ to: '0x1111111111111111111111111111111111111111', data: '0x095ea7b3' + '00'.repeat(400_000) }],
    };
    await expect(eth().request(big)).rejects.toMatchObject({ code: 4001 });
    expect(ext.checks).toMatchObject([{ tooLarge: true, payload: '' }]);
  });
});
