/**
 * The pre-sign guard against hostile and busy pages, in real Chromium with the built extension,
 * Anvil, real client libraries (viem, ethers v6, an EIP-6963-only dapp) and pages that tamper.
 * Each case ends with the same proof: the wallet never saw the risky request unless the person
 * chose "Continue" on a dialog they could see, and every request ended.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeFunctionData, erc20Abi, type Address } from 'viem';
import type { Page } from 'playwright-core';
import { openDapp, result, SPENDER, start, startGuardWorld, USER, walletSaw, type GuardWorld } from './support/dapps/world';
import type { ShadowDialog } from './support/dapps/shadow-dialog';

const FLAGGED = /Danger|Caution|Not verified yet|Could not verify/;

function approveData(spender: Address, amount: bigint) {
  return encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [spender, amount] });
}

/** Starts `n` raw eth_sendTransaction approves at once; their outcomes land in window.__all. */
async function fire(page: Page, n: number, token: Address, extra = '') {
  await page.evaluate(
    ({ n, token, data, from, extra }) => {
      const g = window as any;
      g.__walletSaw.length = 0;
      g.__all = Array.from({ length: n }, () => null);
      // eslint-disable-next-line no-new-func
      new Function(extra)();
      for (let i = 0; i < n; i++) {
        g.ethereum.request({ method: 'eth_sendTransaction', params: [{ from, to: token, data }] }).then(
          (ok: unknown) => (g.__all[i] = { ok }),
          (e: any) => (g.__all[i] = { code: e?.code }),
        );
      }
    },
    { n, token, data: approveData(SPENDER, 1n), from: USER.address, extra },
  );
}
const outcomes = (page: Page) => page.evaluate(() => (window as any).__all as ({ ok?: unknown; code?: unknown } | null)[]);

/** Cancels dialogs one after another until `done()` holds (the last answer reaches the page a moment after its click). */
async function cancelUntil(dialog: ShadowDialog, done: () => Promise<boolean>, max = 20) {
  for (let i = 0; i < max; i++) {
    const end = Date.now() + 30_000;
    for (;;) {
      if (await done()) return;
      const d = await dialog.dialog();
      if (d !== null && FLAGGED.test(d.name)) break;
      if (Date.now() > end) throw new Error(`no guard dialog and not done; last: ${JSON.stringify(d)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await dialog.click('Cancel');
  }
}

describe('pre-sign guard on hostile and busy pages', () => {
  let w: GuardWorld;
  beforeAll(async () => {
    w = await startGuardWorld(inject('extensionDir'));
  }, 180_000);
  afterAll(() => w?.close());

  it('busy: nine concurrent risky approves (ethers v6) — none reaches the wallet without a dialog', async () => {
    const { page, dialog } = await openDapp(w, 'ethers-dapp');
    await page.evaluate(
      ({ token, spender }) => {
        const g = window as any;
        g.__walletSaw.length = 0;
        g.__all = Array.from({ length: 9 }, () => null);
        for (let i = 0; i < 9; i++)
          g.dapp.approve(token, spender, String(i + 1)).then(
            (ok: unknown) => (g.__all[i] = { ok }),
            (e: any) => (g.__all[i] = { code: e?.code === 'ACTION_REJECTED' ? 4001 : (e?.info?.error?.code ?? e?.code) }),
          );
      },
      { token: w.risky, spender: SPENDER },
    );
    await dialog.waitFor((x) => x !== null && FLAGGED.test(x.name), 30_000);
    await page.waitForTimeout(2500); // past the hook's ack timeout: nothing failed open
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    await cancelUntil(dialog, async () => (await outcomes(page)).every((o) => o !== null));
    const all = await outcomes(page);
    expect(all.map((o) => o!.code)).toEqual(Array(9).fill(4001));
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    await page.close();
  });

  it('busy: eight forged checks held open do not let the page\u2019s own risky approve through (viem)', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    // Forged checks on the page's channel, each for the risky token: they hold every slot.
    await page.evaluate(
      ({ token, data, from }) => {
        for (let i = 0; i < 8; i++) {
          const id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
          const payload = JSON.stringify([{ from, to: token, data }]);
          window.postMessage(
            { channel: 'whale-lens:guard/v1', dir: 'to-ext', kind: 'check', id, method: 'eth_sendTransaction', payload, chainId: '0x7a69' },
            '*',
          );
        }
      },
      { token: w.risky, data: approveData(SPENDER, 5n), from: USER.address },
    );
    await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '9')`);
    await page.waitForTimeout(3000);
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    expect(await page.evaluate(() => (window as any).__result)).toBeUndefined();
    // The person works through the dialogs; the page's own request is among them.
    await cancelUntil(dialog, async () => (await page.evaluate(() => (window as any).__result)) !== undefined);
    expect((await result(page)).code).toBe(4001);
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    await page.close();
  });

  it('tampered built-ins (charCodeAt throws, an Array.prototype[0] setter): still checked, no hang', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    const t0 = Date.now();
    // After this the page's own JS helpers (and Playwright's) are unreliable: the outcome goes to the title.
    await page.evaluate(
      ({ token, data, from }) => {
        String.prototype.charCodeAt = () => {
          throw new Error('page broke charCodeAt');
        };
        Object.defineProperty(Array.prototype, '0', { set() {}, get() {}, configurable: true });
        (window as any).ethereum.request({ method: 'eth_sendTransaction', params: [{ from, to: token, data }] }).then(
          () => (document.title = 'forwarded'),
          (e: any) => (document.title = `error ${e?.code}`),
        );
      },
      { token: w.risky, data: approveData(SPENDER, 1n), from: USER.address },
    );
    await dialog.waitFor((x) => x !== null && FLAGGED.test(x.name), 30_000);
    console.log(`[guard-hostile] tampered page: dialog after ${Date.now() - t0} ms`);
    expect(await page.title()).toBe('viem-dapp');
    await dialog.click('Cancel');
    for (let i = 0; i < 50 && (await page.title()) === 'viem-dapp'; i++) await page.waitForTimeout(100);
    expect(await page.title()).toBe('error 4001');
    await page.close();
  });

  // A page that hides the dialog (display:none box, removed over and over): the request is now
  // offered in the toolbar popup instead of ending at 5 s — tests/e2e/guard-pending-popup.test.ts.

  it('an overlay with pointer-events:none over the dialog: the person\u2019s click on "Continue" does not count', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    await fire(page, 1, w.risky);
    await dialog.waitFor((x) => x !== null && FLAGGED.test(x.name), 30_000);
    // A decoy drawn over the dialog that lets clicks fall through to it.
    await page.evaluate(() => {
      const d = document.createElement('div');
      d.id = 'decoy';
      d.textContent = 'Click twice to claim your airdrop';
      d.style.cssText = 'position:fixed;inset:0;z-index:2147483647;pointer-events:none;background:#fff;font-size:40px';
      document.documentElement.append(d);
    });
    await page.waitForTimeout(500);
    await dialog.click('Continue to wallet');
    await page.waitForTimeout(800);
    expect((await outcomes(page))[0]).toBeNull();
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    // Decoy gone: the person sees the dialog, and their choice counts.
    await page.evaluate(() => document.getElementById('decoy')!.remove());
    await dialog.click('Cancel');
    await page.waitForFunction(() => (window as any).__all[0] !== null);
    expect((await outcomes(page))[0]).toEqual({ code: 4001 });
    await page.close();
  });

  it('a wallet slow to answer eth_chainId and no chainId in the tx: "Could not verify", not a silent forward', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    // Every eth_chainId the wallet sends to its node takes 3 s.
    await page.route(`${w.anvil.rpcUrl}**`, async (route) => {
      if (/eth_chainId/.test(route.request().postData() ?? '')) await new Promise((r) => setTimeout(r, 3000));
      await route.continue();
    });
    await fire(page, 1, w.risky);
    const d = await dialog.waitFor((x) => x !== null && /Could not verify/.test(x.name), 10_000);
    expect(d!.text).toMatch(/did not say which network/);
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    await dialog.click('Cancel');
    await page.waitForFunction(() => (window as any).__all[0] !== null);
    expect((await outcomes(page))[0]).toEqual({ code: 4001 });
    await page.close();
  });

  it('data and input that disagree: the hidden approve is found and flagged', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    await page.evaluate(
      ({ token, input, from }) => {
        const g = window as any;
        g.__all = [null];
        g.ethereum.request({ method: 'eth_sendTransaction', params: [{ from, to: token, data: '0x', input }] }).then(
          (ok: unknown) => (g.__all[0] = { ok }),
          (e: any) => (g.__all[0] = { code: e?.code }),
        );
      },
      { token: w.risky, input: approveData(SPENDER, 2n ** 256n - 1n), from: USER.address },
    );
    const d = await dialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name), 30_000);
    expect(d!.text).toMatch(/data and input/);
    expect(d!.text).toMatch(/Unlimited approval/);
    await dialog.click('Cancel');
    await page.waitForFunction(() => (window as any).__all[0] !== null);
    expect((await outcomes(page))[0]).toEqual({ code: 4001 });
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    await page.close();
  });

  it('ethers v6 eth_signTransaction → dialog; Continue → signed, then sent raw with no second dialog, mined', async () => {
    const { page, dialog } = await openDapp(w, 'ethers-dapp');
    await start(page, `window.dapp.signThenSend('${w.risky}', '${SPENDER}', '77')`);
    await dialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name), 30_000);
    expect(await walletSaw(page)).not.toContain('eth_signTransaction');
    await dialog.click('Continue to wallet');
    const r = await result(page);
    expect(r.ok).toMatch(/^0x[0-9a-f]{64}$/);
    expect(await walletSaw(page)).toEqual(expect.arrayContaining(['eth_signTransaction', 'eth_sendRawTransaction']));
    expect(await dialog.dialog()).toBeNull();
    expect((await w.c.public.waitForTransactionReceipt({ hash: r.ok as `0x${string}` })).status).toBe('success');
    await page.close();
  });

  it('a page Proxy around window.ethereum: one check, one dialog, no recursion; Cancel → 4001', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    await page.evaluate(() => {
      const g = window as any;
      g.__checks = 0;
      window.addEventListener('message', (e) => {
        if (e.data?.channel === 'whale-lens:guard/v1' && e.data.kind === 'check') g.__checks++;
      });
      g.ethereum = new Proxy(g.ethereum, { get: (t, k) => (k === 'request' ? (...a: unknown[]) => t.request(...a) : t[k]) });
    });
    await fire(page, 1, w.risky);
    await dialog.waitFor((x) => x !== null && FLAGGED.test(x.name), 30_000);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as any).__checks)).toBe(1);
    await dialog.click('Cancel');
    await page.waitForFunction(() => (window as any).__all[0] !== null);
    expect((await outcomes(page))[0]).toEqual({ code: 4001 });
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    await page.close();
  });

  it('a wallet that defines window.ethereum 5 s after load is still wrapped', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    await page.waitForTimeout(5000);
    await page.evaluate(() => {
      const g = window as any;
      const late = { isLateWallet: true, request: (a: unknown) => g.__rawWallet.request(a) };
      Object.defineProperty(window, 'ethereum', { value: late, configurable: true, writable: true, enumerable: true });
    });
    await page.waitForTimeout(1500);
    await fire(page, 1, w.risky);
    await dialog.waitFor((x) => x !== null && FLAGGED.test(x.name), 30_000);
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    expect(await page.evaluate(() => (window as any).ethereum.isLateWallet)).toBe(true);
    await dialog.click('Cancel');
    await page.waitForFunction(() => (window as any).__all[0] !== null);
    expect((await outcomes(page))[0]).toEqual({ code: 4001 });
    await page.close();
  });
});
