/**
 * The badge's verdict from the real background and risk engine: an Anvil node posing as
 * Ethereum (chain id 1) holds a risky token (one EOA owns the whole supply and can mint, pause
 * and blacklist); etherscan.io, served from loopback, shows that token's page. The extension's
 * only endpoint is a recording proxy in front of Anvil, so its traffic is counted exactly.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseEther, type Address } from 'viem';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startSiteServer, type SiteServer } from './support/sites/server';
import { startRecordingEndpoint, type RecordingEndpoint } from './support/sites/rpc';
import { badgeText } from './support/sites/badge';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { clientsFor, installMulticall3 } from '../support/chain';
import { deployNamed } from '../support/scenarios/tx';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';

describe('badge verdict in Chromium', () => {
  let anvil: AnvilNode;
  let rpc: RecordingEndpoint;
  let sites: SiteServer;
  let b: ExtensionBrowser;
  let risky: Address;

  beforeAll(async () => {
    anvil = await startAnvil({ chainId: 1 });
    const c = clientsFor(anvil);
    await installMulticall3(c);
    risky = await deployNamed(c, 'OwnedToken', [parseEther('1000000')]);
    rpc = await startRecordingEndpoint(anvil.rpcUrl);
    sites = await startSiteServer();
    b = await launchWithExtension({ extensionDir: inject('extensionDir'), hostRules: sites.hostRules(['etherscan.io', 'example.org']) });
    const chain = { ...DEFAULT_SETTINGS.chains[0], rpcUrl: rpc.url, blockscoutUrl: '' };
    await b.worker.evaluate(
      async (settings) => {
        await (globalThis as unknown as { chrome: any }).chrome.storage.local.set({ settings });
      },
      { ...DEFAULT_SETTINGS, chains: [chain] },
    );
  });
  afterAll(async () => {
    await b?.close();
    await sites?.close();
    await rpc?.close();
    await anvil?.stop();
  });

  it('shows Danger with the reason on the risky token’s page', async () => {
    const page = await b.context.newPage();
    await page.goto(`http://etherscan.io/token/${risky}`);
    await expect.poll(() => badgeText(page), { timeout: 60_000, interval: 500 }).toMatch(/^Danger: /);
    const text = (await badgeText(page)) ?? '';
    expect(text).toMatch(/can mint/);
    expect(text).toMatch(/owns 100%/);
    expect(rpc.requests.length).toBeGreaterThan(0);
    // Only chain data went out: every body is JSON-RPC, none carries the page's URL.
    for (const r of rpc.requests) expect(r.body).not.toContain('etherscan');
    await page.close();
  });

  it('expands and collapses from the keyboard, and hides per site when dismissed', async () => {
    const page = await b.context.newPage();
    await page.goto(`http://etherscan.io/token/${risky}`);
    await expect.poll(() => badgeText(page), { timeout: 30_000 }).toMatch(/^Danger: /);
    await page.keyboard.press('Tab'); // the page has no focusable element: the badge's toggle is next
    await page.keyboard.press('Enter');
    await expect.poll(() => badgeText(page)).toMatch(/Whale Lens warns when/);
    await page.keyboard.press('Escape');
    await expect.poll(() => badgeText(page)).not.toMatch(/Whale Lens warns when/);
    await page.keyboard.press('Tab'); // from the toggle to "hide on this site"
    await page.keyboard.press('Enter');
    await expect.poll(() => badgeText(page)).toBeNull();
    const stored = await b.worker.evaluate(
      async () => (await (globalThis as unknown as { chrome: any }).chrome.storage.local.get('settings')).settings,
    );
    expect(stored.dismissedSites).toContain('etherscan.io');
    await page.reload();
    await page.waitForTimeout(2000);
    expect(await badgeText(page)).toBeNull();
    await page.close();
  });

  it('sends nothing to the chain for an unmatched page', async () => {
    const before = rpc.requests.length;
    const page = await b.context.newPage();
    await page.goto('http://example.org/');
    await page.waitForTimeout(2000);
    expect(await badgeText(page)).toBeNull();
    expect(rpc.requests.length).toBe(before);
    await page.close();
  });
});
