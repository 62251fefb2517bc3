/**
 * Wallets wrapped whenever and however they arrive, in real Chromium with the built extension:
 * an EIP-6963 wallet announced long after load, wallet providers that are Proxies refusing
 * changes (throwing, or silently ignoring writes), through window.ethereum and EIP-6963, and a
 * wallet announced again and again — each risky approve gets exactly one dialog, Cancel → 4001,
 * the wallet sees nothing, and window.ethereum keeps working.
 */
import { encodeFunctionData, erc20Abi } from 'viem';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openDapp, SPENDER, startGuardWorld, USER, walletSaw, type GuardWorld } from './support/dapps/world';
import type { ShadowDialog } from './support/dapps/shadow-dialog';

const FLAGGED = /Danger|Caution|Not verified yet|Could not verify/;

/** Installs the late wallet's factory and an EIP-6963 dapp listener that counts announcements and checks. */
async function prepare(page: Page) {
  await page.evaluate(() => {
    const g = window as any;
    g.__found = [];
    g.__checks = 0;
    window.addEventListener('message', (e) => {
      if (e.data?.channel === 'whale-lens:guard/v1' && e.data.kind === 'check') g.__checks++;
    });
    window.addEventListener('eip6963:announceProvider', (e) => {
      const p = (e as CustomEvent).detail.provider;
      if (p.isLateWallet) g.__found.push(p);
    });
    g.__lateWallet = (mode: 'throw' | 'ignore') => {
      const raw = {
        isLateWallet: true,
        request: (a: unknown) => g.__rawWallet.request(a),
        on() {
          return this;
        },
      };
      const refuse =
        mode === 'throw'
          ? () => {
              throw new Error('read-only wallet');
            }
          : () => true;
      return new Proxy(raw, { set: refuse, defineProperty: refuse, deleteProperty: refuse });
    };
    g.__info = Object.freeze({ uuid: '0b6e1a52-5a53-4f1c-9f0e-2c1c3e7f9d10', name: 'Late Wallet', icon: 'data:,', rdns: 'dev.whalelens.late' });
  });
}

async function approveVia(page: Page, expr: string, token: string) {
  await page.evaluate(
    ({ expr, token, data, from }) => {
      const g = window as any;
      g.__walletSaw.length = 0;
      g.__out = null;
      // eslint-disable-next-line no-new-func
      const provider = new Function(`return (${expr})`)();
      provider.request({ method: 'eth_sendTransaction', params: [{ from, to: token, data }] }).then(
        (ok: unknown) => (g.__out = { ok }),
        (e: any) => (g.__out = { code: e?.code }),
      );
    },
    { expr, token, data: encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [SPENDER, 7n] }), from: USER.address },
  );
}

async function cancelOnce(page: Page, dialog: ShadowDialog) {
  await dialog.waitFor((x) => x !== null && FLAGGED.test(x.name), 30_000);
  expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
  await dialog.click('Cancel');
  await page.waitForFunction(() => (window as any).__out !== null, null, { timeout: 10_000 });
  expect(await page.evaluate(() => (window as any).__out)).toEqual({ code: 4001 });
  expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
  // One request, one check, one dialog: none follows.
  await page.waitForTimeout(600);
  expect(await dialog.dialog()).toBeNull();
  expect(await page.evaluate(() => (window as any).__checks)).toBe(1);
}

describe('pre-sign guard: wallets arriving late or resisting', () => {
  let w: GuardWorld;
  beforeAll(async () => {
    w = await startGuardWorld(inject('extensionDir'));
  }, 180_000);
  afterAll(() => w?.close());

  for (const mode of ['throw', 'ignore'] as const) {
    it(`an EIP-6963 wallet announced 6 s after load, a Proxy that ${mode === 'throw' ? 'throws on' : 'ignores'} writes: guarded`, async () => {
      const { page, dialog } = await openDapp(w, 'mipd-dapp');
      await prepare(page);
      await page.waitForTimeout(6000);
      await page.evaluate((mode) => {
        const g = window as any;
        const wallet = g.__lateWallet(mode);
        window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info: g.__info, provider: wallet }) }));
      }, mode);
      expect(await page.evaluate(() => (window as any).__found.length)).toBe(1); // the dapp heard it once
      await approveVia(page, 'window.__found[0]', w.risky);
      await cancelOnce(page, dialog);
      await page.close();
    });

    it(`window.ethereum replaced by a wallet Proxy that ${mode === 'throw' ? 'throws on' : 'ignores'} writes: still works, still guarded`, async () => {
      const { page, dialog } = await openDapp(w, 'viem-dapp');
      await prepare(page);
      const assigned = await page.evaluate((mode) => {
        const g = window as any;
        try {
          g.ethereum = g.__lateWallet(mode);
          return 'ok';
        } catch (e) {
          return String(e);
        }
      }, mode);
      expect(assigned).toBe('ok');
      await page.waitForTimeout(1500); // the watchdog's round (once a second for the page's life)
      expect(await page.evaluate(() => (window as any).ethereum.isLateWallet)).toBe(true);
      expect(await page.evaluate(() => (window as any).ethereum.request({ method: 'eth_chainId' }))).toMatch(/^0x/);
      await approveVia(page, 'window.ethereum', w.risky);
      await cancelOnce(page, dialog);
      await page.close();
    });
  }

  it('a wallet re-announced many times (and the page asking again and again): one dialog per request', async () => {
    const { page, dialog } = await openDapp(w, 'mipd-dapp');
    await prepare(page);
    await page.evaluate(() => {
      let n = 0;
      const again = setInterval(() => {
        window.dispatchEvent(new Event('eip6963:requestProvider'));
        if (++n === 20) clearInterval(again);
      }, 50);
    });
    await page.waitForTimeout(1200);
    // The same provider every time: window.ethereum is the announced object.
    expect(
      await page.evaluate(() => {
        const seen = new Set<unknown>();
        const grab = (e: Event) => seen.add((e as CustomEvent).detail.provider);
        window.addEventListener('eip6963:announceProvider', grab);
        window.dispatchEvent(new Event('eip6963:requestProvider'));
        window.dispatchEvent(new Event('eip6963:requestProvider'));
        window.removeEventListener('eip6963:announceProvider', grab);
        return seen.size === 1 && seen.has((window as any).ethereum);
      }),
    ).toBe(true);
    await approveVia(page, 'window.ethereum', w.risky);
    await cancelOnce(page, dialog);
    await page.close();
  });
});
