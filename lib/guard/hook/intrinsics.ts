/**
 * Built-ins the page hook relies on, captured when the hook starts (document_start, before any
 * page script). A page that later replaces JSON, Promise, Array.prototype, postMessage or
 * crypto cannot change what the hook does with them. The hook also avoids syntax that
 * reaches for page-mutable built-ins (array spread/for-of use Array.prototype[Symbol.iterator];
 * await reads Promise.prototype.then) — it uses indexed loops and callbacks instead.
 */
export function captureIntrinsics(win: Window & typeof globalThis) {
  const R = win.Reflect;
  const desc = (o: object, k: string) => R.getOwnPropertyDescriptor(o, k);
  // Browsers define event fields as prototype getters; some test DOMs use own fields instead.
  const getter = (o: object, k: string) =>
    (desc(o, k)?.get as ((this: unknown) => unknown) | undefined) ??
    function (this: unknown) {
      return (this as Record<string, unknown>)[k];
    };
  return {
    apply: R.apply,
    get: R.get,
    set: R.set,
    construct: R.construct,
    defineProperty: R.defineProperty,
    getOwnPropertyDescriptor: R.getOwnPropertyDescriptor,
    getPrototypeOf: R.getPrototypeOf,
    isExtensible: R.isExtensible,
    // (Test DOMs such as happy-dom do not put Proxy on their window; browsers do.)
    Proxy: (win as { Proxy?: ProxyConstructor }).Proxy ?? Proxy,
    Promise: win.Promise,
    promiseThen: win.Promise.prototype.then,
    promiseProto: win.Promise.prototype,
    Error: win.Error,
    WeakSet: win.WeakSet,
    WeakMap: win.WeakMap,
    Uint8Array: win.Uint8Array,
    weakSetHas: win.WeakSet.prototype.has,
    weakSetAdd: win.WeakSet.prototype.add,
    weakSetDelete: win.WeakSet.prototype.delete,
    weakMapGet: win.WeakMap.prototype.get,
    weakMapSet: win.WeakMap.prototype.set,
    functionBind: win.Function.prototype.bind,
    isArray: win.Array.isArray,
    jsonStringify: win.JSON.stringify,
    stringSlice: win.String.prototype.slice,
    charCodeAt: win.String.prototype.charCodeAt,
    numberToString: win.Number.prototype.toString,
    postMessage: win.postMessage,
    addEventListener: win.EventTarget.prototype.addEventListener,
    dispatchEvent: win.EventTarget.prototype.dispatchEvent,
    stopImmediatePropagation: win.Event.prototype.stopImmediatePropagation,
    CustomEvent: win.CustomEvent,
    freeze: win.Object.freeze,
    getRandomValues: win.crypto.getRandomValues,
    crypto: win.crypto,
    setTimeout: win.setTimeout,
    clearTimeout: win.clearTimeout,
    consoleWarn: win.console.warn,
    console: win.console,
    messageData: getter(win.MessageEvent.prototype, 'data'),
    messageSource: getter(win.MessageEvent.prototype, 'source'),
    customEventDetail: getter(win.CustomEvent.prototype, 'detail'),
  };
}
export type Intrinsics = ReturnType<typeof captureIntrinsics>;
