/**
 * Firefox smoke: the Firefox build (MV2) installed in Debian's Firefox ESR, driven over WebDriver
 * BiDi, on the demo's world (tests/demo) and the Chromium suite's loopback sites. Set up the way
 * a person would: a custom chain and a site rule typed into Options. Then the badge on a
 * site-rule page and on an explorer URL, the pre-sign guard (Cancel → 4001, Continue → mined, a
 * healthy swap passes), the popup's report, the IndexedDB cache, and consoles (stdout and the
 * Browser Console) free of extension errors and manifest warnings. Screenshots: tests/artifacts/firefox-*.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseEther, type Address } from 'viem';
import type { Page } from 'puppeteer-core';
import { freePort, startAnvil, type AnvilNode } from '../support/anvil';
import { clientsFor, installMulticall3, type Clients } from '../support/chain';
import { deployNamed } from '../support/scenarios/tx';
import { deployDemoWorld, DEMO_USER, GENESIS_TIMESTAMP, type DemoWorld } from '../demo/world';
import { startDemoDapp, type DemoDapp } from '../demo/dapp-server';
import { DEMO_CHAIN_NAME } from '../demo/configure-extension';
import { startSiteServer, type SiteServer } from '../e2e/support/sites/server';
import {
  aboutExtension,
  browserConsole,
  consoleProblems,
  EXTENSION_UUID,
  FIREFOX_OWN,
  launchFirefox,
  openExtensionPage,
  type ConsoleEntry,
  type FirefoxWithExtension,
} from './support/firefox';
import { badgeText, clickDialogButton, guardDialog, waitForDialog } from './support/shadow';
import { result, start, walletSaw } from './support/dapp-calls';

const artifacts = fileURLToPath(new URL('../artifacts', import.meta.url));
const VERDICT = /^(Danger|Caution|No concerns found|Could not check)/;

describe('Whale Lens in Firefox', () => {
  let anvil: AnvilNode;
  let mainnet: AnvilNode;
  let c: Clients;
  let world: DemoWorld;
  let mainnetRisky: Address;
  let dapp: DemoDapp;
  let sites: SiteServer;
  let ff: FirefoxWithExtension;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    anvil = await startAnvil({ timestamp: GENESIS_TIMESTAMP });
    c = clientsFor(anvil);
    world = await deployDemoWorld(c);
    dapp = await startDemoDapp(world, { rpcUrl: anvil.rpcUrl, account: DEMO_USER.address }, await freePort());
    // A second node posing as Ethereum (chain id 1), for the explorer page: etherscan.io from loopback.
    mainnet = await startAnvil({ chainId: 1 });
    const m = clientsFor(mainnet);
    await installMulticall3(m);
    mainnetRisky = await deployNamed(m, 'OwnedToken', [parseEther('1000000')]);
    sites = await startSiteServer();
    ff = await launchFirefox({ extensionDir: inject('firefoxExtensionDir'), proxyPort: sites.port });
  }, 180_000);
  afterAll(async () => {
    await ff?.close();
    await sites?.close();
    await dapp?.close();
    await mainnet?.stop();
    await anvil?.stop();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: join(artifacts, `firefox-${name}.png`) as `${string}.png` });
  const nonce = () => c.public.getTransactionCount({ address: DEMO_USER.address, blockTag: 'pending' });
  const extensionLines = () => ff.output.filter((l) => l.includes(EXTENSION_UUID) || /whale.?lens/i.test(l));
  const settingsOf = (page: Page) => page.evaluate(async () => (await (globalThis as any).browser.storage.local.get('settings')).settings);

  // Polls from Node: an extension page's CSP blocks the Function() that waitForFunction needs in Firefox 140.
  async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    let last: T | undefined;
    while (Date.now() < end) {
      last = await read().catch(() => undefined);
      if (last !== undefined && ok(last)) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`not reached in ${timeoutMs} ms; last: ${JSON.stringify(last)}`);
  }

  const firefoxMajor = async () => Number(/(\d+)\./.exec(await ff.browser.version())?.[1] ?? 0);

  async function waitForBadge(page: Page, re: RegExp, timeoutMs = 60_000): Promise<string> {
    const end = Date.now() + timeoutMs;
    let last: string | null = null;
    while (Date.now() < end) {
      last = await badgeText(page);
      if (last && re.test(last)) return last;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`badge did not match ${re}; last: ${JSON.stringify(last)}`);
  }

  it('installs without manifest warnings and the background answers', async () => {
    const entries = await browserConsole(ff.browser);
    if (entries) expect(aboutExtension(entries).filter((e) => /manifest/i.test(e.text))).toEqual([]);
    else expect(await firefoxMajor(), 'the Browser Console is readable from 153 on').toBeLessThan(153);
    const popup = await openExtensionPage(ff.browser, 'popup.html', 'main.wl-popup');
    const stats = await popup.evaluate(() => (globalThis as any).browser.runtime.sendMessage({ type: 'cache.stats' }));
    expect(stats).toEqual({ reports: 0, bytes: 0 });
    await popup.close();
  });

  it('Options: a custom chain and a site rule, typed in as a person would', async () => {
    const page = await openExtensionPage(ff.browser, 'options.html', '.wl-add-chain > button');
    await page.click('.wl-add-chain > button');
    await page.waitForSelector('#add-chain-id');
    await page.type('#add-chain-id', String(anvil.chainId));
    await page.type('#add-chain-rpc', anvil.rpcUrl);
    await page.type('#add-chain-name', DEMO_CHAIN_NAME);
    await page.click('#add-chain-form button[type=submit]');
    await until(
      () => page.$eval('.wl-add-chain > [role=status]', (e) => e.textContent ?? ''),
      (t) => t.includes(`${DEMO_CHAIN_NAME} added`),
    );
    await page.type('#rule-host', 'rug.localhost');
    await page.select('#rule-chain', String(anvil.chainId));
    await page.type('#rule-address', world.tokens.rug.address);
    await page.click('form[aria-labelledby=add-rule-title] button[type=submit]');
    await until(
      () => page.evaluate(() => document.body.innerText),
      (t) => t.includes('rug.localhost →'),
    );
    await shot(page, 'options');
    const settings = await settingsOf(page);
    expect(settings.chains).toContainEqual(
      expect.objectContaining({ chainId: anvil.chainId, name: DEMO_CHAIN_NAME, rpcUrl: anvil.rpcUrl, custom: true }),
    );
    expect(settings.siteRules).toContainEqual({
      hostname: 'rug.localhost',
      target: { kind: 'token', chainId: anvil.chainId, address: world.tokens.rug.address },
    });
    // Ethereum's RPC → the chain-1 node, indexers off: set through storage like the Chromium suite does.
    await page.evaluate(async (rpcUrl: string) => {
      const b = (globalThis as any).browser;
      const { settings } = await b.storage.local.get('settings');
      settings.chains = settings.chains.map((x: any) => (x.chainId === 1 ? { ...x, rpcUrl, blockscoutUrl: '' } : { ...x, blockscoutUrl: '' }));
      await b.storage.local.set({ settings });
    }, mainnet.rpcUrl);
    await page.close();
  });

  it('badge: Danger on the site-rule page and on the explorer page', async () => {
    const page = await ff.browser.newPage();
    await page.goto(dapp.tokenUrls.rug!);
    const text = await waitForBadge(page, VERDICT);
    expect(text).toMatch(/^Danger: /);
    expect(text).toMatch(/can mint/);
    await shot(page, 'badge-site-rule');
    await page.close();

    const explorer = await ff.browser.newPage();
    await explorer.goto(`http://etherscan.io/token/${mainnetRisky}`);
    expect(await waitForBadge(explorer, VERDICT)).toMatch(/^Danger: .*can mint/);
    await shot(explorer, 'badge-explorer');
    await explorer.close();
    expect(sites.requests.map((r) => r.host)).toContain('etherscan.io');
  });

  it('guard: a risky approve shows the dialog; Cancel → 4001 and nothing mined; Continue → mined', async () => {
    const page = await ff.browser.newPage();
    await page.goto(dapp.tokenUrls.rug!);
    const before = await nonce();
    await start(page, `window.demo.approve('rug')`);
    const d = await waitForDialog(page, (x) => x !== null && /Danger/.test(x.name));
    expect(d!.text).toMatch(/Unlimited approval/);
    await shot(page, 'dialog');
    await clickDialogButton(page, 'Cancel');
    expect((await result(page)).code).toBe(4001);
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    expect(await nonce()).toBe(before);
    expect(await guardDialog(page)).toBeNull();

    await start(page, `window.demo.approve('rug', '1000')`);
    await waitForDialog(page, (x) => x !== null && /Danger/.test(x.name));
    await clickDialogButton(page, 'Continue to wallet');
    const r = await result(page);
    expect(r.ok).toMatch(/^0x[0-9a-f]{64}$/);
    expect((await c.public.waitForTransactionReceipt({ hash: r.ok as `0x${string}` })).status).toBe('success');
    expect(await nonce()).toBe(before + 1);
    await page.close();
  });

  it('guard in a cross-origin iframe: the dialog shows in the top frame; Cancel → 4001, nothing sent', async () => {
    const page = await ff.browser.newPage();
    await page.goto(dapp.tokenUrls.healthy!);
    await page.evaluate((src: string) => {
      const f = document.createElement('iframe');
      f.id = 'framed-dapp';
      f.src = src;
      f.style.cssText = 'width:480px;height:240px';
      document.body.append(f);
    }, dapp.tokenUrls.rug!);
    const frame = (await (await page.waitForSelector('#framed-dapp'))!.contentFrame())!;
    await frame.waitForFunction(() => (window as any).demo !== undefined, { polling: 100, timeout: 15_000 });
    const inFrame = frame as unknown as Page; // the dapp helpers only evaluate in it
    await start(inFrame, `window.demo.approve('rug')`);
    await waitForDialog(page, (x) => x !== null && /Danger|Caution|Not verified yet|Could not verify/.test(x.name));
    expect(await page.evaluate(() => document.querySelector('whale-lens-guard') !== null)).toBe(true);
    expect(await frame.evaluate(() => document.querySelector('whale-lens-guard') !== null)).toBe(false);
    await clickDialogButton(page, 'Cancel');
    expect((await result(inFrame)).code).toBe(4001);
    expect(await walletSaw(inFrame)).not.toContain('eth_sendTransaction');
    await page.close();
  });

  it('guard: a swap of the healthy token passes with no dialog and is mined', async () => {
    const page = await ff.browser.newPage();
    await page.goto(dapp.tokenUrls.healthy!);
    await start(page, `window.demo.swap('healthy')`);
    const r = await result(page, 60_000);
    expect(r.ok).toMatch(/^0x[0-9a-f]{64}$/);
    expect(await guardDialog(page)).toBeNull();
    expect((await c.public.waitForTransactionReceipt({ hash: r.ok as `0x${string}` })).status).toBe('success');
    await page.close();
  });

  it('popup: renders the report for a token', async () => {
    const page = await openExtensionPage(ff.browser, 'popup.html', '#wl-token-address');
    // A popup-sized view (Firefox 140's BiDi lacks a command puppeteer's setViewport sends: then the tab's size).
    await page.setViewport({ width: 380, height: 600 }).catch(() => undefined);
    await page.type('#wl-token-address', world.tokens.whale.address);
    await page.select('#wl-token-chain', String(anvil.chainId));
    await page.click('main.wl-popup button[type=submit]');
    await page.waitForSelector('header.wl-header [data-verdict]:not([data-verdict="unknown"])', { timeout: 60_000 });
    expect(await page.$eval('header.wl-header [data-verdict]', (e) => e.getAttribute('data-verdict'))).toBe('danger');
    expect(await page.$$eval('ol.wl-findings > li', (l) => l.length)).toBeGreaterThan(0);
    await shot(page, 'popup');
    await page.close();
  });

  it('the cache is IndexedDB, not memory', async () => {
    const page = await openExtensionPage(ff.browser, 'popup.html', 'main.wl-popup');
    const stats = await page.evaluate(() => (globalThis as any).browser.runtime.sendMessage({ type: 'cache.stats' }));
    expect(stats.reports).toBeGreaterThanOrEqual(2);
    // The extension's own origin holds the database; its reports store has what the background cached.
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('whale-lens-cache');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const count = req.result.transaction('reports').objectStore('reports').count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          };
        }),
    );
    expect(stored).toBe(stats.reports);
    expect(extensionLines().filter((l) => /using memory/.test(l))).toEqual([]);
    await page.close();
  });

  it('no extension errors in the console', async () => {
    // The console really is recorded: an extension page's own console.error shows up in Firefox's output.
    const page = await openExtensionPage(ff.browser, 'popup.html', 'main.wl-popup');
    await page.evaluate(() => console.error('whale-lens console probe'));
    await expect.poll(() => ff.output.some((l) => l.includes('whale-lens console probe')), { timeout: 5_000 }).toBe(true);
    // And an uncaught error in an extension page reaches the Browser Console with the page as its source.
    await page.evaluate(() => void setTimeout(() => Promise.reject(new Error('whale-lens script error probe')), 0));
    const isProbe = (e: ConsoleEntry) => e.text.includes('whale-lens script error probe');
    const readable = (await browserConsole(ff.browser)) !== null;
    if (readable) await expect.poll(async () => aboutExtension((await browserConsole(ff.browser))!).some(isProbe), { timeout: 5_000 }).toBe(true);
    await page.close();
    writeFileSync(join(artifacts, 'firefox-console.log'), ff.output.join('\n'));
    const probe = /whale-lens (console|script error) probe/;
    expect(consoleProblems(ff.output).filter((l) => probe.test(l))).toHaveLength(2);
    expect(consoleProblems(ff.output).filter((l) => !probe.test(l))).toEqual([]);
    expect(extensionLines().filter((l) => /error|warn|exception/i.test(l) && !probe.test(l) && !FIREFOX_OWN.test(l))).toEqual([]);
    // Script errors and Firefox's own warnings about the extension (the Browser Console).
    if (!readable) return console.log(`[firefox] ${await ff.browser.version()}: Browser Console not reachable over BiDi; stdout checked only`);
    const entries = (await browserConsole(ff.browser))!;
    writeFileSync(join(artifacts, 'firefox-browser-console.json'), JSON.stringify(entries, null, 1));
    expect(aboutExtension(entries).filter((e) => e.level !== 'info' && !isProbe(e))).toEqual([]);
  });
});
