/**
 * Invariant 1 in real Chromium: when analysis is slow (every RPC answer the extension gets is
 * delayed), the person still gets the dialog within ~2.5 s as "Not verified yet", with the same
 * choices, and it fills in when the verdict arrives. Cancel and Continue both end the request.
 * Each answer takes 1.2 s, so no section (not even control, whose findings are shown as soon as
 * they are in) is done when the dialog must appear.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dialogDelay, openDapp, result, SPENDER, start, startGuardWorld, USER, walletSaw, type GuardWorld } from './support/dapps/world';

describe('pre-sign guard with a slow node', () => {
  let w: GuardWorld;
  beforeAll(async () => {
    w = await startGuardWorld(inject('extensionDir'), { extensionRpcDelayMs: 1200 });
  }, 180_000);
  afterAll(() => w?.close());

  it('"Not verified yet" within ~2.5 s; Cancel → 4001 and nothing mined', async () => {
    const { page, dialog } = await openDapp(w, 'viem-dapp');
    const before = await w.c.public.getTransactionCount({ address: USER.address });
    await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '1')`);
    const d = await dialog.waitFor((x) => x !== null, 10_000);
    const ms = (await dialogDelay(page, dialog))!;
    console.log(`[guard-slow] dialog after ${ms.toFixed(0)} ms: ${d!.name}`);
    expect(d!.name).toMatch(/Whale Lens · Not verified yet/);
    expect(ms).toBeGreaterThan(2000);
    expect(ms).toBeLessThan(4000);
    expect(await walletSaw(page)).not.toContain('eth_sendTransaction');
    await dialog.click('Cancel');
    expect((await result(page)).code).toBe(4001);
    expect(await w.c.public.getTransactionCount({ address: USER.address })).toBe(before);
    await page.close();
  });

  it('the dialog fills in when the verdict arrives; Continue → mined', async () => {
    const { page, dialog } = await openDapp(w, 'ethers-dapp');
    await start(page, `window.dapp.approve('${w.risky}', '${SPENDER}', '2')`);
    const filled = await dialog.waitFor((x) => x !== null && /Danger|Caution/.test(x.name), 90_000);
    console.log(`[guard-slow] filled in: ${filled!.name}`);
    await dialog.click('Continue to wallet');
    const r = await result(page);
    expect(r.ok).toMatch(/^0x[0-9a-f]{64}$/);
    expect((await w.c.public.waitForTransactionReceipt({ hash: r.ok as `0x${string}` })).status).toBe('success');
    await page.close();
  });
});
