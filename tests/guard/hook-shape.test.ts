/**
 * The wrapped wallet keeps its shape for honest dapps (identity, property kind, function name
 * and length, events, chaining), and wallets that resist patching (Proxies that ignore or throw
 * on writes) are still guarded, never reported as patched when they are not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { extensionSide, hook, newPage, sendTx, TestWallet, type PageWindow } from './hook-support';

let win: PageWindow;
afterEach(async () => {
  await (win as unknown as { happyDOM: { close(): Promise<void> } }).happyDOM.close();
});
const w = () => win as unknown as Record<string, any>;
const desc = () => Object.getOwnPropertyDescriptor(win, 'ethereum')!;

describe('invisible to honest dapps', () => {
  it('a data property stays a data property holding the wallet itself; request keeps its name and length', async () => {
    win = newPage();
    const wallet = new TestWallet();
    Object.defineProperty(win, 'ethereum', { value: wallet, writable: true, enumerable: true, configurable: true });
    const ext = extensionSide(win, () => 'reject');
    hook(win);
    expect(desc()).toEqual({ value: wallet, writable: true, enumerable: true, configurable: true });
    expect(w().ethereum.request).not.toBe(TestWallet.prototype.request); // guarded …
    expect(w().ethereum.request.name).toBe('request'); // … yet reads like the wallet's
    expect(w().ethereum.request.length).toBe(TestWallet.prototype.request.length);
    expect(w().ethereum.sendAsync.length).toBe(2);
    await expect(wallet.request(sendTx)).rejects.toMatchObject({ code: 4001 });
    expect(ext.checks).toHaveLength(1);
  });

  it('a wallet that assigns window.ethereum after start-up gets the data property it would have had', async () => {
    win = newPage();
    extensionSide(win, () => 'reject');
    const h = hook(win);
    const wallet = new TestWallet();
    w().ethereum = wallet;
    expect(desc()).toEqual({ value: wallet, writable: true, enumerable: true, configurable: true });
    await expect(w().ethereum.request(sendTx)).rejects.toMatchObject({ code: 4001 });
    // A second wallet overwriting it later is patched by the watchdog's next round.
    const second = new TestWallet();
    w().ethereum = second;
    h.verify();
    expect(w().ethereum).toBe(second);
    await expect(second.request(sendTx)).rejects.toMatchObject({ code: 4001 });
    expect(second.calls).toEqual([]);
  });

  it('an accessor stays an accessor and hands out the wallet itself', async () => {
    win = newPage();
    extensionSide(win, () => 'reject');
    const h = hook(win);
    const wallet = new TestWallet();
    Object.defineProperty(win, 'ethereum', { get: () => wallet, set: () => undefined, enumerable: true, configurable: true });
    h.verify();
    expect(typeof desc().get).toBe('function');
    expect('value' in desc()).toBe(false);
    expect(w().ethereum).toBe(wallet);
    await expect(w().ethereum.request(sendTx)).rejects.toMatchObject({ code: 4001 });
  });

  it('identity and events: window.ethereum === the EIP-6963 provider; on() returns what the wallet returns', () => {
    win = newPage();
    const wallet = new TestWallet();
    w().ethereum = wallet;
    extensionSide(win);
    hook(win);
    let announced: unknown;
    win.addEventListener('eip6963:announceProvider', (e) => (announced = (e as CustomEvent).detail.provider));
    win.dispatchEvent(new win.CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info: {}, provider: wallet }) }));
    expect(announced).toBe(w().ethereum);
    let got: unknown;
    expect(w().ethereum.on('chainChanged', (c: unknown) => (got = c))).toBe(wallet);
    wallet.emit('chainChanged', '0x2');
    expect(got).toBe('0x2');
    expect(w().ethereum.isTestWallet).toBe(true);
  });
});

describe('wallets that resist patching', () => {
  const resisting: [string, (o: TestWallet) => TestWallet][] = [
    ['a Proxy that ignores writes', (o) => new Proxy(o, { set: () => true, defineProperty: () => true })],
    [
      'a Proxy that throws on writes',
      (o) =>
        new Proxy(o, {
          set: () => {
            throw new Error('read-only wallet');
          },
          defineProperty: () => {
            throw new Error('read-only wallet');
          },
        }),
    ],
  ];
  for (const [name, make] of resisting) {
    it(`${name}, assigned to window.ethereum: not reported patched, still checked, window.ethereum intact`, async () => {
      win = newPage();
      const ext = extensionSide(win, () => 'reject');
      const h = hook(win);
      const raw = new TestWallet();
      const wallet = make(raw);
      expect(() => (w().ethereum = wallet)).not.toThrow();
      expect(h.wrapper.isPatched(wallet)).toBe(false);
      expect(w().ethereum.isTestWallet).toBe(true);
      await expect(w().ethereum.request(sendTx)).rejects.toMatchObject({ code: 4001 });
      expect(raw.calls).toEqual([]);
      expect(ext.checks).toHaveLength(1);
      // on() chaining hands back the guarded provider, not the one behind it.
      const chained = w().ethereum.on('connect', () => undefined);
      expect(chained).toBe(w().ethereum);
      await expect(chained.request(sendTx)).rejects.toMatchObject({ code: 4001 });
      expect(raw.calls).toEqual([]);
      await new Promise((r) => setTimeout(r, 20));
      expect(ext.bypasses.some((b) => /could not be wrapped/.test(b))).toBe(true);
    });

    it(`${name}, announced through EIP-6963: the dapp receives a guarded provider, once per announcement`, async () => {
      win = newPage();
      const ext = extensionSide(win, () => 'reject');
      hook(win);
      const raw = new TestWallet();
      const wallet = make(raw);
      const seen: any[] = [];
      win.addEventListener('eip6963:announceProvider', (e) => seen.push((e as CustomEvent).detail));
      const info = Object.freeze({ uuid: 'u', name: 'W', icon: '', rdns: 'w.test' });
      for (let i = 0; i < 3; i++)
        win.dispatchEvent(new win.CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info, provider: wallet }) }));
      expect(seen).toHaveLength(3);
      expect(seen[0].info).toBe(info);
      expect(seen[1].provider).toBe(seen[0].provider); // re-announced: the same guarded provider
      await expect(seen[0].provider.request(sendTx)).rejects.toMatchObject({ code: 4001 });
      expect(raw.calls).toEqual([]);
      expect(ext.checks).toHaveLength(1);
    });
  }

  it('a re-announced, patchable wallet: the same object every time, one check per request', async () => {
    win = newPage();
    const ext = extensionSide(win);
    hook(win);
    const wallet = new TestWallet();
    const seen: unknown[] = [];
    win.addEventListener('eip6963:announceProvider', (e) => seen.push((e as CustomEvent).detail.provider));
    for (let i = 0; i < 3; i++)
      win.dispatchEvent(new win.CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info: {}, provider: wallet }) }));
    expect(seen).toEqual([wallet, wallet, wallet]);
    await wallet.request(sendTx);
    expect(ext.checks).toHaveLength(1);
    expect(wallet.calls).toEqual(['eth_sendTransaction']);
  });
});
