/** A fresh happy-dom window per test, a tiny EIP-1193 wallet, and the extension end of the bridge. */
import { Window as HappyWindow } from 'happy-dom';
import { listenForChecks, type CheckMessage } from '../../lib/guard/bridge/ext-bridge';
import type { Decision } from '../../lib/guard/bridge/protocol';
import { installHook, type HookOptions } from '../../lib/guard/hook/install';

export type PageWindow = Window & typeof globalThis;

export function newPage(): PageWindow {
  return new HappyWindow({ url: 'https://dapp.test/' }) as unknown as PageWindow;
}

/** A wallet provider with a private field (breaks if called with the wrong `this`). */
export class TestWallet {
  #calls: { method: string; params?: unknown }[] = [];
  isTestWallet = true;
  chainId = '0x1';
  private listeners = new Map<string, ((...a: unknown[]) => void)[]>();
  request(args: { method: string; params?: unknown }): Promise<unknown> {
    this.#calls.push(args);
    if (args.method === 'eth_chainId') return Promise.resolve(this.chainId);
    if (args.method === 'eth_sendTransaction') return Promise.resolve('0xhash');
    return Promise.resolve(null);
  }
  sendAsync(payload: { id: number; method: string }, cb: (err: unknown, res?: unknown) => void) {
    this.#calls.push(payload);
    cb(null, { id: payload.id, jsonrpc: '2.0', result: '0xhash' });
  }
  send(a: unknown, b?: unknown): unknown {
    if (typeof a === 'string') return this.request({ method: a, params: b });
    if (typeof b === 'function') return this.sendAsync(a as never, b as never);
    return { id: (a as { id: number }).id, jsonrpc: '2.0', result: ['0xabc'] };
  }
  on(event: string, fn: (...a: unknown[]) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  emit(event: string, ...a: unknown[]) {
    for (const fn of this.listeners.get(event) ?? []) fn(...a);
  }
  get calls() {
    return this.#calls.filter((c) => c.method !== 'eth_chainId').map((c) => c.method);
  }
}

export const sendTx = {
  method: 'eth_sendTransaction',
  params: [{ from: '0x5555555555555555555555555555555555555555', to: '0x1111111111111111111111111111111111111111', data: '0x095ea7b3' }],
};

/** The extension end: records checks and answers with `decide`. */
export function extensionSide(win: PageWindow, decide: (m: CheckMessage) => Decision | Promise<Decision> = () => 'forward') {
  const checks: CheckMessage[] = [];
  const bypasses: string[] = [];
  const stop = listenForChecks(win, {
    onCheck: async (m) => {
      checks.push(m);
      return decide(m);
    },
    onBypass: (r) => bypasses.push(r),
  });
  return { checks, bypasses, stop };
}

export function hook(win: PageWindow, opts: HookOptions = {}) {
  return installHook(win, { watchdogRounds: 1, ackTimeoutMs: 300, chainIdTimeoutMs: 100, ...opts })!;
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
