/**
 * Everything the guard's end-to-end tests and bench need: Anvil with a risky token (an
 * Ownable token whose single EOA owner can mint, pause and blacklist, and which holds the
 * whole supply), the dapp server, Chromium with the built extension, and the extension's
 * settings pointed at Anvil so verdicts come from the real background and risk engine.
 */
import { parseEther, type Address } from 'viem';
import type { Page } from 'playwright-core';

/** A page or one of its frames: what the dapp helpers need. */
type InPage = Pick<Page, 'evaluate' | 'waitForFunction'>;
import { startAnvil, type AnvilNode } from '../../../support/anvil';
import { accounts, clientsFor, installMulticall3, type Clients } from '../../../support/chain';
import { deployNamed, send, abiOf } from '../../../support/scenarios/tx';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/defaults';
import { launchWithExtension, type ExtensionBrowser } from '../browser';
import { startDappServer, type DappName, type DappServer } from './server';
import { ShadowDialog } from './shadow-dialog';
import { startSlowRpc } from './slow-rpc';

export const USER = accounts[1];
export const SPENDER = accounts[5].address;

export interface GuardWorld {
  anvil: AnvilNode;
  c: Clients;
  risky: Address;
  /** No owner, supply spread over 50 holders, a year old: nothing above info. */
  healthy: Address;
  dapps: DappServer;
  b: ExtensionBrowser;
  close(): Promise<void>;
}

export interface WorldOptions {
  /** Delay every RPC answer the extension gets by this much (the page's wallet stays fast). */
  extensionRpcDelayMs?: number;
  /** Chromium --host-resolver-rules, e.g. to serve a second hostname from loopback. */
  hostRules?: string[];
}

export async function startGuardWorld(extensionDir: string, opts: WorldOptions = {}): Promise<GuardWorld> {
  const anvil = await startAnvil();
  const c = clientsFor(anvil);
  await installMulticall3(c);
  const risky = await deployNamed(c, 'OwnedToken', [parseEther('1000000')]);
  await send(c, { address: risky, abi: abiOf('OwnedToken'), functionName: 'transfer', args: [USER.address, parseEther('10')] });
  const healthy = await deployNamed(c, 'PlainToken', ['Spread Token', 'SPRD', parseEther('5000')]);
  for (let i = 0; i < 50; i++) {
    const to = i === 0 ? USER.address : (`0x${(0xa11ce000 + i).toString(16).padStart(40, '0')}` as Address);
    await send(c, { address: healthy, abi: abiOf('PlainToken'), functionName: 'transfer', args: [to, parseEther('100')] });
  }
  await c.test.increaseTime({ seconds: 400 * 86_400 });
  await c.test.mine({ blocks: 1 });
  const dapps = await startDappServer({ rpcUrl: anvil.rpcUrl, account: USER.address });
  const b = await launchWithExtension({ extensionDir, hostRules: opts.hostRules });
  const slow = opts.extensionRpcDelayMs ? await startSlowRpc(anvil.rpcUrl, opts.extensionRpcDelayMs) : null;
  const rpcUrl = slow?.url ?? anvil.rpcUrl;
  const chain = { chainId: anvil.chainId, name: 'Anvil', rpcUrl, blockscoutUrl: '', explorerUrl: '', custom: true };
  await b.worker.evaluate(
    async (settings) => {
      await (globalThis as unknown as { chrome: any }).chrome.storage.local.set({ settings });
    },
    { ...DEFAULT_SETTINGS, chains: [...DEFAULT_SETTINGS.chains, chain] },
  );
  return {
    anvil,
    c,
    risky,
    healthy,
    dapps,
    b,
    async close() {
      await b.close().catch(() => undefined);
      await dapps.close();
      await slow?.close();
      await anvil.stop();
    },
  };
}

export async function openDapp(w: GuardWorld, name: DappName) {
  const page = await w.b.context.newPage();
  // tsx (the bench runner) compiles with keepNames: functions passed to page.evaluate then call __name.
  await page.addInitScript('globalThis.__name = (f) => f;');
  await page.goto(`${w.dapps.url}/${name}.html`);
  return { page, dialog: await ShadowDialog.for(page) };
}

/**
 * Starts a dapp call in the page without awaiting it (it stays pending while the dialog is up);
 * `result()` later gives { ok } or the EIP-1193 error code found anywhere in the library's error.
 */
export async function start(page: InPage, js: string) {
  await page.evaluate((code) => {
    const g = window as unknown as Record<string, unknown>;
    g.__result = undefined;
    g.__t0 = performance.now();
    const walk = (e: any, depth = 0): unknown =>
      e == null || depth > 6 ? undefined : e.code === 4001 ? 4001 : walk(e.cause ?? e.info?.error ?? e.error, depth + 1);
    // eslint-disable-next-line no-new-func
    (new Function(`return (${code})`)() as Promise<unknown>).then(
      (ok) => (g.__result = { ok, at: performance.now() }),
      (e) => (g.__result = { code: walk(e) ?? String(e?.code ?? e), message: String(e?.shortMessage ?? e?.message ?? e), at: performance.now() }),
    );
    (window as unknown as { __walletSaw: string[] }).__walletSaw.length = 0;
  }, js);
}

export async function result(page: InPage, timeoutMs = 30_000): Promise<{ ok?: unknown; code?: unknown; message?: string; at: number }> {
  await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined, null, { timeout: timeoutMs });
  return page.evaluate(() => (window as unknown as { __result: never }).__result);
}

export const walletSaw = (page: InPage) => page.evaluate(() => [...(window as unknown as { __walletSaw: string[] }).__walletSaw]);
/** From the dapp call (`start`) to the dialog drawn in the guard frame, in ms; null when none is drawn. */
export async function dialogDelay(page: Page, dialog: ShadowDialog): Promise<number | null> {
  const drawn = await dialog.drawnAt();
  if (drawn === null) return null;
  const t0 = await page.evaluate(() => performance.timeOrigin + (window as unknown as { __t0: number }).__t0);
  return drawn - t0;
}
