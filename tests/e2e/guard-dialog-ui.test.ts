/**
 * The pre-sign dialog as a person sees it, in real Chromium with the built extension: every
 * finding on the risky token listed (with "+N more" expanding in place), thresholds as sentences,
 * a next step per finding, the keyboard kept inside the modal. Screenshots in light, dark and at
 * 200% zoom go to tests/artifacts/guard-dialog-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDapp, result, SPENDER, start, startGuardWorld, type GuardWorld } from './support/dapps/world';
import { documentRoot, findNode, withCdp } from './support/closed-shadow';

const artifacts = fileURLToPath(new URL('../artifacts', import.meta.url));

describe('guard dialog UI in Chromium', () => {
  let w: GuardWorld;
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    w = await startGuardWorld(inject('extensionDir'));
  }, 180_000);
  afterAll(() => w?.close());

  for (const mode of [
    { name: 'light', dark: false, zoom: false },
    { name: 'dark', dark: true, zoom: false },
    { name: 'zoom200', dark: false, zoom: true },
  ]) {
    it(`lists every finding with a next step (${mode.name})`, async () => {
      const { page, dialog } = await openDapp(w, 'viem-dapp');
      await page.emulateMedia({ colorScheme: mode.dark ? 'dark' : 'light' });
      await page.setViewportSize({ width: 1280, height: 900 });
      // 200% zoom: half the CSS pixels at twice the device pixels.
      const cdp = await page.context().newCDPSession(page);
      if (mode.zoom) await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 450, deviceScaleFactor: 2, mobile: false });
      await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '${2n ** 256n - 1n}')`);
      const d = await dialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name) && !/not verified yet/.test(x.text), 60_000);
      expect(d!.text).toContain('Unlimited approval');
      expect(d!.text).toContain('Approve only the amount you need: this request asks for an unlimited amount of');
      expect(d!.text).toContain('Whale Lens warns when');
      expect(d!.text).not.toMatch(/top1Danger|privilegeHolderIsEoa|base units/);
      // The dialog is drawn in the extension's guard frame: read it there.
      const reasons = () => dialog.frame()!.locator('.wl-guard-reason').count();
      const before = await reasons();
      expect(before).toBeGreaterThan(0);
      const moreLabel = /\+(\d+) more/.exec(d!.text);
      if (moreLabel) {
        await dialog.frame()!.locator('button.wl-guard-more').first().click();
        await expect.poll(reasons).toBe(before + Number(moreLabel[1]));
      }
      const full = await dialog.dialog();
      console.log(`[dialog] text: ${full!.text}`);
      // The risky token: one EOA owns nearly everything and can mint, pause and blacklist.
      expect(full!.text).toMatch(/owns (99|100)/);
      expect(full!.text).toMatch(/can mint/);
      console.log(`[dialog] ${await reasons()} findings shown (${mode.name})`);
      await page.screenshot({ path: join(artifacts, `guard-dialog-${mode.name}.png`) });
      // Back to 100% before the trusted click: the frame's coordinates are measured at 100%.
      if (mode.zoom) await cdp.send('Emulation.clearDeviceMetricsOverride');
      await cdp.detach();
      await dialog.click('Cancel');
      expect((await result(page)).code).toBe(4001);
      await page.close();
    });
  }

  it('keeps keyboard focus inside the modal; Escape cancels', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '3')`);
    await dialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name), 60_000);
    const focusedInDialog = () =>
      withCdp(page, async (cdp) => {
        const host = findNode(await documentRoot(cdp), (n) => n.nodeName === 'WHALE-LENS-GUARD');
        return page.evaluate(() => document.activeElement?.localName ?? null).then((name) => ({ host: !!host, name }));
      });
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect((await focusedInDialog()).name).toBe('whale-lens-guard');
    }
    await page.keyboard.press('Shift+Tab');
    expect((await focusedInDialog()).name).toBe('whale-lens-guard');
    await page.keyboard.press('Escape');
    expect((await result(page)).code).toBe(4001);
    await page.close();
  });
});
