/**
 * The guard content script's side of pending decisions: what it tells the background, how a
 * hidden dialog stays answerable from the popup for a bounded time, and who may choose.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { HIDDEN_WAIT_MS, pendingDecisions } from '../../entrypoints/guard.content/pending';
import type { GuardView } from '../../lib/guard/decide';

const VIEW: GuardView = {
  headline: 'danger',
  tokens: [
    { chainId: 1, token: '0x1111111111111111111111111111111111111111', touches: [], status: 'danger', reasons: [], name: 'Risky', symbol: 'RSK' },
  ],
};

describe('pending decisions in the guard content script', () => {
  let sent: Record<string, unknown>[];
  let failSend: boolean;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    sent = [];
    failSend = false;
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (msg: unknown) => {
      if (failSend) throw new Error('no background');
      sent.push(msg as Record<string, unknown>);
      return { ok: true };
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('reports the request at once, again as a heartbeat and when hidden, and says when it ended', async () => {
    const choose = vi.fn();
    const offer = pendingDecisions().offer(VIEW, choose);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent[0]).toMatchObject({
      type: 'guard.waiting',
      hidden: false,
      summary: { headline: 'danger', tokens: [{ label: 'Risky (RSK)', status: 'danger' }] },
    });
    expect(String(sent[0]!.id)).toMatch(/^[0-9a-f]{32}$/);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(2);
    offer.hidden();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent[2]).toMatchObject({ type: 'guard.waiting', hidden: true });
    offer.end();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent[3]).toEqual({ type: 'guard.settled', id: sent[0]!.id });
    await vi.advanceTimersByTimeAsync(HIDDEN_WAIT_MS * 2);
    expect(sent).toHaveLength(4);
    expect(choose).not.toHaveBeenCalled();
  });

  it('a hidden dialog nobody answers ends the request (4001) after HIDDEN_WAIT_MS, not before', async () => {
    const choose = vi.fn();
    const offer = pendingDecisions().offer(VIEW, choose);
    offer.hidden();
    await vi.advanceTimersByTimeAsync(HIDDEN_WAIT_MS - 1);
    expect(choose).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(choose).toHaveBeenCalledWith('reject');
  });

  it('a hidden dialog with no background to offer it ends at once', async () => {
    failSend = true;
    const choose = vi.fn();
    pendingDecisions().offer(VIEW, choose).hidden();
    await vi.advanceTimersByTimeAsync(0);
    expect(choose).toHaveBeenCalledWith('reject');
  });

  it('takes the choice only from the extension itself (no tab sender), for a request it holds', async () => {
    const choose = vi.fn();
    pendingDecisions().offer(VIEW, choose);
    await vi.advanceTimersByTimeAsync(0);
    const id = sent[0]!.id;
    const fromTab = await fakeBrowser.runtime.onMessage.trigger({ type: 'guard.choice', id, decision: 'forward' }, {
      id: browser.runtime.id,
      tab: { id: 3 },
    } as never);
    expect(fromTab).toEqual([undefined]);
    const other = await fakeBrowser.runtime.onMessage.trigger({ type: 'guard.choice', id, decision: 'forward' }, {
      id: 'another-extension',
    } as never);
    expect(other).toEqual([undefined]);
    expect(choose).not.toHaveBeenCalled();
    const unknown = await fakeBrowser.runtime.onMessage.trigger({ type: 'guard.choice', id: 'f'.repeat(32), decision: 'forward' }, {
      id: browser.runtime.id,
    } as never);
    expect(unknown).toEqual([{ ok: false }]);
    const ok = await fakeBrowser.runtime.onMessage.trigger({ type: 'guard.choice', id, decision: 'forward' }, { id: browser.runtime.id } as never);
    expect(ok).toEqual([{ ok: true }]);
    expect(choose).toHaveBeenCalledWith('forward');
  });
});
