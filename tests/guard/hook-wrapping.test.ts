import { afterEach, describe, expect, it, vi } from 'vitest';
import { extensionSide, hook, newPage, sendTx, TestWallet, tick, type PageWindow } from './hook-support';

let win: PageWindow;
afterEach(async () => {
  await (win as unknown as { happyDOM: { close(): Promise<void> } }).happyDOM.close();
});
const eth = () => (win as unknown as { ethereum: TestWallet }).ethereum;

describe('window.ethereum', () => {
  it('wraps a provider present at start-up; non-signing calls and other members keep working', async () => {
    win = newPage();
    const wallet = new TestWallet();
    (win as unknown as Record<string, unknown>).ethereum = wallet;
    const ext = extensionSide(win);
    hook(win);
    expect(eth()).toBe(wallet); // the wallet itself, patched in place: identity kept
    expect(eth() instanceof TestWallet).toBe(true);
    expect(eth().isTestWallet).toBe(true);
    expect(eth().on).toBe(eth().on); // stable bound functions
    let got: unknown;
    eth().on('accountsChanged', (a) => (got = a));
    wallet.emit('accountsChanged', ['0x1']);
    expect(got).toEqual(['0x1']);
    await expect(eth().request({ method: 'eth_chainId' })).resolves.toBe('0x1');
    await expect(eth().request({ method: 'eth_accounts' })).resolves.toBeNull();
    await tick(10);
    expect(ext.checks).toHaveLength(0);
    // Signing goes through the bridge, then to the wallet unchanged.
    await expect(eth().request(sendTx)).resolves.toBe('0xhash');
    expect(ext.checks).toHaveLength(1);
    expect(ext.checks[0]).toMatchObject({ method: 'eth_sendTransaction', chainId: '0x1' });
    expect(JSON.parse(ext.checks[0]!.payload)).toEqual(sendTx.params);
    expect(wallet.calls).toEqual(['eth_accounts', 'eth_sendTransaction']);
  });

  it('Cancel → EIP-1193 error 4001 and the wallet never sees the request', async () => {
    win = newPage();
    const wallet = new TestWallet();
    (win as unknown as Record<string, unknown>).ethereum = wallet;
    extensionSide(win, () => 'reject');
    hook(win);
    await expect(eth().request(sendTx)).rejects.toMatchObject({ code: 4001, message: 'User rejected the request.' });
    expect(wallet.calls).toEqual([]);
  });

  it('traps a window.ethereum defined later (assignment and configurable defineProperty)', async () => {
    win = newPage();
    const ext = extensionSide(win, () => 'reject');
    const h = hook(win);
    expect(eth()).toBeUndefined();
    const w1 = new TestWallet();
    (win as unknown as Record<string, unknown>).ethereum = w1;
    await expect(eth().request(sendTx)).rejects.toMatchObject({ code: 4001 });
    const w2 = new TestWallet();
    Object.defineProperty(win, 'ethereum', { value: w2, configurable: true, writable: true });
    h.verify(); // the watchdog's round, driven by hand
    await expect(eth().request(sendTx)).rejects.toMatchObject({ code: 4001 });
    await expect(w2.request(sendTx)).rejects.toMatchObject({ code: 4001 });
    expect(w1.calls).toEqual([]);
    expect(w2.calls).toEqual([]);
    expect(ext.checks).toHaveLength(3);
  });

  it('tolerates a non-configurable, non-writable window.ethereum defined by a wallet after start-up', async () => {
    win = newPage();
    const ext = extensionSide(win, () => 'reject');
    const h = hook(win);
    const wallet = new TestWallet();
    // What some wallets do; must not throw "Cannot redefine property: ethereum".
    Object.defineProperty(win, 'ethereum', { value: wallet, configurable: false, writable: false });
    h.verify();
    expect(eth()).toBe(wallet);
    await expect(wallet.request(sendTx)).rejects.toMatchObject({ code: 4001 });
    expect(wallet.calls).toEqual([]);
    expect(ext.checks).toHaveLength(1);
  });

  it('a non-configurable window.ethereum present before start-up is patched in place', async () => {
    win = newPage();
    const wallet = new TestWallet();
    Object.defineProperty(win, 'ethereum', { value: wallet, configurable: false, writable: false });
    extensionSide(win, () => 'reject');
    hook(win);
    await expect(eth().request(sendTx)).rejects.toMatchObject({ code: 4001 });
  });

  it('reports a frozen provider it cannot wrap', async () => {
    win = newPage();
    const wallet = Object.freeze(new TestWallet());
    Object.defineProperty(win, 'ethereum', { value: wallet, configurable: false, writable: false });
    const ext = extensionSide(win);
    hook(win);
    await vi.waitFor(() => expect(ext.bypasses[0]).toMatch(/could not be wrapped/));
  });

  it('notices when the page puts the raw request method back around the hook', async () => {
    win = newPage();
    const wallet = new TestWallet();
    (win as unknown as Record<string, unknown>).ethereum = wallet;
    const ext = extensionSide(win);
    const h = hook(win);
    // Page code reaching around the hook:
    Object.defineProperty(win, 'ethereum', { value: wallet, configurable: true, writable: true });
    h.verify(); // re-adopts it
    (wallet as unknown as { request: unknown }).request = TestWallet.prototype.request;
    Object.defineProperty(win, 'ethereum', { value: wallet, configurable: false, writable: false });
    h.verify();
    await vi.waitFor(() => expect(ext.bypasses.some((b) => /replaced the wallet/.test(b))).toBe(true));
  });
});

describe('several providers', () => {
  it('wraps every entry of window.ethereum.providers', async () => {
    win = newPage();
    const a = new TestWallet();
    const b = new TestWallet();
    const main = Object.assign(new TestWallet(), { providers: [a, b] });
    (win as unknown as Record<string, unknown>).ethereum = main;
    extensionSide(win, () => 'reject');
    hook(win);
    const list = (eth() as unknown as { providers: TestWallet[] }).providers;
    await expect(list[1]!.request(sendTx)).rejects.toMatchObject({ code: 4001 });
    await expect(b.request(sendTx)).rejects.toMatchObject({ code: 4001 });
    expect(b.calls).toEqual([]);
    await expect(list[0]!.request({ method: 'eth_chainId' })).resolves.toBe('0x1');
  });

  it('EIP-6963: the dapp listener gets a guarded provider even though detail is frozen', async () => {
    win = newPage();
    const ext = extensionSide(win, () => 'reject');
    hook(win);
    let seen: TestWallet | undefined;
    win.addEventListener('eip6963:announceProvider', (e) => (seen = (e as unknown as CustomEvent).detail.provider));
    const wallet = new TestWallet();
    const detail = Object.freeze({ info: { uuid: 'x', name: 'Test', icon: 'data:,', rdns: 'test.wallet' }, provider: wallet });
    win.dispatchEvent(new win.CustomEvent('eip6963:announceProvider', { detail }));
    expect(seen).toBe(wallet); // same object, methods wrapped in place
    await expect(seen!.request(sendTx)).rejects.toMatchObject({ code: 4001 });
    expect(wallet.calls).toEqual([]);
    expect(ext.checks).toHaveLength(1);
  });

  it('wraps each provider once: the same wallet via window.ethereum and EIP-6963 is checked once per request', async () => {
    win = newPage();
    const wallet = new TestWallet();
    (win as unknown as Record<string, unknown>).ethereum = wallet;
    const ext = extensionSide(win);
    const h = hook(win);
    win.dispatchEvent(new win.CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info: {}, provider: wallet }) }));
    win.dispatchEvent(new win.CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info: {}, provider: wallet }) }));
    expect(eth()).toBe(wallet); // patched in place: the page and EIP-6963 hand out the same object
    expect(h.wrapper.isPatched(wallet)).toBe(true);
    await eth().request(sendTx);
    await wallet.request(sendTx);
    expect(ext.checks).toHaveLength(2);
    expect(wallet.calls).toEqual(['eth_sendTransaction', 'eth_sendTransaction']);
  });
});

describe('legacy send / sendAsync', () => {
  it('sendAsync with a signing method gets a 4001 callback on Cancel; other calls pass', async () => {
    win = newPage();
    const wallet = new TestWallet();
    (win as unknown as Record<string, unknown>).ethereum = wallet;
    extensionSide(win, () => 'reject');
    hook(win);
    const res = await new Promise<unknown[]>((r) => eth().sendAsync({ id: 7, ...sendTx } as never, (...a) => r(a)));
    expect(res[0]).toMatchObject({ code: 4001 });
    expect(res[1]).toMatchObject({ id: 7, error: { code: 4001 } });
    const ok = await new Promise<unknown[]>((r) => eth().sendAsync({ id: 8, method: 'eth_accounts' } as never, (...a) => r(a)));
    expect(ok[1]).toMatchObject({ id: 8, result: '0xhash' });
    await expect(eth().send('eth_sendTransaction', sendTx.params) as Promise<unknown>).rejects.toMatchObject({ code: 4001 });
    expect(eth().send({ id: 1, method: 'eth_accounts' })).toMatchObject({ result: ['0xabc'] });
    expect(wallet.calls).toEqual(['eth_accounts']);
  });
});
