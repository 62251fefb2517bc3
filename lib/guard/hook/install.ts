/**
 * The page-world hook: makes every wallet provider the page can reach go through the guard.
 * - window.ethereum: the wallet's own object, patched in place, in the same kind of property the
 *   wallet made (data or accessor); until a wallet defines it, an accessor of ours catches the
 *   first assignment. A provider that resists patching is handed out as our Proxy instead.
 * - window.ethereum.providers: every entry.
 * - EIP-6963: a capture-phase listener registered at document_start patches
 *   `detail.provider` in place before the dapp's own listener sees it (or, if it resists,
 *   re-announces the same info with our Proxy).
 * - A watchdog re-checks (fast for 3 s, then every second for the page's life) and reports
 *   (console + bridge) when the page or a wallet put an unchecked provider or method back.
 */
import type { Decision } from '../bridge/protocol';
import { captureIntrinsics, type Intrinsics } from './intrinsics';
import { createPageBridge, type PageBridge } from './page-bridge';
import { createWrapper, type Wrapper } from './wrap-provider';

export interface HookOptions {
  ackTimeoutMs?: number;
  /** How long eth_chainId may take before the check goes out without a chain id. */
  chainIdTimeoutMs?: number;
  watchdogMs?: number;
  watchdogRounds?: number;
  /** After the first rounds, how often the watchdog keeps looking. */
  slowWatchMs?: number;
  /** Beyond chainIdTimeoutMs, how long the hook may take to post a check before it stops the request. */
  postGraceMs?: number;
}

export interface InstalledHook {
  wrapper: Wrapper;
  bridge: PageBridge;
  /** Runs one watchdog round now (tests). */
  verify(): void;
}

const MARK = '__whaleLensGuard';

export function installHook(win: Window & typeof globalThis, opts: HookOptions = {}): InstalledHook | null {
  const I = captureIntrinsics(win);
  // One hook per window, even if the script is injected twice.
  if (I.getOwnPropertyDescriptor(win, MARK)) return null;
  I.defineProperty(win, MARK, { value: true, configurable: false, enumerable: false, writable: false });

  const bridge = createPageBridge(win, I, opts.ackTimeoutMs);
  const reported = new I.WeakSet<object>();
  const wrapper = createWrapper(I, checkRequest, (reason) => bridge.reportBypass(reason));

  // Every intercepted request ends. Until the check is posted, the hook itself is the only
  // thing that can fail (a guard bug, a built-in the page broke): past the bound it stops the
  // request (4001) — it never forwards one it could not check. Once posted, the extension
  // answers, or the ack timeout forwards (the extension is gone: the wallet still asks).
  const chainIdTimeout = opts.chainIdTimeoutMs ?? 500;
  // The last chain each wallet named: used when it is slow to answer eth_chainId (the page is
  // most likely still on that chain; the check says which chain it assumed).
  const lastChain = new I.WeakMap<object, string>();
  const stopUnchecked = (done: (d: Decision) => void, why: string) => {
    I.apply(I.consoleWarn, I.console, ['Whale Lens: could not check this request (' + why + '); it was stopped.']);
    done('reject');
  };
  function checkRequest(provider: object, method: string, params: unknown, done: (d: Decision) => void) {
    let over = false;
    let posted = false;
    const once = (d: Decision) => {
      if (over) return;
      over = true;
      done(d);
    };
    const watchdog = I.apply(I.setTimeout, win, [
      () => {
        if (!posted) stopUnchecked(once, 'the guard did not finish');
      },
      chainIdTimeout + (opts.postGraceMs ?? 1000),
    ]);
    try {
      chainIdOf(provider, I, win, chainIdTimeout, lastChain, (chainId) => {
        if (over) return;
        try {
          bridge.check(method, params, chainId, once);
          posted = true;
          I.apply(I.clearTimeout, win, [watchdog]);
        } catch {
          stopUnchecked(once, 'the guard failed');
        }
      });
    } catch {
      stopUnchecked(once, 'the guard failed');
    }
  }

  const isObj = (v: unknown): v is object => (typeof v === 'object' || typeof v === 'function') && v !== null;
  /** Guards a provider; returns what the page should hold: the provider itself, or our Proxy if it resisted. */
  const adopt = (v: unknown) => {
    if (!isObj(v)) return v;
    const out = wrapper.guard(v);
    const list = (v as { providers?: unknown }).providers;
    if (I.apply(I.isArray, undefined, [list])) wrapper.wrapList(list as unknown[]);
    return out;
  };
  const asData = (value: unknown, writable = true, enumerable = true) =>
    I.defineProperty(win, 'ethereum', { value, writable, enumerable, configurable: true });

  // --- window.ethereum -------------------------------------------------------------------
  // Its shape stays the wallet's: a data property stays a data property holding the wallet's
  // own (patched) object, an accessor stays an accessor. Only while no wallet has defined it
  // does the hook keep an accessor of its own, to catch the wallet's first assignment before any
  // page script can read it; that assignment then becomes the data property it would have been.
  let ourGetter: (() => unknown) | null = null;
  function trap(initial: PropertyDescriptor | undefined) {
    const innerGet = initial?.get;
    const innerSet = initial?.set;
    const get = function (this: unknown) {
      return adopt(innerGet ? I.apply(innerGet, win, []) : undefined);
    };
    ourGetter = get;
    I.defineProperty(win, 'ethereum', {
      configurable: true,
      enumerable: initial?.enumerable ?? true,
      get,
      set(v: unknown) {
        if (innerSet) {
          I.apply(innerSet, win, [v]);
          adopt(v);
        } else if (!innerGet) {
          ourGetter = null;
          asData(adopt(v));
        }
      },
    });
    if (innerGet) adopt(I.apply(innerGet, win, []));
  }

  function takeOver() {
    const d = I.getOwnPropertyDescriptor(win, 'ethereum');
    if (ourGetter !== null && d?.get === ourGetter) return;
    if (!d) return trap(undefined);
    if (!('value' in d)) {
      if (d.configurable) return trap(d);
      const v = d.get ? I.apply(d.get, win, []) : undefined;
      if (isObj(v)) wrapper.patchInPlace(v); // non-configurable accessor: the object is all we can change
      return;
    }
    const v = d.value;
    if (!isObj(v) || wrapper.isOurs(v) || wrapper.isPatched(v)) return;
    const out = adopt(v);
    if (out === v) return;
    // The provider resisted patching: the page gets our Proxy, in the same kind of property.
    if (d.configurable) asData(out, d.writable, d.enumerable);
    else if (d.writable) (win as unknown as Record<string, unknown>).ethereum = out;
  }
  takeOver();

  // --- EIP-6963 ----------------------------------------------------------------------------
  I.apply(I.addEventListener, win, [
    'eip6963:announceProvider',
    (ev: Event) => {
      let detail: unknown;
      try {
        detail = I.apply(I.customEventDetail, ev, []);
      } catch {
        return; // not a CustomEvent
      }
      const provider = isObj(detail) ? (detail as { provider?: unknown }).provider : undefined;
      if (!isObj(provider) || wrapper.isOurs(provider) || wrapper.patchInPlace(provider)) return;
      // A provider that cannot be patched in place (frozen, or a Proxy that refuses changes): the
      // dapp never sees this announcement; it gets the same one with our Proxy instead.
      I.apply(I.stopImmediatePropagation, ev, []);
      const again = I.construct(I.CustomEvent, [
        'eip6963:announceProvider',
        { detail: I.freeze({ info: (detail as { info?: unknown }).info, provider: wrapper.proxyFor(provider) }) },
      ]) as Event;
      I.apply(I.dispatchEvent, win, [again]);
    },
    true,
  ]);

  // --- watchdog ----------------------------------------------------------------------------
  function verify() {
    takeOver();
    const d = I.getOwnPropertyDescriptor(win, 'ethereum');
    const raw = d && 'value' in d ? d.value : undefined;
    if (isObj(raw) && wrapper.isPatched(raw)) {
      // Its own `request` is no longer ours (a page Proxy that reads through to ours is fine):
      // wrap the new one, and say so once.
      let own: PropertyDescriptor | undefined;
      try {
        own = I.getOwnPropertyDescriptor(raw, 'request');
      } catch {
        own = undefined;
      }
      const req = own && 'value' in own ? own.value : undefined;
      if (typeof req === 'function' && !wrapper.isOurs(req)) {
        const again = wrapper.repatch(raw);
        if (!(I.apply(I.weakSetHas, reported, [raw]) as boolean)) {
          I.apply(I.weakSetAdd, reported, [raw]);
          bridge.reportBypass(
            again
              ? 'the page replaced the wallet\u2019s request method after Whale Lens wrapped it; Whale Lens wrapped it again.'
              : 'the page replaced the wallet\u2019s request method after Whale Lens wrapped it; its requests are not checked.',
          );
        }
      }
    }
  }
  // Fast at first (wallets inject within the first seconds), then once a second for the
  // page's life: a wallet that defines window.ethereum late, however late, is still wrapped.
  let rounds = opts.watchdogRounds ?? 30;
  const tick = () => {
    verify();
    I.apply(I.setTimeout, win, [tick, --rounds > 0 ? (opts.watchdogMs ?? 100) : (opts.slowWatchMs ?? 1000)]);
  };
  I.apply(I.setTimeout, win, [tick, opts.watchdogMs ?? 100]);
  I.apply(I.addEventListener, win, ['ethereum#initialized', verify, true]);
  I.apply(I.addEventListener, win, ['DOMContentLoaded', verify, true]);

  return { wrapper, bridge, verify };
}

/**
 * The provider's chain id (hex), asked of the wallet itself. After `timeoutMs` without an
 * answer: the last chain this wallet named, else null (a late answer is still remembered).
 */
function chainIdOf(provider: object, I: Intrinsics, win: Window, timeoutMs: number, last: WeakMap<object, string>, cb: (id: string | null) => void) {
  let settled = false;
  const finish = (id: string | null) => {
    if (settled) return;
    settled = true;
    cb(id);
  };
  const heard = (v: unknown) => {
    const id = isHexQuantity(v, I) ? v : typeof v === 'number' && v > 0 ? '0x' + (I.apply(I.numberToString, v, [16]) as string) : null;
    if (id !== null) I.apply(I.weakMapSet, last, [provider, id]);
    finish(id);
  };
  const fallback = () => finish((I.apply(I.weakMapGet, last, [provider]) as string | undefined) ?? null);
  I.apply(I.setTimeout, win, [fallback, timeoutMs]);
  try {
    const req = I.apply(I.get, undefined, [provider, 'request', provider]) as unknown;
    if (typeof req !== 'function') return fallback();
    const r = I.apply(req, provider, [{ method: 'eth_chainId' }]) as unknown;
    if (r && typeof (r as { then?: unknown }).then === 'function') {
      const then = I.getPrototypeOf(r as object) === I.promiseProto ? I.promiseThen : (r as { then: typeof I.promiseThen }).then;
      I.apply(then, r, [heard, fallback]);
    } else heard(r);
  } catch {
    fallback();
  }
}

/** Checked by hand: RegExp.prototype is page-mutable. */
function isHexQuantity(v: unknown, I: Intrinsics): v is string {
  if (typeof v !== 'string' || v.length < 3 || v.length > 18 || v[0] !== '0' || v[1] !== 'x') return false;
  for (let i = 2; i < v.length; i++) {
    const c = I.apply(I.charCodeAt, v, [i]) as number;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}
