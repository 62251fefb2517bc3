/**
 * The guard is invisible to honest dapps, in real Chromium with the built extension: the wallet
 * keeps its shape (window.ethereum is still the wallet's own object in the same kind of
 * property, the same object EIP-6963 announces; request keeps its name and length; on()
 * returns what the wallet returns and listeners get the wallet's events), real libraries (viem,
 * ethers v6, mipd) work unchanged, and a dapp's own focus-trapped modal does not swallow the
 * person's first click on the guard's dialog.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDapp, result, SPENDER, start, startGuardWorld, walletSaw, type GuardWorld } from './support/dapps/world';

const FLAGGED = /Danger|Caution|Not verified yet|Could not verify/;

describe('pre-sign guard: invisible to honest dapps', () => {
  let w: GuardWorld;
  beforeAll(async () => {
    w = await startGuardWorld(inject('extensionDir'));
  }, 180_000);
  afterAll(() => w?.close());

  for (const dapp of ['viem-dapp', 'ethers-dapp', 'mipd-dapp'] as const) {
    it(`${dapp}: window.ethereum keeps the wallet's shape, identity and events`, async () => {
      const { page } = await openDapp(w, dapp);
      const shape = await page.evaluate(() => {
        const g = window as any;
        const d = Object.getOwnPropertyDescriptor(window, 'ethereum')!;
        let announced: unknown;
        const grab = (e: Event) => (announced ??= (e as CustomEvent).detail.provider);
        window.addEventListener('eip6963:announceProvider', grab);
        window.dispatchEvent(new Event('eip6963:requestProvider'));
        window.removeEventListener('eip6963:announceProvider', grab);
        const eth = g.ethereum;
        const got: unknown[] = [];
        const onChain = (c: unknown) => got.push(c);
        const chained = eth.on('chainChanged', onChain);
        g.__emitWallet('chainChanged', '0x1');
        const removed = eth.removeListener('chainChanged', onChain);
        g.__emitWallet('chainChanged', '0x2');
        return {
          kind: 'value' in d ? 'data' : 'accessor',
          flags: [d.writable, d.enumerable, d.configurable],
          sameAsAnnounced: announced === eth,
          stable: g.ethereum === eth,
          name: eth.request.name,
          length: eth.request.length,
          chainedIsProvider: chained === eth,
          removedIsProvider: removed === eth,
          got,
          isTestWallet: eth.isTestWallet,
          guarded: eth.request !== Object.getOwnPropertyDescriptor(Object.getPrototypeOf(eth), 'request')?.value,
        };
      });
      // The test wallet assigns window.ethereum = provider: a plain writable data property.
      expect(shape).toEqual({
        kind: 'data',
        flags: [true, true, true],
        sameAsAnnounced: true,
        stable: true,
        name: 'request',
        length: 1,
        chainedIsProvider: true,
        removedIsProvider: true,
        got: ['0x1'],
        isTestWallet: true,
        guarded: true,
      });
      await page.close();
    });
  }

  it('viem and ethers v6 read calls and a healthy approve go through with no dialog', async () => {
    for (const dapp of ['viem-dapp', 'ethers-dapp'] as const) {
      const { page, dialog } = await openDapp(w, dapp);
      await start(page, `window.dapp.approve('${w.healthy}', '${SPENDER}', '5')`);
      const r = await result(page, 60_000);
      expect(r.ok).toMatch(/^0x[0-9a-f]{64}$/);
      expect(await dialog.dialog()).toBeNull();
      await page.close();
    }
  });

  // A dialog in the page's own document (a closed shadow root) lost this: to the page's capture
  // listeners a click on it was a click "outside" the modal, and focus-trap cancelled it. In the
  // extension-origin frame the person's clicks never enter the page's document.
  for (const choice of ['Cancel', 'Continue to wallet'] as const) {
    it(`a dapp's focus-trapped modal (focus-trap) does not swallow the person's first click: "${choice}"`, async () => {
      const { page, dialog } = await openDapp(w, 'trap-dapp');
      await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '31')`);
      await dialog.waitFor((x) => x !== null && FLAGGED.test(x.name), 30_000);
      expect(await page.evaluate(() => (window as any).__trapActive())).toBe(true);
      if (choice === 'Continue to wallet') await dialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name), 60_000);
      await dialog.click(choice); // one click, as a person would
      const r = await result(page, 5_000);
      if (choice === 'Cancel') {
        expect(r.code).toBe(4001);
        expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
      } else {
        expect(r.ok).toMatch(/^0x[0-9a-f]{64}$/);
        expect((await w.c.public.waitForTransactionReceipt({ hash: r.ok as `0x${string}` })).status).toBe('success');
      }
      await page.close();
    });
  }
});
