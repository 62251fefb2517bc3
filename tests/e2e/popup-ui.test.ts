/**
 * The popup and Options as a person sees them, in real Chromium: every popup state (fixture data
 * through the popup harness) and the real Options page in light, dark and at 200% zoom, each
 * screenshotted into tests/artifacts/ui-*.png and checked by axe-core (0 violations). Then the
 * live path with an RPC that refuses connections: the in-page badge and the popup reach
 * "couldn't reach …" within 10 s, and the guard says "could not verify".
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { buildHarness, serve } from './support/popup-harness/build';
import { startSiteServer, type SiteServer } from './support/sites/server';
import { badgeText } from './support/sites/badge';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';

const artifacts = fileURLToPath(new URL('../artifacts', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const MODES = [
  { name: 'light', dark: false, zoom: 1 },
  { name: 'dark', dark: true, zoom: 1 },
  { name: 'zoom200', dark: false, zoom: 2 },
] as const;
const STATES = [
  'healthy',
  'rug',
  'unknown',
  'not-defi',
  'analysing',
  'analysing-counts',
  'partial',
  'error',
  'rpc-unreachable',
  'refresh-failed',
  'site-off',
];

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const res = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('popup and Options UI in Chromium', () => {
  let b: ExtensionBrowser;
  let harness: { url: string; close(): Promise<void> };
  let harnessDir: string | undefined;
  let sites: SiteServer;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    harnessDir = await buildHarness();
    harness = await serve(harnessDir);
    sites = await startSiteServer();
    // rpc.nonexistent.invalid fails to resolve, as a mistyped or dead RPC host does.
    b = await launchWithExtension({
      extensionDir: inject('extensionDir'),
      hostRules: [...sites.hostRules(['etherscan.io']), 'MAP rpc.nonexistent.invalid ~NOTFOUND'],
    });
  });
  afterAll(async () => {
    await b?.close();
    await harness?.close();
    await sites?.close();
    if (harnessDir) rmSync(harnessDir, { recursive: true, force: true });
  });

  async function open(url: string, mode: (typeof MODES)[number], size = { width: 380, height: 600 }): Promise<Page> {
    const page = await b.context.newPage();
    await page.emulateMedia({ colorScheme: mode.dark ? 'dark' : 'light' });
    const cdp = await page.context().newCDPSession(page);
    // 200% zoom: the same window, half the CSS pixels, twice the device pixels.
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: Math.round(size.width / mode.zoom),
      height: Math.round(size.height / mode.zoom),
      deviceScaleFactor: mode.zoom,
      mobile: false,
    });
    await page.goto(url);
    return page;
  }

  for (const mode of MODES) {
    it(`popup states (${mode.name}): screenshots, no sideways scroll, 0 axe violations`, async () => {
      const total: string[] = [];
      for (const s of STATES) {
        const page = await open(`${harness.url}?scenario=${s}`, mode);
        await page.waitForSelector(`body[data-ready="${s}"]`);
        await page.screenshot({ path: join(artifacts, `ui-popup-${s}-${mode.name}.png`), fullPage: true });
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        total.push(...(await axeViolations(page)).map((v) => `${s}: ${v}`));
        await page.close();
      }
      expect(total).toEqual([]);
    });

    it(`Holders chart (${mode.name}): a bar reached by keyboard shows its share and amount`, async () => {
      const page = await open(`${harness.url}?scenario=rug`, mode);
      await page.waitForSelector('body[data-ready="rug"]');
      await page.getByRole('tab', { name: 'Holders' }).click();
      await page.mouse.move(0, 0);
      const bar = page.locator('g.wl-bar').first();
      await bar.focus();
      const name = await bar.getAttribute('aria-label');
      expect(name).toMatch(/%.*RUG\)$/);
      expect(name).not.toContain('0x0000…0000');
      await expect.poll(() => page.locator('.wl-bar-tip').first().textContent()).toBe(name);
      await page
        .locator('.wl-charts')
        .first()
        .screenshot({ path: join(artifacts, `ui-popup-holders-chart-focus-${mode.name}.png`) });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it(`Holders chart grouped by cluster (${mode.name}): linked wallets are one bar each, named and explained`, async () => {
      const page = await open(`${harness.url}?scenario=clusters`, mode);
      await page.waitForSelector('body[data-ready="clusters"]');
      await page.getByRole('tab', { name: 'Holders' }).click();
      const chart = page.locator('svg[aria-label^="Top holders, linked wallets counted as one"]');
      const labels = await chart.locator('g.wl-bar').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));
      expect(labels.filter((l) => /^\d+ linked: /.test(l)).map((l) => l.split(':')[0])).toEqual(['12 linked', '2 linked']);
      expect(labels.some((l) => l.includes('cluster 1: 12 wallets linked by transfers'))).toBe(true);
      await expect.poll(() => page.locator('.wl-grouped-note').textContent()).toContain('not proof of one owner');
      await page.mouse.move(0, 0);
      await chart.locator('g.wl-bar').first().focus();
      await page
        .locator('.wl-charts')
        .first()
        .screenshot({ path: join(artifacts, `ui-popup-holders-clusters-${mode.name}.png`) });
      await page.locator('.wl-holders').screenshot({ path: join(artifacts, `ui-popup-holders-clusters-tab-${mode.name}.png`) });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it(`Options (${mode.name}): screenshot and 0 axe violations`, async () => {
      const page = await open(`chrome-extension://${b.extensionId}/options.html`, mode, { width: 1000, height: 900 });
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.screenshot({ path: join(artifacts, `ui-options-${mode.name}.png`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      // A chain opened and tested against an RPC that refuses connections, and "Add a chain" open.
      await page.getByRole('button', { name: 'Add a chain' }).click();
      const eth = page.getByRole('group', { name: /^Ethereum/ });
      await eth.getByRole('button', { name: 'Edit' }).click();
      await eth.getByLabel('RPC URL').fill('http://127.0.0.1:9');
      await eth.getByRole('button', { name: 'Test connection' }).click();
      await page.getByTestId('chain-1-status').filter({ hasText: 'Failing' }).waitFor({ timeout: 10_000 });
      await page.screenshot({ path: join(artifacts, `ui-options-chain-open-${mode.name}.png`), fullPage: true });
      await page.locator('section[aria-labelledby="chains-title"]').screenshot({ path: join(artifacts, `ui-options-chains-${mode.name}.png`) });
      await page.locator('section[aria-labelledby="privacy-title"]').screenshot({ path: join(artifacts, `ui-options-endpoints-${mode.name}.png`) });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('popup: the site section says "Warnings are off on this site" with Turn on', async () => {
    const page = await open(`${harness.url}?scenario=site-off`, MODES[0]);
    await page.waitForSelector('body[data-ready="site-off"]');
    await expect(page.getByRole('status').filter({ hasText: 'Warnings are off on this site' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Turn on' }).count()).resolves.toBe(1);
    await page.close();
  });

  it('an RPC that refuses connections ends in "couldn\'t reach" within 10 s (badge)', async () => {
    const token = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';
    const chain = { ...DEFAULT_SETTINGS.chains[0], rpcUrl: 'http://127.0.0.1:9/', blockscoutUrl: '' };
    await b.worker.evaluate(
      async (settings) => {
        await (globalThis as unknown as { chrome: any }).chrome.storage.local.set({ settings });
      },
      { ...DEFAULT_SETTINGS, chains: [chain], snapshotUrl: '' },
    );
    const page = await b.context.newPage();
    const t0 = Date.now();
    await page.goto(`http://etherscan.io/token/${token}`);
    await expect.poll(() => badgeText(page), { timeout: 10_000, interval: 250 }).toMatch(/Could not check|Not verified/);
    const ms = Date.now() - t0;
    console.log(`[ui] refused RPC → badge "${(await badgeText(page))?.slice(0, 80)}" after ${ms} ms`);
    expect(ms).toBeLessThan(10_000);
    await page.screenshot({ path: join(artifacts, 'ui-badge-rpc-unreachable.png') });
    await page.close();
  });

  it('an RPC whose name does not resolve ends in "couldn\'t reach" within 10 s (badge)', async () => {
    const token = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
    const chain = { ...DEFAULT_SETTINGS.chains[0], rpcUrl: 'http://rpc.nonexistent.invalid/', blockscoutUrl: '' };
    await b.worker.evaluate(
      async (settings) => {
        await (globalThis as unknown as { chrome: any }).chrome.storage.local.set({ settings });
      },
      { ...DEFAULT_SETTINGS, chains: [chain], snapshotUrl: '' },
    );
    const page = await b.context.newPage();
    const t0 = Date.now();
    await page.goto(`http://etherscan.io/token/${token}`);
    await expect.poll(() => badgeText(page), { timeout: 10_000, interval: 250 }).toMatch(/Could not check|Not verified/);
    const ms = Date.now() - t0;
    console.log(`[ui] unresolvable RPC → badge "${(await badgeText(page))?.slice(0, 100)}" after ${ms} ms`);
    expect(ms).toBeLessThan(10_000);
    await page.screenshot({ path: join(artifacts, 'ui-badge-rpc-dns-failure.png') });
    await page.close();
  });
});
