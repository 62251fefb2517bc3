/**
 * A page that hides Whale Lens's warning cannot make a request wait unseen, and hostile names
 * cannot disguise a token: in real Chromium with the built extension, Anvil and a viem dapp.
 * - The page hides the dialog (display:none box, or removes it over and over): the request is
 *   offered in the toolbar popup (opened as a page), the toolbar badge says so, and the person's
 *   choice there ends it — Cancel → 4001, Continue → the wallet gets it unchanged and it is mined.
 * - A token named "\u202EUSDC\u200B" + 300 × "x": in the dialog and the popup the hidden characters
 *   show as code points with a warning, the name is cut, and nothing scrolls sideways.
 * Screenshots go to tests/artifacts/hostile-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeFunctionData, erc20Abi, parseEther, type Address, type Hash } from 'viem';
import type { Page } from 'playwright-core';
import { openDapp, SPENDER, startGuardWorld, USER, walletSaw, type GuardWorld } from './support/dapps/world';
import { deployNamed } from '../support/scenarios/tx';

const artifacts = fileURLToPath(new URL('../artifacts', import.meta.url));
const HOSTILE_NAME = '\u202EUSDC\u200B' + 'x'.repeat(300);
const HOSTILE_SYMBOL = '\u202EUSDC\u200B\u2066';

const HIDE = {
  'moves it into a display:none box': `const box = document.createElement('div'); box.style.display = 'none'; document.body.append(box);
    new MutationObserver(() => { const h = document.querySelector('whale-lens-guard'); if (h && h.parentNode !== box) box.append(h); })
      .observe(document.documentElement, { childList: true, subtree: true });`,
  'removes it over and over': `new MutationObserver(() => document.querySelector('whale-lens-guard')?.remove())
      .observe(document.documentElement, { childList: true });`,
} as const;

/** One raw approve; its outcome lands in window.__out ({ ok: hash } or { code }). */
async function approve(page: Page, token: Address) {
  await page.evaluate(
    ({ from, to, data }) => {
      const g = window as any;
      g.__walletSaw.length = 0;
      g.__out = null;
      g.ethereum.request({ method: 'eth_sendTransaction', params: [{ from, to, data }] }).then(
        (ok: unknown) => (g.__out = { ok }),
        (e: any) => (g.__out = { code: e?.code }),
      );
    },
    { from: USER.address, to: token, data: encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [SPENDER, 7n] }) },
  );
}
const outcome = (page: Page) => page.evaluate(() => (window as any).__out as { ok?: string; code?: number } | null);

async function openPopup(w: GuardWorld) {
  const popup = await w.b.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${w.b.extensionId}/popup.html`);
  return popup;
}

/**
 * Nothing wider than its box: the body's content fits the body, and the page is no wider than the
 * window (the popup's html hides sideways overflow, and a vertical scrollbar may overlay the 380 px body).
 */
const noSidewaysScroll = async (page: Page) => {
  const m = await page.evaluate(() => ({
    body: document.body.scrollWidth,
    bodyBox: document.body.clientWidth,
    scroll: document.documentElement.scrollWidth,
    client: window.innerWidth,
  }));
  expect(m.body).toBeLessThanOrEqual(m.bodyBox);
  return m;
};

/** Badge texts of every tab (the extension has no "tabs" permission, so no URL lookup). */
const badges = (w: GuardWorld) =>
  w.b.worker.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const tabs: { id: number }[] = await c.tabs.query({});
    return Promise.all(
      tabs.map(async (t) => ({ tabId: t.id, text: await c.action.getBadgeText({ tabId: t.id }), title: await c.action.getTitle({ tabId: t.id }) })),
    );
  });

describe('a hidden dialog is offered in the toolbar popup; hostile names are shown safely', () => {
  let w: GuardWorld;
  let hostile: Address;
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    w = await startGuardWorld(inject('extensionDir'));
    // The whole supply with the deployer: concentrated, so an approve opens the dialog.
    hostile = await deployNamed(w.c, 'PlainToken', [HOSTILE_NAME, HOSTILE_SYMBOL, parseEther('1000')]);
  }, 180_000);
  afterAll(() => w?.close());

  for (const [how, decision] of [
    ['moves it into a display:none box', 'Cancel'],
    ['removes it over and over', 'Continue to wallet'],
  ] as const) {
    it(`the page ${how}: the popup offers the request; "${decision}" there ends it`, async () => {
      const { page } = await openDapp(w, 'viem-dapp');
      await page.evaluate(HIDE[how]);
      const t0 = Date.now();
      await approve(page, w.risky);
      const popup = await openPopup(w);
      const card = popup.locator('.wl-pending');
      await card.getByText('The page hid Whale Lens’s warning').waitFor({ timeout: 30_000 });
      console.log(`[pending] page ${how}: offered in the popup as hidden after ${Date.now() - t0} ms`);
      await expect(card.getByRole('heading').innerText()).resolves.toMatch(/A request from .* is waiting for you/);
      await expect(card.innerText()).resolves.toMatch(/Danger|Caution/);
      // Past the old 5 s stop: still waiting, nothing at the wallet.
      await page.waitForTimeout(Math.max(0, 6500 - (Date.now() - t0)));
      expect(await outcome(page)).toBeNull();
      expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
      const waitingBadge = (await badges(w)).find((b) => b.text === '1');
      expect(waitingBadge?.title).toMatch(/a request from this page is waiting for you/);
      await popup.screenshot({ path: join(artifacts, `hostile-pending-${decision === 'Cancel' ? 'cancel' : 'continue'}.png`) });

      await card.getByRole('button', { name: decision }).click();
      await page.waitForFunction(() => (window as any).__out !== null, null, { timeout: 15_000 });
      const out = await outcome(page);
      if (decision === 'Cancel') {
        expect(out).toEqual({ code: 4001 });
        expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
      } else {
        expect(typeof out?.ok).toBe('string');
        expect(await walletSaw(page)).toContain('eth_sendTransaction');
        const receipt = await w.c.public.waitForTransactionReceipt({ hash: out!.ok as Hash });
        expect(receipt.status).toBe('success');
      }
      // The request is gone from the popup, and the badge no longer says something is waiting.
      await popup.locator('.wl-pending').waitFor({ state: 'detached', timeout: 5_000 });
      await expect.poll(async () => (await badges(w)).some((b) => /waiting for you/.test(b.title))).toBe(false);
      await popup.close();
      await page.close();
    });
  }

  it('a bidi-override, zero-width, 300-character name: escaped, warned about, cut, no sideways scroll (dialog and popup)', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    await page.setViewportSize({ width: 1000, height: 800 });
    await approve(page, hostile);
    const d = await dialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name), 60_000);
    console.log(`[hostile] dialog text: ${d!.text.slice(0, 400)}`);
    expect(d!.text).toContain('[U+202E]USDC[U+200B]x');
    expect(d!.text).toMatch(/Contains hidden characters that can disguise it \(U\+202E, U\+200B/);
    expect(d!.text).not.toContain('x'.repeat(200)); // cut, full text in the tooltip
    expect(d!.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/);
    // The dialog box itself does not scroll sideways.
    // The dialog is drawn in the extension's guard frame; Playwright reaches into it.
    const [sw, cw] = await dialog.frame()!.evaluate(() => {
      const box = document.querySelector('[role="dialog"]')!;
      return [box.scrollWidth, box.clientWidth];
    });
    console.log(`[hostile] dialog scrollWidth ${sw} clientWidth ${cw}`);
    expect(sw).toBeLessThanOrEqual(cw);
    const pageSize = await noSidewaysScroll(page);
    expect(pageSize.scroll).toBeLessThanOrEqual(pageSize.client);
    await page.screenshot({ path: join(artifacts, 'hostile-name-dialog.png') });

    // The same request in the popup, then the token's full report there.
    const popup = await openPopup(w);
    const card = popup.locator('.wl-pending');
    await card.waitFor({ timeout: 15_000 });
    await expect(card.innerText()).resolves.toContain('[U+202E]USDC[U+200B]x');
    await expect(card.locator('.wl-safe-warning').first().innerText()).resolves.toMatch(/U\+202E, U\+200B/);
    const p1 = await noSidewaysScroll(popup);
    expect(p1.scroll).toBeLessThanOrEqual(p1.client);
    await popup.screenshot({ path: join(artifacts, 'hostile-name-popup-pending.png') });
    await card.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForFunction(() => (window as any).__out !== null, null, { timeout: 15_000 });
    expect(await outcome(page)).toEqual({ code: 4001 });

    await popup.getByLabel('Token address').fill(hostile);
    await popup.getByLabel('Chain').selectOption({ value: String(w.anvil.chainId) });
    await popup.getByRole('button', { name: 'Analyse' }).click();
    const header = popup.locator('.wl-header');
    await header.waitFor({ timeout: 60_000 });
    const text = await header.innerText();
    console.log(`[hostile] popup header: ${text}`);
    expect(text).toContain('[U+202E]');
    expect(text).toMatch(/Contains hidden characters/);
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/);
    // The chain reader keeps the first 100 characters of a name; all of them are in the tooltip.
    const name = header.locator('.wl-token-name bdi').first();
    const full = await name.getAttribute('title');
    expect(full).toBe(`[U+202E]USDC[U+200B]${'x'.repeat(94)}`);
    expect((await name.innerText()).length).toBeLessThan(full!.length);
    const p2 = await noSidewaysScroll(popup);
    expect(p2.scroll).toBeLessThanOrEqual(p2.client);
    await popup.screenshot({ path: join(artifacts, 'hostile-name-popup-report.png'), fullPage: true });
    await popup.close();
    await page.close();
  });
});
