/**
 * The pre-sign guard in real Chromium with the built extension, Anvil and three real client
 * libraries (viem over window.ethereum, ethers v6 BrowserProvider, mipd EIP-6963 discovery +
 * viem sendCalls). Verdicts come from the real background and risk engine, analysing a token
 * on Anvil. Clicks are real (trusted) mouse input into the closed shadow root.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseAbi } from 'viem';
import { openDapp, result, SPENDER, start, startGuardWorld, USER, walletSaw, dialogDelay, type GuardWorld } from './support/dapps/world';

const VERDICT = /Danger|Caution|Not verified yet|Could not verify/;
const erc20 = parseAbi(['function allowance(address, address) view returns (uint256)']);

describe('pre-sign guard in Chromium', () => {
  let w: GuardWorld;
  beforeAll(async () => {
    w = await startGuardWorld(inject('extensionDir'));
  }, 180_000);
  afterAll(() => w?.close());

  const nonce = () => w.c.public.getTransactionCount({ address: USER.address, blockTag: 'pending' });

  it('viem: a risky approve is stopped before the wallet sees it; Cancel → 4001, nothing mined', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    const before = await nonce();
    await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '${2n ** 256n - 1n}')`);
    const d = await dialog.waitFor((x) => x !== null && VERDICT.test(x.name));
    expect(d!.name).toMatch(/^Whale Lens/);
    expect(d!.text).toContain('Unlimited approval');
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    console.log(`[guard] first dialog after ${(await dialogDelay(page, dialog))?.toFixed(0)} ms: ${d!.name}`);
    // Filled in as the analysis finishes: a concentrated, owner-controlled token.
    const filled = await dialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name), 60_000);
    console.log(`[guard] verdict: ${filled!.name}`);
    await dialog.click('Cancel');
    const r = await result(page);
    expect(r.code).toBe(4001);
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    expect(await nonce()).toBe(before);
    expect(await dialog.dialog()).toBeNull();
    await page.close();
  });

  it('ethers v6: Continue → the request reaches the wallet unchanged and is mined', async () => {
    const { page, dialog } = await openDapp(w, 'ethers-dapp');
    const before = await nonce();
    await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '12345')`);
    const d = await dialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name));
    console.log(`[guard] warm-cache dialog after ${(await dialogDelay(page, dialog))?.toFixed(0)} ms`);
    expect(d!.text).toMatch(/Approve 0\.\d+ \w+|Approve 12345/);
    await dialog.click('Continue to wallet');
    const r = await result(page);
    expect(r.ok).toMatch(/^0x[0-9a-f]{64}$/);
    await w.c.public.waitForTransactionReceipt({ hash: r.ok as `0x${string}` });
    expect(await nonce()).toBe(before + 1);
    expect(await w.c.public.readContract({ address: w.risky, abi: erc20, functionName: 'allowance', args: [USER.address, SPENDER] })).toBe(12345n);
    await page.close();
  });

  it('mipd (EIP-6963) + wallet_sendCalls: a batch with one risky call is caught', async () => {
    const { page, dialog } = await openDapp(w, 'mipd-dapp');
    expect(await page.evaluate(() => (window as any).dapp.announced())).toContain('dev.whalelens.testwallet');
    const before = await nonce();
    await start(
      page,
      `window.dapp.batch([{ kind: 'transfer', token: '${w.risky}', to: '${SPENDER}', amount: '1' }, { kind: 'approve', token: '${w.risky}', to: '${SPENDER}', amount: '5' }])`,
    );
    const d = await dialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name));
    expect(d!.text).toMatch(/Send/);
    expect(d!.text).toMatch(/Approve/);
    expect(await walletSaw(page)).not.toContain('wallet_sendCalls');
    await dialog.click('Cancel');
    expect((await result(page)).code).toBe(4001);
    expect(await nonce()).toBe(before);
    await page.close();
  });

  it('a page script cannot click "Continue" for the person', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '1')`);
    await dialog.waitFor((x) => x !== null);
    // Synthetic events from the page, aimed at the host element (the closed root hides the buttons).
    await page
      .evaluate(() => {
        const host = document.querySelector('whale-lens-guard')!;
        host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        return host.shadowRoot; // closed: null
      })
      .then((root) => expect(root).toBeNull());
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).__result)).toBeUndefined();
    expect(await dialog.dialog()).not.toBeNull();
    await dialog.click('Cancel');
    expect((await result(page)).code).toBe(4001);
    await page.close();
  });

  it('a healthy token passes with no dialog; the added delay is measured', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    const measure = async () => {
      await start(page, `window.dapp.approve('${w.healthy}', '${SPENDER}', '100')`);
      const r = await result(page, 60_000);
      const t0 = await page.evaluate(() => (window as any).__t0 as number);
      return { r, ms: r.at - t0 };
    };
    const cold = await measure();
    expect(await dialog.dialog()).toBeNull();
    expect(cold.r.ok).toMatch(/^0x/);
    const warm = await measure();
    expect(await dialog.dialog()).toBeNull();
    expect(await walletSaw(page)).toContain('eth_sendTransaction');
    // The same approve, as one eth_sendTransaction: through the hook vs the wallet's own
    // (never wrapped) request function. The difference is what the guard adds.
    const t = await page.evaluate(
      async ({ token, spender, from }) => {
        const data = '0x095ea7b3' + spender.slice(2).toLowerCase().padStart(64, '0') + (100).toString(16).padStart(64, '0');
        const args = { method: 'eth_sendTransaction', params: [{ from, to: token, data }] };
        const g = window as any;
        const time = async (f: () => Promise<unknown>) => {
          const s = performance.now();
          await f();
          return performance.now() - s;
        };
        const guarded: number[] = [];
        const raw: number[] = [];
        for (let i = 0; i < 5; i++) {
          guarded.push(await time(() => g.ethereum.request(args)));
          raw.push(await time(() => g.__rawWallet.request(args)));
        }
        const med = (xs: number[]) => xs.sort((a, b) => a - b)[2];
        return { guarded: med(guarded), raw: med(raw) };
      },
      { token: w.healthy, spender: SPENDER, from: USER.address },
    );
    expect(await dialog.dialog()).toBeNull();
    console.log(
      `[guard] healthy token: first approve (cold analysis) ${cold.ms.toFixed(0)} ms, then viem ${warm.ms.toFixed(0)} ms; ` +
        `eth_sendTransaction median guarded ${t.guarded.toFixed(1)} ms vs wallet alone ${t.raw.toFixed(1)} ms`,
    );
    await page.close();
  });

  it('requests that touch no token pass with no dialog; non-signing calls are barely slowed', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    await start(page, `window.dapp.sendEth('${SPENDER}')`);
    const r = await result(page);
    expect(r.ok).toMatch(/^0x[0-9a-f]{64}$/);
    expect(await dialog.dialog()).toBeNull();
    const t = await page.evaluate(async () => {
      const d = (window as any).dapp;
      const time = async (f: () => Promise<unknown>) => {
        const s = performance.now();
        for (let i = 0; i < 200; i++) await f();
        return (performance.now() - s) / 200;
      };
      return { wrapped: await time(d.chainId), raw: await time(d.rawChainId) };
    });
    console.log(`[guard] eth_chainId round trip: wrapped ${t.wrapped.toFixed(3)} ms, raw ${t.raw.toFixed(3)} ms`);
    await page.close();
  });

  it('"Don\'t warn me about this token on this site" → the next request on it passes with no dialog', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '7')`);
    await dialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name));
    await dialog.click("Don't warn me about this token on this site");
    await dialog.click('Continue to wallet');
    expect((await result(page)).ok).toMatch(/^0x/);
    await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '8')`);
    const r = await result(page);
    expect(r.ok).toMatch(/^0x/);
    expect(await dialog.dialog()).toBeNull();
    const t0 = await page.evaluate(() => (window as any).__t0 as number);
    console.log(`[guard] dismissed token: request answered after ${(r.at - t0).toFixed(0)} ms with no dialog`);
    await page.close();
  });
});
