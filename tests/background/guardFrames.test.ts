/**
 * The background relays a subframe's pre-sign check to the top frame of the same tab, and only
 * for our own content scripts in a subframe. (fakeBrowser has no tabs.sendMessage; this stub
 * stands in for the two calls the relay makes. The full path runs in tests/e2e/guard-frames.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { relayFrameChecks } from '../../entrypoints/background/guardFrames';
import { CHANNEL } from '../../lib/guard/bridge/protocol';

const check = {
  channel: CHANNEL,
  dir: 'to-ext',
  kind: 'check',
  id: 'cd'.repeat(16),
  method: 'eth_sendTransaction',
  payload: '[]',
  chainId: null,
} as const;
const msg = { type: 'guard.frame-check', check };
const OURS = 'ext-id';

function relay(top: (tabId: number, m: unknown, opts: unknown) => Promise<unknown>) {
  let listener: ((m: unknown, s: unknown) => unknown) | null = null;
  const sent: { tabId: number; m: unknown; opts: unknown }[] = [];
  const b = {
    runtime: {
      id: OURS,
      getURL: (p: string) => `chrome-extension://${OURS}${p}`,
      onMessage: { addListener: (l: typeof listener) => (listener = l) },
    },
    tabs: {
      sendMessage: (tabId: number, m: unknown, opts: unknown) => {
        sent.push({ tabId, m, opts });
        return top(tabId, m, opts);
      },
    },
  } as unknown as WxtBrowser;
  relayFrameChecks(b);
  return { send: (m: unknown, s: unknown) => listener!(m, s), sent };
}
const frame = { id: OURS, url: 'https://widget.example/', frameId: 3, tab: { id: 7 } };

describe('relayFrameChecks', () => {
  it('asks frame 0 of the sender\u2019s tab and returns its decision', async () => {
    const r = relay(async () => ({ decision: 'reject', extra: 'dropped' }));
    await expect(r.send(msg, frame)).resolves.toEqual({ decision: 'reject' });
    expect(r.sent).toEqual([{ tabId: 7, m: { type: 'guard.top-check', check }, opts: { frameId: 0 } }]);
  });

  it('no top frame to ask (no receiver, or no answer): "unavailable", so the subframe asks itself', async () => {
    await expect(relay(() => Promise.reject(new Error('Receiving end does not exist'))).send(msg, frame)).resolves.toEqual({ unavailable: true });
    await expect(relay(async () => undefined).send(msg, frame)).resolves.toEqual({ unavailable: true });
  });

  it('answers nothing for other senders or malformed checks', () => {
    const r = relay(async () => ({ decision: 'forward' }));
    for (const s of [
      { ...frame, frameId: 0 }, // the top frame itself
      { ...frame, frameId: undefined },
      { ...frame, id: 'another-extension' },
      { ...frame, url: `chrome-extension://${OURS}/guard-frame.html` }, // an extension page framed in a tab
      { ...frame, tab: undefined },
    ])
      expect(r.send(msg, s)).toBeUndefined();
    expect(r.send({ type: 'guard.frame-check', check: { ...check, id: 'x' } }, frame)).toBeUndefined();
    expect(r.send({ type: 'report.get' }, frame)).toBeUndefined();
    expect(r.sent).toEqual([]);
  });
});
