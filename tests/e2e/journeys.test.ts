/**
 * The demo's journeys in real Chromium, on the same world and dapp as `npm start`: badge per
 * token, popup findings and charts, the pre-sign dialog (Cancel / Continue), a swap that passes,
 * a worker stopped mid-analysis, an RPC outage ("unknown", never safe) and recovery. The
 * extension's only endpoint is a recording proxy in front of Anvil; privacy.test.ts audits it.
 * Screenshots: tests/artifacts/journey-*.png, best three copied to assets/screenshots/.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeFunctionData, erc20Abi, parseEther, type Address } from 'viem';
import type { Page } from 'playwright-core';
import { startDemo, type DemoSession } from '../demo/session';
import { DEMO_CHAIN_NAME } from '../demo/configure-extension';
import { DEMO_USER } from '../demo/world';
import { deployNamed } from '../support/scenarios/tx';
import { badgeText } from './support/sites/badge';
import { clickBadgeToggle } from '../demo/badge-click';
import { stopExtensionWorker } from '../demo/stop-worker';
import { ShadowDialog } from './support/dapps/shadow-dialog';
import { result, start, walletSaw } from './support/dapps/world';
import { analyzeToken } from '../../lib/analysis/analyzeToken';
import { assess } from '../../lib/risk/index';
import { auditRequests, recordExtensionRequests, type ExtensionRequestLog } from '../demo/privacy-audit';

// Playwright reports an MV3 service worker's own requests only with this set before launch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const artifacts = fileURLToPath(new URL('../artifacts', import.meta.url));
const screenshots = fileURLToPath(new URL('../../assets/screenshots', import.meta.url));
const BADGE_WORD = { ok: /^No concerns found/, caution: /^Caution: /, danger: /^Danger: / } as const;

describe('demo journeys in Chromium', () => {
  let s: DemoSession;
  let log: ExtensionRequestLog;
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    mkdirSync(screenshots, { recursive: true });
    s = await startDemo({ extensionDir: inject('extensionDir'), proxy: true });
    log = recordExtensionRequests(s.b.context, s.b.extensionId);
  }, 180_000);
  afterAll(() => s?.close());

  const nonce = () => s.c.public.getTransactionCount({ address: DEMO_USER.address, blockTag: 'pending' });
  const shot = async (page: Page, name: string, asset?: string) => {
    const path = join(artifacts, `journey-${name}.png`);
    await page.screenshot({ path });
    if (asset) copyFileSync(path, join(screenshots, `${asset}.png`));
  };
  async function openToken(key: string) {
    const page = await s.b.context.newPage();
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.goto(s.dapp.tokenUrls[key]!);
    return page;
  }
  async function analyseInPopup(address: Address) {
    const page = await s.b.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${s.b.extensionId}/popup.html`);
    await page.getByLabel('Token address').fill(address);
    await page.getByLabel('Chain').selectOption({ label: `${DEMO_CHAIN_NAME} (31337)` });
    await page.getByRole('button', { name: 'Analyse' }).click();
    return page;
  }

  it('the real analysis (chain-core + risk rules) gives each demo token its intended verdict', async () => {
    for (const t of Object.values(s.world.tokens)) {
      const report = await analyzeToken(s.c.public, { address: t.address, governor: t.key === 'governance' ? s.world.governor : undefined });
      const a = assess(report);
      expect({ token: t.key, verdict: a.verdict, gaps: a.gaps }).toEqual({ token: t.key, verdict: t.expected, gaps: [] });
    }
  });

  it('badge: the right verdict on each token’s page', async () => {
    for (const t of Object.values(s.world.tokens)) {
      const page = await openToken(t.key);
      await expect.poll(() => badgeText(page), { timeout: 60_000, interval: 500 }).toMatch(BADGE_WORD[t.expected]);
      console.log(`[journey] ${t.symbol}: ${(await badgeText(page))?.slice(0, 100)}`);
      if (t.key === 'rug') {
        await clickBadgeToggle(page);
        await expect.poll(() => badgeText(page)).toMatch(/Whale Lens warns when/);
        await shot(page, 'badge-rug', 'badge');
      }
      await page.close();
    }
  });

  it('popup: findings and charts for each token', async () => {
    for (const t of Object.values(s.world.tokens)) {
      const page = await analyseInPopup(t.address);
      await page.locator('header.wl-header [data-verdict]').waitFor({ timeout: 60_000 });
      const verdict = await page.locator('header.wl-header [data-verdict]').getAttribute('data-verdict');
      expect(verdict).toBe(t.expected);
      if (t.expected !== 'ok') await expect(page.locator('ol.wl-findings > li').count()).resolves.toBeGreaterThan(0);
      if (t.key === 'whale') await shot(page, 'popup-whale', 'popup');
      await page.getByRole('tab', { name: 'Holders' }).click();
      await expect(page.getByRole('tabpanel').locator('svg').count()).resolves.toBeGreaterThan(0);
      await page.close();
    }
  });

  it('approve the rug-risk token: dialog → Cancel (4001, nothing mined), then → Continue (mined)', async () => {
    const page = await openToken('rug');
    const dialog = await ShadowDialog.for(page);
    const before = await nonce();
    await start(page, `window.demo.approve('rug')`);
    const d = await dialog.waitFor((x) => x !== null && /Danger/.test(x.name), 30_000);
    expect(d!.text).toMatch(/Unlimited approval/);
    await shot(page, 'dialog-rug', 'dialog');
    await dialog.click('Cancel');
    expect((await result(page)).code).toBe(4001);
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    expect(await nonce()).toBe(before);

    await start(page, `window.demo.approve('rug', '1000')`);
    await dialog.waitFor((x) => x !== null && /Danger/.test(x.name), 30_000);
    await dialog.click('Continue to wallet');
    const r = await result(page);
    expect(r.ok).toMatch(/^0x[0-9a-f]{64}$/);
    expect((await s.c.public.waitForTransactionReceipt({ hash: r.ok as `0x${string}` })).status).toBe('success');
    expect(await nonce()).toBe(before + 1);
    await page.close();
  });

  it('batch (wallet_sendCalls: approve + swap) on the rug-risk token → dialog → Cancel (4001, nothing mined)', async () => {
    const page = await openToken('rug');
    const dialog = await ShadowDialog.for(page);
    const before = await nonce();
    await start(page, `window.demo.batch('rug')`);
    const d = await dialog.waitFor((x) => x !== null && /Danger/.test(x.name), 30_000);
    expect(d!.text).toMatch(/approv/i);
    expect(await walletSaw(page)).not.toContain('wallet_sendCalls');
    await dialog.click('Cancel');
    expect((await result(page)).code).toBe(4001);
    expect(await nonce()).toBe(before);
    await page.close();
  });

  it('swap the healthy token: no dialog, mined', async () => {
    const page = await openToken('healthy');
    const dialog = await ShadowDialog.for(page);
    await start(page, `window.demo.swap('healthy')`);
    const r = await result(page);
    expect(r.ok).toMatch(/^0x[0-9a-f]{64}$/);
    expect(await dialog.dialog()).toBeNull();
    expect((await s.c.public.waitForTransactionReceipt({ hash: r.ok as `0x${string}` })).status).toBe('success');
    await page.close();
  });

  it('the worker is stopped mid-analysis and the next request still completes', async () => {
    const fresh = await deployNamed(s.c, 'CoreToken', ['Fresh', 'FRSH', parseEther('1000')]);
    s.proxy!.setDelay(400); // a slow node: the analysis is still running when the worker goes
    const sent = s.proxy!.requests.length;
    const worker = s.b.context.serviceWorkers()[0]!;
    const page = await analyseInPopup(fresh);
    await expect.poll(() => s.proxy!.requests.length, { timeout: 10_000 }).toBeGreaterThan(sent);
    await expect(page.locator('header.wl-header [data-verdict]:not([data-verdict="unknown"])').count()).resolves.toBe(0);
    await stopExtensionWorker(s.b.context, s.b.extensionId, worker);
    s.proxy!.setDelay(0);
    await page.close().catch(() => undefined);
    const again = await analyseInPopup(fresh);
    await again.locator('header.wl-header [data-verdict]:not([data-verdict="unknown"])').waitFor({ timeout: 60_000 });
    await expect(again.locator('header.wl-header [data-verdict]').getAttribute('data-verdict')).resolves.toBe('danger');
    await again.close();
  });

  it('the RPC goes down → "unknown", never safe; it recovers when the RPC returns', async () => {
    const fresh = await deployNamed(s.c, 'CoreToken', ['Outage', 'OUTG', parseEther('1000')]);
    s.proxy!.setDown(true);
    const page = await analyseInPopup(fresh);
    await page.locator('.wl-state-error, header.wl-header [data-verdict="unknown"]').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-verdict="ok"]').count()).toBe(0);
    await expect(page.locator('body').innerText()).resolves.not.toMatch(/No concerns found/);
    await shot(page, 'popup-rpc-down');
    // The pre-sign guard says so too: the request waits for the person's choice, never passes as fine.
    const dapp = await openToken('healthy');
    const dialog = await ShadowDialog.for(dapp);
    const data = encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [s.world.router, 1n] });
    await start(
      dapp,
      `window.ethereum.request({ method: 'eth_sendTransaction', params: [{ from: '${DEMO_USER.address}', to: '${fresh}', data: '${data}' }] })`,
    );
    const d = await dialog.waitFor((x) => x !== null && /Could not verify|Not verified yet/.test(x.name), 30_000);
    expect(d!.name).not.toMatch(/No concerns found/);
    expect(await walletSaw(dapp)).not.toContain('eth_sendTransaction');
    await dialog.click('Cancel');
    expect((await result(dapp)).code).toBe(4001);
    await dapp.close();
    s.proxy!.setDown(false);
    const retry = page.getByRole('button', { name: 'Retry' });
    let after = page;
    if (await retry.count()) await retry.click();
    else {
      await page.close();
      after = await analyseInPopup(fresh);
    }
    await after.locator('header.wl-header [data-verdict]:not([data-verdict="unknown"])').waitFor({ timeout: 60_000 });
    await after.close();
  });

  it('privacy: the extension only talked to the configured RPC, never carried a page URL, and stays silent on an unmatched page', async () => {
    const before = { proxy: s.proxy!.requests.length, ext: log.requests.length };
    const page = await s.b.context.newPage();
    await page.goto(s.dapp.indexUrl);
    await page.waitForTimeout(2000);
    expect(await badgeText(page)).toBeNull();
    await page.close();
    expect(s.proxy!.requests.length).toBe(before.proxy);
    expect(log.requests.length).toBe(before.ext);

    // Every demo page lives on a *.localhost hostname; the extension's endpoint is 127.0.0.1.
    const pageMarkers = ['localhost', ...s.dapp.hostnames];
    const findings = auditRequests({ log, proxy: s.proxy!, allowedOrigins: [new URL(s.extensionRpc).origin], pageMarkers });
    console.log(`[privacy] ${log.requests.length} extension requests seen by the browser, ${s.proxy!.requests.length} at the RPC proxy`);
    expect(log.requests.length).toBeGreaterThan(0);
    expect(findings).toEqual([]);
  });
});
