/**
 * Starting a dapp call in the page without awaiting it (it stays pending while the guard's dialog
 * is up) and reading its outcome later: the Chromium suite's start/result (tests/e2e/support/dapps/world.ts)
 * for a puppeteer page.
 */
import type { Page } from 'puppeteer-core';

export async function start(page: Page, js: string): Promise<void> {
  await page.evaluate((code: string) => {
    const g = window as unknown as Record<string, unknown>;
    g.__result = undefined;
    const walk = (e: any, depth = 0): unknown =>
      e == null || depth > 6 ? undefined : e.code === 4001 ? 4001 : walk(e.cause ?? e.info?.error ?? e.error, depth + 1);
    // eslint-disable-next-line no-new-func
    (new Function(`return (${code})`)() as Promise<unknown>).then(
      (ok) => (g.__result = { ok }),
      (e) => (g.__result = { code: walk(e) ?? String(e?.code ?? e), message: String(e?.message ?? e) }),
    );
    (window as unknown as { __walletSaw: string[] }).__walletSaw.length = 0;
  }, js);
}

export async function result(page: Page, timeoutMs = 30_000): Promise<{ ok?: unknown; code?: unknown; message?: string }> {
  await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined, { timeout: timeoutMs, polling: 100 });
  return page.evaluate(() => (window as unknown as { __result: { ok?: unknown; code?: unknown; message?: string } }).__result);
}

export const walletSaw = (page: Page) => page.evaluate(() => [...(window as unknown as { __walletSaw: string[] }).__walletSaw]);
