/**
 * Stops the extension's MV3 service worker the way Chromium does when it idles, through
 * chrome://serviceworker-internals' "Stop" button (CDP's ServiceWorker.stopAllWorkers only
 * reaches the page's own workers, and there is no browser-level ServiceWorker domain).
 */
import type { BrowserContext, Worker } from 'playwright-core';

export async function stopExtensionWorker(context: BrowserContext, extensionId: string, worker: Worker): Promise<void> {
  // A mark in the running worker's globals: a restarted worker starts without it.
  await worker.evaluate(() => ((globalThis as unknown as { __beforeStop: boolean }).__beforeStop = true));
  const page = await context.newPage();
  try {
    await page.goto('chrome://serviceworker-internals/');
    const row = page.locator('.serviceworker-registration', { hasText: `chrome-extension://${extensionId}/` });
    await row.getByRole('button', { name: 'Stop' }).first().click();
    const end = Date.now() + 10_000;
    const marked = () => worker.evaluate(() => (globalThis as unknown as { __beforeStop?: boolean }).__beforeStop === true).catch(() => false);
    while (await marked()) {
      if (Date.now() > end) throw new Error('the extension’s service worker did not stop');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await page.close().catch(() => undefined);
  }
}
