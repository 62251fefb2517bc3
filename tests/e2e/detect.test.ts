/**
 * Page detection in real Chromium with the built extension. Real hostnames resolve to a
 * loopback server (--host-resolver-rules); the extension's RPC and indexer URLs point at a
 * recording loopback endpoint, so "no network request" is checked at the servers themselves
 * as well as in the browser (context 'request' events include the service worker's).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startSiteServer, PAIR, UNI, type SiteServer } from './support/sites/server';
import { startRecordingEndpoint, type RecordingEndpoint } from './support/sites/rpc';
import { badgeStyle, badgeText } from './support/sites/badge';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';

const HOSTS = ['app.uniswap.org', 'etherscan.io', 'example.org', 'news.example.com', 'dextools.io', 'www.dextools.io'];
const BADGE_STATES = /Analysing|Not verified|Could not check|Caution|Danger|No concerns found/;

describe('detection in Chromium', () => {
  let b: ExtensionBrowser;
  let sites: SiteServer;
  let rpc: RecordingEndpoint;
  let requests: Request[] = [];
  let seen: () => Promise<unknown[]>;

  beforeAll(async () => {
    sites = await startSiteServer();
    rpc = await startRecordingEndpoint();
    b = await launchWithExtension({ extensionDir: inject('extensionDir'), hostRules: sites.hostRules(HOSTS) });
    b.context.on('request', (r) => requests.push(r));
    // Every endpoint the extension may call is the recording endpoint.
    const chains = DEFAULT_SETTINGS.chains.map((c) => ({ ...c, rpcUrl: rpc.url, blockscoutUrl: rpc.url }));
    await b.worker.evaluate(
      async (settings) => {
        const g = globalThis as unknown as { chrome: any; __seen: unknown[] };
        await g.chrome.storage.local.set({ settings });
        // A second listener that only records what content scripts send (it never answers).
        g.__seen = [];
        g.chrome.runtime.onMessage.addListener((m: unknown) => {
          g.__seen.push(m);
        });
      },
      { ...DEFAULT_SETTINGS, chains, snapshotUrl: rpc.url },
    );
    seen = () => b.worker.evaluate(() => (globalThis as unknown as { __seen: unknown[] }).__seen.splice(0));
  });
  afterAll(async () => {
    await b?.close();
    await sites?.close();
    await rpc?.close();
  });
  beforeEach(async () => {
    requests = [];
    rpc.requests.length = 0;
    await seen();
  });

  async function open(url: string): Promise<Page> {
    const page = await b.context.newPage();
    await page.goto(url);
    return page;
  }

  // First in the file: a token page opened earlier keeps its analysis (and its Snapshot lookup)
  // running in the background, which is right for that page but would be counted here.
  it('shows nothing, sends nothing and fetches nothing on unmatched pages', async () => {
    for (const url of ['http://example.org/', 'http://news.example.com/2026/11/whales', 'http://etherscan.io/blocks']) {
      const page = await b.context.newPage();
      // The page listens for anything the extension might post to it.
      await page.addInitScript(() => {
        const w = window as unknown as { __posted: unknown[] };
        w.__posted = [];
        window.addEventListener('message', (e) => w.__posted.push(e.data));
      });
      await page.goto(url);
      await page.waitForTimeout(1500);
      expect(await badgeText(page)).toBeNull();
      // Nothing from the detect script (other content scripts are checked by their own tests).
      const posted = await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
      expect(JSON.stringify(posted)).not.toMatch(/detect/);
      expect(await page.evaluate(() => document.body.childElementCount)).toBe(2);
      await page.close();
    }
    expect(await seen()).toEqual([]);
    expect(rpc.requests).toEqual([]);
    const hosts = new Set(requests.map((r) => new URL(r.url()).hostname));
    expect([...hosts].sort()).toEqual(['etherscan.io', 'example.org', 'news.example.com']);
    expect(requests.filter((r) => r.serviceWorker() !== null)).toEqual([]);
  });

  it('shows the badge on a token page and sends only the target', async () => {
    const page = await open(`http://etherscan.io/token/${UNI}`);
    await expect.poll(() => badgeText(page), { timeout: 15_000 }).toMatch(BADGE_STATES);
    const messages = await seen();
    expect(messages[0]).toEqual({ type: 'page.detected', target: { kind: 'token', chainId: 1, address: UNI.toLowerCase() } });
    expect(JSON.stringify(messages)).not.toContain('etherscan');
    // Unknown is not safe: with every endpoint failing the badge is never green.
    await page.waitForTimeout(1500);
    expect(await badgeText(page)).not.toMatch(/No concerns found/);
    // The verdict for a real token on a loopback chain is asserted in detect-verdict.test.ts.
    await page.close();
  });

  it('follows the colour scheme and reduced-motion preferences, and stays out of the site’s CSS', async () => {
    const styles: Record<string, Record<string, string> | null> = {};
    for (const [name, media] of [
      ['light', { colorScheme: 'light', reducedMotion: 'no-preference' }],
      ['dark', { colorScheme: 'dark', reducedMotion: 'reduce' }],
    ] as const) {
      const page = await b.context.newPage();
      await page.emulateMedia(media);
      await page.goto(`http://etherscan.io/token/${UNI}`);
      // A hostile site stylesheet: it must not reach into the badge.
      await page.addStyleTag({ content: '* { color: rgb(1, 2, 3) !important; font-size: 40px !important; } section { display: none !important; }' });
      await expect.poll(() => badgeText(page), { timeout: 15_000 }).toMatch(BADGE_STATES);
      styles[name] = await badgeStyle(page, ['background-color', 'color', 'transition-duration', 'position', 'display', 'font-size']);
      await page.close();
    }
    expect(styles.light).toMatchObject({ 'background-color': 'rgb(255, 255, 255)', position: 'fixed', display: 'block', 'font-size': '13px' });
    expect(styles.dark?.['background-color']).toBe('rgb(27, 31, 39)');
    expect(styles.dark?.color).not.toBe('rgb(1, 2, 3)');
    expect(styles.light?.['transition-duration']).not.toBe('0s');
    expect(styles.dark?.['transition-duration']).toBe('0s');
  });

  it('does not let a page probe for the badge chunk at a fixed extension URL', async () => {
    const page = await open('http://example.org/');
    const probe = await page.evaluate(async (url) => {
      try {
        return (await fetch(url)).status;
      } catch {
        return 'blocked';
      }
    }, `chrome-extension://${b.extensionId}/detect-badge.js`);
    expect(probe).toBe('blocked');
    await page.close();
  });

  it('re-detects on single-page navigation', async () => {
    const page = await open('http://app.uniswap.org/');
    await expect.poll(() => badgeText(page), { timeout: 15_000 }).toMatch(BADGE_STATES);
    expect(await seen()).toEqual([{ type: 'page.detected', target: { kind: 'protocol', protocolId: 'uniswap' } }]);

    await page.click('#to-token');
    await expect
      .poll(seen, { timeout: 5_000 })
      .toEqual([{ type: 'page.detected', target: { kind: 'token', chainId: 1, address: UNI.toLowerCase() } }]);
    expect(await badgeText(page)).toMatch(BADGE_STATES);
    await page.close();
  });

  it('shows the badge after in-app navigation from an unmatched page, and removes it on the way back', async () => {
    const page = await open('http://www.dextools.io/app/en/ether');
    await page.waitForTimeout(1000);
    expect(await badgeText(page)).toBeNull();
    expect(await seen()).toEqual([]);

    await page.click('#to-pair');
    await expect.poll(() => badgeText(page), { timeout: 15_000 }).toMatch(BADGE_STATES);
    expect(await seen()).toContainEqual({ type: 'page.detected', target: { kind: 'token', chainId: 1, address: PAIR.toLowerCase() } });

    await page.click('#to-home');
    await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBeNull();
    expect(await seen()).toContainEqual({ type: 'page.detected', target: null });
    await page.close();
  });
});
