/**
 * Wrapping an EIP-1193 provider without replacing it.
 * - `proxyFor(p)`: a Proxy whose `request`/`send`/`sendAsync` go through the guard; every
 *   other property reads through, functions bound to the real provider (so wallets that rely
 *   on `this` keep working). One Proxy per provider (WeakMap), never a Proxy of a Proxy.
 * - `patchInPlace(p)`: redefines the three methods on the object itself — the default, so the
 *   page keeps the wallet's own object (identity, shape, events); `guard(p)` falls back to the
 *   Proxy when a provider resists (frozen, or a Proxy that throws on or ignores writes).
 * Signing methods are checked; everything else is passed straight to the wallet with no
 * extra promise or tick (the overhead is one lookup).
 */
import type { Decision } from '../bridge/protocol';
import { SIGNING_METHODS } from '../types';
import type { Intrinsics } from './intrinsics';

export type CheckFn = (provider: object, method: string, params: unknown, done: (d: Decision) => void) => void;

const GUARDED = ['request', 'send', 'sendAsync'] as const;
type Guarded = (typeof GUARDED)[number];

export function createWrapper(I: Intrinsics, check: CheckFn, onUnwrappable: (reason: string) => void) {
  const SIGNING = { __proto__: null } as unknown as Record<string, true>;
  for (let i = 0; i < SIGNING_METHODS.length; i++) SIGNING[SIGNING_METHODS[i]!] = true;

  const ours = new I.WeakSet<object>(); // our wrapper functions and proxies
  const proxies = new I.WeakMap<object, object>(); // raw provider → its proxy
  const patched = new I.WeakSet<object>(); // raw providers patched in place
  const bound = new I.WeakMap<object, Record<PropertyKey, { orig: unknown; b: unknown }>>();
  const has = (s: WeakSet<object>, o: object) => I.apply(I.weakSetHas, s, [o]) as boolean;
  const add = (s: WeakSet<object>, o: object) => I.apply(I.weakSetAdd, s, [o]);

  const rejected = () => {
    const err = I.construct(I.Error, ['User rejected the request.']) as Error & { code: number };
    err.code = 4001;
    return err;
  };
  const rpcError = (id: unknown) => ({ id, jsonrpc: '2.0', error: { code: 4001, message: 'User rejected the request.' } });
  const isSigning = (m: unknown) => typeof m === 'string' && SIGNING[m] === true;

  let forwarding = 0;

  const signedHere = { __proto__: null } as unknown as Record<string, true>;
  const remember = (out: unknown) => {
    const keep = (raw: unknown) => {
      if (typeof raw === 'string') signedHere[raw] = true;
    };
    try {
      if (out && typeof (out as { then?: unknown }).then === 'function') {
        const then = I.getPrototypeOf(out as object) === I.promiseProto ? I.promiseThen : (out as { then: typeof I.promiseThen }).then;
        I.apply(then, out, [keep, () => undefined]);
      } else keep(out);
    } catch {
      /* not remembered: the raw send is simply checked again */
    }
  };

  /** Builds the guarded version of one method of `provider`; `orig` is the wallet's function. */
  function guarded(provider: object, name: Guarded, orig: (...a: unknown[]) => unknown) {
    const fn = function (...args: unknown[]): unknown {
      // Always called on the wallet itself, whatever `this` the caller used: our Proxy, a page
      // Proxy around the wallet, or none (a detached reference). Wallets with private fields or
      // internal slots break on any other receiver.
      const self = provider;
      const a0 = args[0];
      if (name === 'request' || (name === 'send' && typeof a0 === 'string')) {
        const method = name === 'request' ? (a0 as { method?: unknown } | null)?.method : a0;
        if (!isSigning(method)) return I.apply(orig, self, args);
        const params = name === 'request' ? (a0 as { params?: unknown }).params : args[1];
        // A wrapper around the wallet (a page Proxy, a library) that calls through to another
        // guarded function while we forward a request it already passed: not a second check
        // (asynchronous re-sends are matched by content in the page bridge).
        if (forwarding > 0) return I.apply(orig, self, args);
        // A transaction this page just had checked and signed (eth_signTransaction) is not
        // checked a second time when it is sent (no second dialog for the same thing).
        if (method === 'eth_sendRawTransaction' && I.apply(I.isArray, undefined, [params])) {
          const raw = (params as unknown[])[0];
          if (typeof raw === 'string' && signedHere[raw] === true) {
            delete signedHere[raw];
            return I.apply(orig, self, args);
          }
        }
        return I.construct(I.Promise, [
          (resolve: (v: unknown) => void, reject: (e: unknown) => void) => {
            check(provider, method as string, params, (d) => {
              if (d === 'reject') return reject(rejected());
              forwarding++;
              try {
                const out = I.apply(orig, self, args);
                if (method === 'eth_signTransaction') remember(out);
                resolve(out);
              } catch (e) {
                reject(e);
              } finally {
                forwarding--;
              }
            });
          },
        ]);
      }
      // sendAsync(payload, cb) / send(payload, cb): the legacy callback forms.
      const cb = args[1];
      if ((name === 'sendAsync' || name === 'send') && typeof cb === 'function' && typeof a0 === 'object' && a0 !== null) {
        // A null-prototype record, not an array: a page setter on Array.prototype[0] must not
        // swallow the entries (that would forward them unchecked).
        const list = { __proto__: null } as unknown as Record<number, { method?: unknown; params?: unknown; id?: unknown }>;
        let count = 0;
        if (I.apply(I.isArray, undefined, [a0])) {
          const arr = a0 as unknown[];
          for (let i = 0; i < arr.length; i++) if (isSigning((arr[i] as { method?: unknown })?.method)) list[count++] = arr[i] as never;
        } else if (isSigning((a0 as { method?: unknown }).method)) list[count++] = a0 as never;
        if (count === 0) return I.apply(orig, self, args);
        let i = 0;
        const next = (d: Decision): void => {
          if (d === 'reject') return void I.apply(cb, undefined, [rejected(), rpcError(list[0]!.id)]);
          if (i >= count) return void I.apply(orig, self, args);
          const item = list[i++]!;
          check(provider, item.method as string, item.params, next);
        };
        next('forward');
        return undefined;
      }
      // send(payload) with no callback: wallets answer non-signing methods synchronously there;
      // a signing one is checked first and its outcome handed back as a promise.
      if (name === 'send' && cb === undefined && typeof a0 === 'object' && a0 !== null && isSigning((a0 as { method?: unknown }).method)) {
        const m = a0 as { method: string; params?: unknown };
        return I.construct(I.Promise, [
          (resolve: (v: unknown) => void, reject: (e: unknown) => void) => {
            check(provider, m.method, m.params, (d) => {
              if (d === 'reject') return reject(rejected());
              try {
                resolve(I.apply(orig, self, args));
              } catch (e) {
                reject(e);
              }
            });
          },
        ]);
      }
      return I.apply(orig, self, args);
    };
    add(ours, fn);
    keepShape(fn, orig);
    return fn;
  }

  /** The wrapper reads like the wallet's own function: same `name` and `length`. */
  function keepShape(fn: object, orig: object) {
    for (const key of ['name', 'length'] as const) {
      try {
        const d = I.getOwnPropertyDescriptor(orig, key);
        if (d && 'value' in d) I.defineProperty(fn, key, { value: d.value, configurable: true, enumerable: false, writable: false });
      } catch {
        /* a Proxy wallet function that throws on inspection: keep ours */
      }
    }
  }

  function isOurs(v: unknown) {
    return (typeof v === 'function' || (typeof v === 'object' && v !== null)) && has(ours, v as object);
  }

  /** Wraps the three methods on the provider object itself. Returns false when it cannot. */
  function patchInPlace(p: object): boolean {
    if (has(patched, p)) return true;
    let ok = true;
    for (let i = 0; i < GUARDED.length; i++) {
      const name = GUARDED[i]!;
      const current = (p as Record<string, unknown>)[name];
      if (typeof current !== 'function' || isOurs(current)) continue;
      const own = I.getOwnPropertyDescriptor(p, name);
      // Our wrapper is already its own property, yet reading it gives something else: `p` is a
      // page Proxy (or getter) over a provider we patched. Redefining would land on that
      // provider and make our wrapper call itself; the Proxy is guarded by proxyFor instead.
      if (own && 'value' in own && isOurs(own.value)) continue;
      const wrapper = guarded(p, name, current as (...a: unknown[]) => unknown);
      let done: boolean;
      try {
        done =
          own && !own.configurable
            ? own.writable === true && I.apply(I.set, undefined, [p, name, wrapper]) === true
            : I.defineProperty(p, name, { value: wrapper, writable: true, configurable: true, enumerable: own?.enumerable ?? false });
        // A wallet Proxy may say yes and keep nothing: patched only if reading it back gives ours.
        if (done) done = isOurs(I.apply(I.get, undefined, [p, name, p]));
      } catch {
        done = false; // a wallet Proxy whose traps throw
      }
      if (!done) ok = false;
    }
    if (ok) add(patched, p);
    else
      onUnwrappable(
        'a wallet provider could not be wrapped in place (frozen, or a Proxy that refuses changes); only requests made through the provider Whale Lens hands out are checked.',
      );
    return ok;
  }

  /** The page or wallet put another `request` on a patched provider: wrap what is there now. */
  function repatch(p: object): boolean {
    I.apply(I.weakSetDelete, patched, [p]);
    return patchInPlace(p);
  }

  /**
   * What the page should see for a wallet provider: the provider itself when it could be patched
   * in place (identity, shape and events exactly the wallet's), else the guarded Proxy.
   */
  function guard<T extends object>(p: T): T {
    return patchInPlace(p) ? p : proxyFor(p);
  }

  /** The Proxy for a provider (created once). A proxy passed in is returned as is. */
  function proxyFor<T extends object>(p: T): T {
    if (has(ours, p)) return p;
    const existing = I.apply(I.weakMapGet, proxies, [p]) as T | undefined;
    if (existing) return existing;
    const cache = { __proto__: null } as unknown as Record<string, unknown>;
    const proxy = new I.Proxy(p, {
      get(target, key) {
        const value = I.apply(I.get, undefined, [target, key, target]) as unknown;
        if (key === 'providers' && I.apply(I.isArray, undefined, [value])) wrapList(value as unknown[]);
        const own = I.getOwnPropertyDescriptor(target, key);
        // Proxy invariant: a non-configurable, non-writable own value must be returned as is.
        if (own && !own.configurable && !own.writable && 'value' in own) return value;
        if (typeof value !== 'function') return value;
        if (isOurs(value)) return value;
        if (typeof key === 'string' && (key === 'request' || key === 'send' || key === 'sendAsync')) {
          const c = cache[key] as { orig: unknown; fn: unknown } | undefined;
          if (c && c.orig === value) return c.fn;
          const fn = guarded(target, key, value as (...a: unknown[]) => unknown);
          cache[key] = { orig: value, fn };
          return fn;
        }
        return bind(target, key, value as (...a: unknown[]) => unknown, proxy);
      },
    });
    add(ours, proxy);
    I.apply(I.weakMapSet, proxies, [p, proxy]);
    return proxy;
  }

  /** Stable bound functions, so `ethereum.on === ethereum.on` still holds. */
  function bind(target: object, key: PropertyKey, fn: (...a: unknown[]) => unknown, proxy: object) {
    let m = I.apply(I.weakMapGet, bound, [target]) as Record<PropertyKey, { orig: unknown; b: unknown }> | undefined;
    if (!m) {
      m = { __proto__: null } as unknown as Record<PropertyKey, { orig: unknown; b: unknown }>;
      I.apply(I.weakMapSet, bound, [target, m]);
    }
    const c = m[key as string];
    if (c && c.orig === fn) return c.b;
    // `on()`/`removeListener()` often return the provider for chaining: hand back the Proxy, not
    // the unguarded object behind it.
    const b = function (this: unknown, ...args: unknown[]) {
      const out = I.apply(fn, target, args);
      return out === target ? proxy : out;
    };
    keepShape(b, fn);
    m[key as string] = { orig: fn, b };
    return b;
  }

  /** `window.ethereum.providers`: each entry is patched in place, or swapped for its proxy. */
  function wrapList(list: unknown[]) {
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      if (typeof p !== 'object' || p === null || has(ours, p) || has(patched, p)) continue;
      if (patchInPlace(p)) continue;
      try {
        list[i] = proxyFor(p);
      } catch {
        /* frozen list: already reported by patchInPlace */
      }
    }
  }

  return { proxyFor, patchInPlace, repatch, guard, wrapList, isOurs, isPatched: (p: object) => has(patched, p) };
}
export type Wrapper = ReturnType<typeof createWrapper>;
