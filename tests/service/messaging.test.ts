import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest } from '../../lib/messaging/validate';
import { classifySender, isAllowed } from '../../lib/service/sender';
import { BackgroundService } from '../../lib/service/service';
import { createMemoryCache } from '../../lib/cache/index';
import { TOKEN } from '../fixtures/reports/build';
import { memorySettings } from './fakes';

describe('parseBackgroundRequest', () => {
  it('accepts every well-formed request and copies only known fields', () => {
    expect(parseBackgroundRequest({ type: 'report.get', chainId: 1, address: TOKEN, waitMs: 2500, evil: '<img>' })).toEqual({
      type: 'report.get',
      chainId: 1,
      address: TOKEN,
      waitMs: 2500,
    });
    expect(parseBackgroundRequest({ type: 'report.cancel', chainId: 10, address: TOKEN })).toBeTruthy();
    expect(parseBackgroundRequest({ type: 'page.detected', target: null })).toEqual({ type: 'page.detected', target: null });
    expect(parseBackgroundRequest({ type: 'page.detected', target: { kind: 'protocol', protocolId: 'aave' } })).toBeTruthy();
    expect(parseBackgroundRequest({ type: 'tab.state', tabId: 3 })).toBeTruthy();
    expect(parseBackgroundRequest({ type: 'token.dismiss', chainId: 1, address: TOKEN, dismissed: false })).toBeTruthy();
    expect(parseBackgroundRequest({ type: 'cache.stats' })).toEqual({ type: 'cache.stats' });
    expect(parseBackgroundRequest({ type: 'cache.clear' })).toEqual({ type: 'cache.clear' });
    expect(parseBackgroundRequest({ type: 'rpc.test', rpcUrl: 'http://127.0.0.1:8545' })).toBeTruthy();
  });

  it('caps waitMs so nothing waits forever', () => {
    expect(parseBackgroundRequest({ type: 'report.get', chainId: 1, address: TOKEN, waitMs: 1e12 })).toMatchObject({ waitMs: 60_000 });
  });

  it.each([
    null,
    'report.get',
    { type: 'report.get', chainId: 1, address: '0x123' },
    { type: 'report.get', chainId: 0, address: TOKEN },
    { type: 'report.get', chainId: 1.5, address: TOKEN },
    { type: 'report.get', chainId: '1', address: TOKEN },
    { type: 'report.get', chainId: 1, address: TOKEN, waitMs: -1 },
    { type: 'report.get', chainId: 1, address: TOKEN, refresh: 'yes' },
    { type: 'page.detected' },
    { type: 'page.detected', target: { kind: 'token', chainId: 1, address: 'x' } },
    { type: 'page.detected', target: { kind: 'protocol', protocolId: '<script>' } },
    { type: 'tab.state', tabId: -1 },
    { type: 'token.dismiss', chainId: 1, address: TOKEN },
    { type: 'rpc.test', rpcUrl: 'javascript:alert(1)' },
    { type: 'rpc.test', rpcUrl: 'not a url' },
    { type: 'settings.steal' },
  ])('rejects %j', (msg) => {
    expect(parseBackgroundRequest(msg)).toBeNull();
  });
});

describe('senders', () => {
  const ext = { id: 'whale-lens', origin: 'chrome-extension://whale-lens/' };
  it('classifies content scripts, extension pages and strangers', () => {
    expect(classifySender({ id: 'whale-lens', url: 'https://app.uniswap.org/swap', tab: { id: 4 } }, ext)).toEqual({
      kind: 'tab',
      tabId: 4,
      hostname: 'app.uniswap.org',
    });
    expect(classifySender({ id: 'whale-lens', url: 'chrome-extension://whale-lens/popup.html' }, ext)).toEqual({ kind: 'extension' });
    expect(classifySender({ id: 'whale-lens', url: 'chrome-extension://whale-lens/options.html', tab: { id: 5 } }, ext)).toEqual({
      kind: 'extension',
    });
    expect(classifySender({ id: 'other-extension', url: 'chrome-extension://whale-lens/popup.html' }, ext)).toBeNull();
    expect(classifySender({ id: 'whale-lens', url: 'https://example.com' }, ext)).toBeNull();
    expect(classifySender(undefined, ext)).toBeNull();
  });
  it('content scripts cannot reach settings, cache or other tabs', () => {
    const tab = { kind: 'tab', tabId: 1 } as const;
    expect(isAllowed('report.get', tab)).toBe(true);
    expect(isAllowed('page.detected', tab)).toBe(true);
    for (const t of ['cache.clear', 'cache.stats', 'tab.state', 'rpc.test'] as const) expect(isAllowed(t, tab)).toBe(false);
    expect(isAllowed('cache.clear', { kind: 'extension' })).toBe(true);
    expect(isAllowed('page.detected', { kind: 'extension' })).toBe(false);
  });
  it('the service ignores what it must not answer', async () => {
    const svc = new BackgroundService({
      cache: createMemoryCache(),
      settings: memorySettings(),
      analyze: async () => {
        throw new Error('no');
      },
    });
    expect(await svc.receive({ type: 'cache.clear' }, { kind: 'tab', tabId: 1 })).toBeUndefined();
    expect(await svc.receive({ type: 'nope' }, { kind: 'extension' })).toBeUndefined();
    expect(await svc.receive({ type: 'cache.stats' }, null)).toBeUndefined();
    expect(await svc.receive({ type: 'cache.stats' }, { kind: 'extension' })).toEqual({ reports: 0, bytes: 0 });
  });
});
