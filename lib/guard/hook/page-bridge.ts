/**
 * The page-world end of the bridge: posts "check" with a fresh random id and waits for the
 * extension's answer to that id. Every path ends in a decision:
 * - the extension acknowledges within ACK_TIMEOUT_MS, then answers when the person chooses;
 * - no acknowledgement (extension reloaded/disabled/crashed) → "forward", with a console warning:
 *   the guard fails open rather than holding the person's wallet hostage.
 */
import { ACK_TIMEOUT_MS, CHANNEL, MAX_PAYLOAD_CHARS, type Decision } from '../bridge/protocol';
import type { Intrinsics } from './intrinsics';

export interface PageBridge {
  check(method: string, params: unknown, chainId: string | null, done: (d: Decision) => void): void;
  reportBypass(reason: string): void;
}

const HEX = '0123456789abcdef';

export function createPageBridge(win: Window, I: Intrinsics, ackTimeoutMs = ACK_TIMEOUT_MS): PageBridge {
  // A null-prototype record: page code that pollutes Object.prototype cannot add entries.
  const waiting = { __proto__: null } as unknown as Record<string, { done: (d: Decision) => void; timer: ReturnType<typeof setTimeout> | null }>;

  const post = (msg: unknown) => I.apply(I.postMessage, win, [msg, '*']);
  const newId = () => {
    const bytes = new I.Uint8Array(16);
    I.apply(I.getRandomValues, I.crypto, [bytes]);
    let s = '';
    for (let i = 0; i < 16; i++) s += HEX[bytes[i]! >> 4]! + HEX[bytes[i]! & 15]!;
    return s;
  };
  const finish = (id: string, d: Decision) => {
    const w = waiting[id];
    if (!w) return;
    delete waiting[id];
    if (w.timer !== null) I.apply(I.clearTimeout, win, [w.timer]);
    w.done(d);
  };

  I.apply(I.addEventListener, win, [
    'message',
    (ev: MessageEvent) => {
      if (I.apply(I.messageSource, ev, []) !== win) return;
      const m = I.apply(I.messageData, ev, []) as Record<string, unknown> | null;
      if (typeof m !== 'object' || m === null || m.channel !== CHANNEL || m.dir !== 'to-page') return;
      const id = m.id;
      if (typeof id !== 'string' || !waiting[id]) return;
      if (m.kind === 'ack') {
        const w = waiting[id]!;
        if (w.timer !== null) I.apply(I.clearTimeout, win, [w.timer]);
        w.timer = null;
      } else if (m.kind === 'decision' && (m.decision === 'forward' || m.decision === 'reject')) {
        finish(id, m.decision);
      }
    },
    true,
  ]);

  return {
    check(method, params, chainId, done) {
      let payload: string;
      try {
        payload = I.apply(I.jsonStringify, undefined, [params ?? []]) as string;
      } catch {
        // Unreadable as JSON (a BigInt, a throwing toJSON or getter): the guard cannot see what
        // would be signed, and a wallet that clones rather than serialises could still sign it.
        I.apply(I.consoleWarn, I.console, ['Whale Lens: could not read this request; it was stopped.']);
        done('reject');
        return;
      }
      const id = newId();
      const timer = I.apply(I.setTimeout, win, [
        () => {
          if (!waiting[id]) return;
          I.apply(I.consoleWarn, I.console, ['Whale Lens: the extension did not answer; request forwarded to the wallet unchecked.']);
          finish(id, 'forward');
        },
        ackTimeoutMs,
      ]) as ReturnType<typeof setTimeout>;
      waiting[id] = { done, timer };
      // Too large to hand over: say so (the person sees "could not verify"), never skip the check.
      if (payload.length > MAX_PAYLOAD_CHARS)
        post({ channel: CHANNEL, dir: 'to-ext', kind: 'check', id, method, payload: '', chainId, tooLarge: true });
      else post({ channel: CHANNEL, dir: 'to-ext', kind: 'check', id, method, payload, chainId });
    },
    reportBypass(reason) {
      I.apply(I.consoleWarn, I.console, [`Whale Lens: ${reason}`]);
      post({ channel: CHANNEL, dir: 'to-ext', kind: 'bypass', reason });
    },
  };
}
