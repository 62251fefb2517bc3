/**
 * Debian's Chromium (or the person's Chrome) driven by playwright-core, with the built
 * extension loaded unpacked. Never downloads a browser.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean) as string[];

export function findChromium(): string | null {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const NO_BROWSER_HINT = 'No Chromium or Chrome found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Folder of the unpacked build, e.g. .output/chrome-mv3. */
  extensionDir: string;
  /** e.g. ['MAP app.uniswap.org 127.0.0.1:8123'] to serve real hostnames from loopback. */
  hostRules?: string[];
  headless?: boolean;
}

export async function launchWithExtension(opts: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_HINT);
  const args = [
    `--disable-extensions-except=${opts.extensionDir}`,
    `--load-extension=${opts.extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ];
  if (opts.headless !== false) args.push('--headless=new');
  if (opts.hostRules?.length) args.push(`--host-resolver-rules=${opts.hostRules.join(', ')}`);
  const profile = mkdtempSync(join(tmpdir(), 'whale-lens-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false, // headless is passed as --headless=new above: the old mode cannot load extensions
    args,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, extensionId, worker, close };
}
