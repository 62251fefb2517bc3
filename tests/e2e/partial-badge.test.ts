/**
 * Findings as they arrive, in Chromium: the extension's endpoint is a slow public-like proxy
 * (150 ms a request, eth_getLogs capped at 5 blocks) in front of Anvil posing as Ethereum, so the
 * holder scan of the risky token takes many round trips. The badge shows the owner's mint key
 * (from the control section) while it still says it is checking holders, then the full verdict.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startSiteServer, type SiteServer } from './support/sites/server';
import { badgeText } from './support/sites/badge';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { startPublicRpc, type PublicRpc } from '../support/public-rpc';
import { deployRiskyWorld, type PublicWorld } from '../support/public-world';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';

const artifacts = join(import.meta.dirname, '..', 'artifacts');

describe('badge shows findings as they arrive', () => {
  let anvil: AnvilNode;
  let world: PublicWorld;
  let proxy: PublicRpc;
  let sites: SiteServer;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    anvil = await startAnvil({ chainId: 1 });
    world = await deployRiskyWorld(anvil, { holders: 30, tailBlocks: 300 });
    proxy = await startPublicRpc(anvil.rpcUrl, { latencyMs: 150, rangeCap: 5 });
    sites = await startSiteServer();
    b = await launchWithExtension({ extensionDir: inject('extensionDir'), hostRules: sites.hostRules(['etherscan.io']) });
    const chain = { ...DEFAULT_SETTINGS.chains[0], rpcUrl: proxy.url, blockscoutUrl: '' };
    await b.worker.evaluate(
      async (settings) => {
        await (globalThis as unknown as { chrome: any }).chrome.storage.local.set({ settings });
      },
      { ...DEFAULT_SETTINGS, chains: [chain] },
    );
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    await sites?.close();
    await proxy?.close();
    await anvil?.stop();
  });

  it('the control finding first, marked as still checking holders; then the final verdict', async () => {
    const page = await b.context.newPage();
    const started = Date.now();
    await page.goto(`http://etherscan.io/token/${world.token}`);
    await expect.poll(() => badgeText(page), { timeout: 60_000, interval: 100 }).toMatch(/^Danger: Owner \(an EOA\) can mint/);
    const early = (await badgeText(page)) ?? '';
    const firstAt = Date.now() - started;
    expect(early).toMatch(/still checking holders/);
    // Expanded: the findings so far, and what is still being read.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => badgeText(page)).toMatch(/Still checking: holders/);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'badge-partial.png') });

    await expect.poll(() => badgeText(page), { timeout: 120_000, interval: 250 }).not.toMatch(/still checking/i);
    const final = (await badgeText(page)) ?? '';
    expect(final).toMatch(/^Danger: /);
    console.log(`first finding after ${firstAt} ms; final after ${Date.now() - started} ms; ${proxy.stats.httpRequests} HTTP requests`);
    await page.close();
  }, 240_000);
});
