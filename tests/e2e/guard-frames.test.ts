/**
 * Dapps inside iframes, in real Chromium with the built extension: a same-origin frame and a
 * cross-origin frame (a second loopback hostname). The hook and guard scripts run in the frame;
 * the dialog is shown in the TOP frame (the subframe's check goes through the background);
 * Cancel → 4001 with nothing sent, Continue → the approve reaches the wallet and is mined.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { result, SPENDER, start, startGuardWorld, walletSaw, type GuardWorld } from './support/dapps/world';
import { FRAME_HOST, FRAME_HOST_RULE } from './support/dapps/server';
import { ShadowDialog } from './support/dapps/shadow-dialog';

const FLAGGED = /Danger|Caution|Not verified yet|Could not verify/;
const hasDialogHost = (f: Page | Frame) => f.evaluate(() => document.querySelector('whale-lens-guard') !== null);

describe('pre-sign guard for dapps in iframes', () => {
  let w: GuardWorld;
  beforeAll(async () => {
    w = await startGuardWorld(inject('extensionDir'), { hostRules: [FRAME_HOST_RULE] });
  }, 180_000);
  afterAll(() => w?.close());

  it('the manifest runs the guard in every frame, the detect (badge) script in the top frame only', () => {
    const m = JSON.parse(readFileSync(join(inject('extensionDir'), 'manifest.json'), 'utf8')) as {
      content_scripts: { js: string[]; all_frames?: boolean; match_about_blank?: boolean; match_origin_as_fallback?: boolean }[];
    };
    const by = (name: string) => m.content_scripts.find((c) => c.js.some((j) => j.includes(name)))!;
    for (const name of ['guard-hook.js', 'guard.js'])
      expect(by(name)).toMatchObject({ all_frames: true, match_about_blank: true, match_origin_as_fallback: true });
    expect(by('detect.js').all_frames).toBeFalsy();
  });

  async function openFramed(kind: 'same' | 'cross', dapp: 'viem-dapp' | 'ethers-dapp') {
    const page = await w.b.context.newPage();
    await page.goto(`${w.dapps.url}/framed/${kind}/${dapp}.html`);
    const frame = await (await page.waitForSelector('iframe#dapp')).contentFrame();
    if (!frame) throw new Error('no dapp frame');
    await frame.waitForFunction(() => (window as any).dapp !== undefined);
    expect(new URL(frame.url()).hostname).toBe(kind === 'same' ? '127.0.0.1' : FRAME_HOST);
    return { page, frame, dialog: await ShadowDialog.for(page) };
  }

  for (const [kind, dapp] of [
    ['same', 'viem-dapp'],
    ['cross', 'ethers-dapp'],
    ['cross', 'viem-dapp'],
  ] as const) {
    it(`${kind}-origin iframe (${dapp}): risky approve → dialog in the top frame; Cancel → 4001, Continue → mined`, async () => {
      const { page, frame, dialog } = await openFramed(kind, dapp);
      const t0 = Date.now();
      await start(frame, `window.dapp.approve('${w.risky}', '${SPENDER}', '4242')`);
      await dialog.waitFor((x) => x !== null && FLAGGED.test(x.name), 30_000);
      console.log(`[guard-frames] ${kind}-origin ${dapp}: dialog in the top frame after ${Date.now() - t0} ms`);
      expect(await hasDialogHost(page)).toBe(true);
      expect(await hasDialogHost(frame)).toBe(false);
      expect(await walletSaw(frame)).not.toContain('eth_sendTransaction');
      await dialog.click('Cancel');
      expect((await result(frame)).code).toBe(4001);
      expect(await walletSaw(frame)).not.toContain('eth_sendTransaction');
      // The guard frame stays mounted (hidden) for the next check; no dialog is drawn in it.
      await dialog.waitFor((x) => x === null);

      await start(frame, `window.dapp.approve('${w.risky}', '${SPENDER}', '4243')`);
      await dialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name), 60_000);
      expect(await walletSaw(frame)).not.toContain('eth_sendTransaction');
      await dialog.click('Continue to wallet');
      const r = await result(frame);
      expect(r.ok).toMatch(/^0x[0-9a-f]{64}$/);
      expect((await w.c.public.waitForTransactionReceipt({ hash: r.ok as `0x${string}` })).status).toBe('success');
      await page.close();
    });
  }

  it('a parent page cannot answer for its cross-origin frame: a forged "forward" posted into the frame is ignored', async () => {
    const { page, frame, dialog } = await openFramed('cross', 'viem-dapp');
    // The parent floods the frame with forged decisions for any id (it cannot see the frame's ids).
    await page.evaluate(() => {
      const child = (document.getElementById('dapp') as HTMLIFrameElement).contentWindow!;
      (window as any).__forge = setInterval(() => {
        const id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
        child.postMessage({ channel: 'whale-lens:guard/v1', dir: 'to-page', kind: 'decision', id, decision: 'forward' }, '*');
        child.postMessage(
          { channel: 'whale-lens:guard/v1', dir: 'to-ext', kind: 'check', id, method: 'eth_sendTransaction', payload: '[]', chainId: null },
          '*',
        );
      }, 20);
    });
    await start(frame, `window.dapp.approve('${w.risky}', '${SPENDER}', '1')`);
    await dialog.waitFor((x) => x !== null && FLAGGED.test(x.name), 30_000);
    await page.waitForTimeout(1000);
    expect(await walletSaw(frame)).not.toContain('eth_sendTransaction');
    await dialog.click('Cancel');
    expect((await result(frame)).code).toBe(4001);
    expect(await walletSaw(frame)).not.toContain('eth_sendTransaction');
    // Only the frame's own request was shown: no dialog for the forged checks.
    await page.waitForTimeout(500);
    expect(await dialog.dialog()).toBeNull();
    await page.close();
  });
});
