/**
 * The background's pending decisions: tabs report, extension pages list and choose, the choice
 * goes only to the tab that holds the request, and the toolbar badge says something is waiting.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { wirePendingDecisions } from '../../entrypoints/background/pending';
import type { Badge } from '../../lib/service/badge';

const EXT_ID = fakeBrowser.runtime.id;
const ext = { id: EXT_ID, origin: `chrome-extension://${EXT_ID}/` };
const tab = (tabId: number) => ({ id: EXT_ID, url: 'https://app.example/swap', tab: { id: tabId } });
const popup = { id: EXT_ID, url: `${ext.origin}popup.html` };
const ID = 'ab'.repeat(16);
const SUMMARY = {
  headline: 'danger',
  tokens: [{ chainId: 1, token: '0x1111111111111111111111111111111111111111', label: 'Risky (RSK)', status: 'danger' }],
};

async function say(msg: unknown, sender: object) {
  const answers = await fakeBrowser.runtime.onMessage.trigger(msg, sender as never);
  return answers.find((a: unknown) => a !== undefined);
}

describe('pending decisions in the background', () => {
  let badges: [number, Badge | null][];
  let wired: ReturnType<typeof wirePendingDecisions>;
  beforeEach(() => {
    fakeBrowser.reset();
    badges = [];
    wired = wirePendingDecisions(fakeBrowser as unknown as WxtBrowser, ext, async (tabId, badge) => void badges.push([tabId, badge]));
  });

  it('a tab reports a waiting request: the popup lists it with the tab and site, the badge says so', async () => {
    await wired.setBadge(4, { text: '!!', color: '#C5221F', title: 'Whale Lens: danger' });
    expect(await say({ type: 'guard.waiting', id: ID, hidden: true, summary: SUMMARY }, tab(4))).toEqual({ ok: true });
    const list = (await say({ type: 'guard.pending' }, popup)) as { pending: { tabId: number; site?: string; hidden: boolean }[] };
    expect(list.pending).toMatchObject([{ tabId: 4, site: 'app.example', id: ID, hidden: true, summary: SUMMARY }]);
    expect(badges.at(-1)).toEqual([
      4,
      expect.objectContaining({ text: '1', title: expect.stringMatching(/a request from this page is waiting for you/) }),
    ]);
    // A verdict badge arriving meanwhile does not hide it; it comes back when nothing waits.
    await wired.setBadge(4, { text: '!', color: '#E37400', title: 'Whale Lens: caution' });
    expect(badges.at(-1)![1]!.text).toBe('1');
    await say({ type: 'guard.settled', id: ID }, tab(4));
    expect(badges.at(-1)).toEqual([4, { text: '!', color: '#E37400', title: 'Whale Lens: caution' }]);
  });

  it('a choice from the popup goes to that tab only, for a request it holds', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await say({ type: 'guard.waiting', id: ID, hidden: false, summary: SUMMARY }, tab(4));
    expect(await say({ type: 'guard.choose', tabId: 5, id: ID, decision: 'forward' }, popup)).toEqual({ ok: false });
    expect(sendMessage).not.toHaveBeenCalled();
    expect(await say({ type: 'guard.choose', tabId: 4, id: ID, decision: 'reject' }, popup)).toEqual({ ok: true });
    expect(sendMessage).toHaveBeenCalledWith(4, { type: 'guard.choice', id: ID, decision: 'reject' }, { frameId: 0 });
    expect(((await say({ type: 'guard.pending' }, popup)) as { pending: unknown[] }).pending).toEqual([]);
  });

  it('tabs cannot list or choose; extension pages cannot report; malformed messages get no answer', async () => {
    expect(await say({ type: 'guard.pending' }, tab(4))).toBeUndefined();
    expect(await say({ type: 'guard.choose', tabId: 4, id: ID, decision: 'forward' }, tab(4))).toBeUndefined();
    expect(await say({ type: 'guard.waiting', id: ID, hidden: false, summary: SUMMARY }, popup)).toBeUndefined();
    expect(await say({ type: 'guard.waiting', id: ID, hidden: false, summary: { headline: 'fine' } }, tab(4))).toBeUndefined();
    expect(await say({ type: 'guard.pending' }, { id: 'other-extension', url: 'chrome-extension://other/popup.html' })).toBeUndefined();
  });

  it('a closed or reloaded tab takes its waiting requests with it', async () => {
    await say({ type: 'guard.waiting', id: ID, hidden: false, summary: SUMMARY }, tab(4));
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    expect(wired.store.count(4)).toBe(0);
  });
});
