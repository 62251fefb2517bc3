import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { wireBackground } from '../../entrypoints/background/wire';
import { createMemoryCache } from '../../lib/cache/index';
import { settingsItem } from '../../lib/settings/store';
import type { ProgressEvent } from '../../lib/messaging/background-protocol';
import { TOKEN, addr, rugReport } from '../fixtures/reports/build';
import { controlledAnalyzer, tick, until } from '../service/fakes';

const EXT_ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const contentSender = (tabId: number, url = 'https://app.uniswap.org/swap') => ({ id: EXT_ID, url, tab: { id: tabId } });
const popupSender = { id: EXT_ID, url: `${ORIGIN}popup.html` };

type Listener = (port: FakePort) => void;
interface FakePort {
  name: string;
  sender: object;
  messages: ProgressEvent[];
  postMessage(m: ProgressEvent): void;
  disconnect(): void;
  onDisconnect: { addListener(fn: () => void): void };
}

function fakePort(name: string, sender: object): FakePort {
  const port: FakePort = {
    name,
    sender,
    messages: [],
    postMessage: (m) => void port.messages.push(m),
    disconnect: () => undefined,
    onDisconnect: { addListener: () => undefined },
  };
  return port;
}

let connectListeners: Listener[];

function wire(analyzer = controlledAnalyzer(rugReport), b: WxtBrowser = fakeBrowser as unknown as WxtBrowser) {
  const wired = wireBackground({ browser: b, analyze: analyzer.analyze, cache: createMemoryCache() });
  return { ...wired, analyzer };
}

async function send(msg: unknown, sender: object): Promise<unknown> {
  const results = await fakeBrowser.runtime.onMessage.trigger(msg, sender as never);
  return results.find((r: unknown) => r !== undefined);
}

beforeEach(() => {
  fakeBrowser.reset();
  connectListeners = [];
  // fake-browser has no runtime.onConnect: a minimal event stands in for it.
  (fakeBrowser.runtime as unknown as { onConnect: unknown }).onConnect = { addListener: (fn: Listener) => connectListeners.push(fn) };
  (fakeBrowser.runtime as unknown as { getPlatformInfo: unknown }).getPlatformInfo = async () => ({ os: 'linux' });
});

describe('background wiring', () => {
  it('answers a content script and sets the badge of its tab', async () => {
    const { ready, analyzer } = wire();
    await ready;
    const state = await send({ type: 'page.detected', target: { kind: 'token', chainId: 1, address: TOKEN } }, contentSender(12));
    expect(state).toMatchObject({ status: 'analysing' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 12 })).toBe('…');
    analyzer.finish();
    await until(async () => (await fakeBrowser.action.getBadgeText({ tabId: 12 })) === '!!');
    expect(await send({ type: 'report.get', chainId: 1, address: TOKEN }, contentSender(12))).toMatchObject({
      status: 'ready',
      assessment: { verdict: 'danger' },
    });
  });

  it('a non-DeFi page gets no badge and causes no analysis', async () => {
    const { ready, analyzer } = wire();
    await ready;
    expect(await send({ type: 'page.detected', target: null }, contentSender(13))).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 13 })).toBe('');
    expect(analyzer.calls).toBe(0);
  });

  it('ignores other extensions, malformed messages and requests a sender may not make', async () => {
    const { ready } = wire();
    await ready;
    expect(await send({ type: 'cache.stats' }, { id: 'evil', url: 'chrome-extension://evil/x.html' })).toBeUndefined();
    expect(await send({ type: 'cache.stats', extra: 1 }, contentSender(1))).toBeUndefined();
    expect(await send({ type: 'report.get', chainId: 1, address: 'nope' }, contentSender(1))).toBeUndefined();
    expect(await send({ type: 'cache.stats' }, popupSender)).toEqual({ reports: 0, bytes: 0 });
  });

  it('token.dismiss persists in the versioned settings item', async () => {
    const { ready } = wire();
    await ready;
    await send({ type: 'token.dismiss', chainId: 1, address: TOKEN, dismissed: true }, popupSender);
    expect((await settingsItem.getValue()).dismissedTokens).toEqual([`1:${TOKEN.toLowerCase()}`]);
    expect(await send({ type: 'report.get', chainId: 1, address: TOKEN }, popupSender)).toEqual({ status: 'dismissed', reason: 'token' });
  });

  it('progress goes to extension pages, and to a tab only for tokens it asked about', async () => {
    const { ready, analyzer } = wire();
    await ready;
    const popup = fakePort('progress', popupSender);
    const asker = fakePort('progress', contentSender(21));
    const bystander = fakePort('progress', contentSender(22));
    const stranger = fakePort('other', popupSender);
    for (const p of [popup, asker, bystander, stranger]) connectListeners.forEach((l) => l(p));
    void send({ type: 'report.get', chainId: 1, address: TOKEN, waitMs: 0 }, contentSender(21));
    await tick();
    analyzer.pending[0].input.onProgress({ phase: 'holders', fraction: 0.5 });
    analyzer.finish();
    await until(() => popup.messages.some((m) => m.progress.phase === 'done'));
    expect(popup.messages.map((m) => m.progress.phase)).toEqual(expect.arrayContaining(['queued', 'holders', 'done']));
    expect(asker.messages.some((m) => m.progress.phase === 'holders' && m.address === TOKEN)).toBe(true);
    expect(bystander.messages).toEqual([]);
    expect(stranger.messages).toEqual([]);
  });

  it('forgets a closed tab', async () => {
    const { ready, analyzer } = wire();
    const svc = await ready;
    await send({ type: 'page.detected', target: { kind: 'token', chainId: 1, address: addr(5) } }, contentSender(30));
    analyzer.finish();
    await fakeBrowser.tabs.onRemoved.trigger(30, { windowId: 1, isWindowClosing: false });
    await tick();
    expect(svc.tabs.get(30)).toEqual({ target: null });
  });

  it('a new document in the tab forgets the old page', async () => {
    const { ready } = wire();
    const svc = await ready;
    await send({ type: 'page.detected', target: { kind: 'token', chainId: 1, address: TOKEN } }, contentSender(31));
    expect(svc.tabs.get(31).target).not.toBeNull();
    await fakeBrowser.tabs.onUpdated.trigger(31, { status: 'loading' }, { id: 31 } as never);
    await until(() => svc.tabs.get(31).target === null);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 31 })).toBe('');
  });

  it('a restarted worker remembers what open tabs show and resumes their analyses', async () => {
    const cache = createMemoryCache();
    const first = controlledAnalyzer(rugReport);
    const w1 = wireBackground({ browser: fakeBrowser as unknown as WxtBrowser, analyze: first.analyze, cache });
    await w1.ready;
    await send({ type: 'page.detected', target: { kind: 'token', chainId: 1, address: TOKEN } }, contentSender(60));
    await send({ type: 'page.detected', target: { kind: 'token', chainId: 1, address: addr(6) } }, contentSender(61));
    first.finish(0);
    await until(async () => (await fakeBrowser.action.getBadgeText({ tabId: 60 })) === '!!');
    // The browser stops the worker: its listeners and memory are gone; session storage and the cache stay.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    const second = controlledAnalyzer(rugReport);
    const w2 = wireBackground({ browser: fakeBrowser as unknown as WxtBrowser, analyze: second.analyze, cache });
    await w2.ready;
    expect(await send({ type: 'tab.state', tabId: 60 }, popupSender)).toMatchObject({
      target: { kind: 'token', address: TOKEN },
      state: { status: 'ready', assessment: { verdict: 'danger' } },
    });
    // Tab 61's analysis never finished: the new worker started it again.
    expect(second.pending.map((p) => p.input.address)).toEqual([addr(6)]);
  });

  it('uses browserAction where there is no action (Firefox MV2)', async () => {
    const texts: [number, string][] = [];
    const mv2 = Object.create(fakeBrowser) as WxtBrowser;
    Object.defineProperty(mv2, 'action', { value: undefined });
    (mv2 as unknown as { browserAction: unknown }).browserAction = {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void texts.push([tabId, text]),
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    };
    const { ready } = wire(controlledAnalyzer(), mv2);
    await ready;
    await send({ type: 'page.detected', target: { kind: 'token', chainId: 999, address: TOKEN } }, contentSender(40));
    expect(texts).toContainEqual([40, '?']);
  });
});
