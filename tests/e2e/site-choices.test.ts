/**
 * Per-site choices in real Chromium with the built extension, Anvil and a dapp: closing the
 * in-page badge (its ×) hides only the badge — the next unlimited approve of a danger token on
 * that site still stops at the Whale Lens dialog — and "Don't warn me about this token on this
 * site" in the dialog applies to that site only (another site still warns). Clicks are real.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openDapp, result, SPENDER, start, startGuardWorld, walletSaw, type GuardWorld } from './support/dapps/world';
import { badgeText } from './support/sites/badge';
import { clickNode, documentRoot, findNode, hasClass, withCdp } from './support/closed-shadow';

describe('site choices in Chromium', () => {
  let w: GuardWorld;
  const storedSettings = () =>
    w.b.worker.evaluate(async () => (await (globalThis as unknown as { chrome: any }).chrome.storage.local.get('settings')).settings);

  beforeAll(async () => {
    w = await startGuardWorld(inject('extensionDir'));
    // The dapp's host shows the risky token (a site rule), so the in-page badge appears there.
    await w.b.worker.evaluate(
      async ({ rule }) => {
        const api = (globalThis as unknown as { chrome: any }).chrome;
        const { settings } = await api.storage.local.get('settings');
        await api.storage.local.set({ settings: { ...settings, siteRules: [rule] } });
      },
      { rule: { hostname: '127.0.0.1', target: { kind: 'token', chainId: w.anvil.chainId, address: w.risky } } },
    );
  }, 180_000);
  afterAll(() => w?.close());

  async function clickBadgeClose(page: Page): Promise<void> {
    await withCdp(page, async (cdp) => {
      const close = findNode(await documentRoot(cdp), (n) => hasClass(n, 'wl-close'));
      if (!close) throw new Error('no × on the badge');
      await clickNode(page, cdp, close);
    });
  }

  it('× hides the badge but does not disable the guard', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    await expect.poll(() => badgeText(page), { timeout: 60_000, interval: 500 }).toMatch(/^Danger/);
    await page.screenshot({ path: fileURLToPath(new URL('../artifacts/ui-badge-danger.png', import.meta.url)) });
    await clickBadgeClose(page);
    await expect.poll(() => badgeText(page)).toBeNull();
    const stored = await storedSettings();
    expect(stored.dismissedSites).toContain('127.0.0.1');
    expect(stored.guardOffSites ?? []).toEqual([]);

    // After a reload the badge stays hidden, and an unlimited approve still stops at the dialog.
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await badgeText(page)).toBeNull();
    await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '${2n ** 256n - 1n}')`);
    const d = await dialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name), 60_000);
    expect(d!.text).toContain('Unlimited approval');
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    await dialog.click('Cancel');
    expect((await result(page)).code).toBe(4001);
    await page.close();
  });

  it('"Don\'t warn me about this token on this site" stays on this site; another site still warns', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '7')`);
    await dialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name), 60_000);
    await dialog.click("Don't warn me about this token on this site");
    await dialog.click('Continue to wallet');
    expect((await result(page)).ok).toMatch(/^0x/);
    const stored = await storedSettings();
    expect(stored.dismissedTokens).toEqual([]);
    expect(stored.siteDismissedTokens).toEqual([`127.0.0.1 ${w.anvil.chainId}:${w.risky.toLowerCase()}`]);
    // This site: no dialog now.
    await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '8')`);
    expect((await result(page)).ok).toMatch(/^0x/);
    expect(await dialog.dialog()).toBeNull();
    await page.close();

    // Another site (same dapp, served as "localhost"): the warning is still there.
    const other = await w.b.context.newPage();
    await other.addInitScript('globalThis.__name = (f) => f;');
    await other.goto(`${w.dapps.url.replace('127.0.0.1', 'localhost')}/viem-dapp.html`);
    const { ShadowDialog } = await import('./support/dapps/shadow-dialog');
    const otherDialog = await ShadowDialog.for(other);
    await start(other, `window.dapp.approve('${w.risky}', '${SPENDER}', '9')`);
    await otherDialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name), 60_000);
    await otherDialog.click('Cancel');
    expect((await result(other)).code).toBe(4001);
    await other.close();
  });

  it('warnings off on a site is an explicit setting; with it the request goes straight on', async () => {
    await w.b.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...settings, siteDismissedTokens: [], guardOffSites: ['127.0.0.1'] } });
    });
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '10')`);
    expect((await result(page)).ok).toMatch(/^0x/);
    expect(await dialog.dialog()).toBeNull();
    await page.close();
  });
});
