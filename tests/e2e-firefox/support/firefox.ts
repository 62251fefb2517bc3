/**
 * Debian's Firefox ESR (or the person's Firefox) driven by puppeteer-core over WebDriver BiDi,
 * with the built extension installed unpacked (BiDi webExtension.install, Firefox ≥ 138).
 * Never downloads a browser. The extension's moz-extension:// UUID is pinned by a pref, so the
 * tests know its pages' URLs; Firefox's console goes to its stdout, which is recorded.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const GECKO_ID = 'whale-lens@whalelens.dev';
/** Fixed for every run: the extension's pages live at moz-extension://<this>/. */
export const EXTENSION_UUID = '8d5c2e1a-57a0-4c2f-9a43-3f0f6d7b2e51';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export const NO_FIREFOX_HINT = 'No Firefox found: install one (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH.';

/** FIREFOX_PATH, then firefox-esr, then firefox on the PATH. */
export function findFirefox(): string | null {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : null;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['firefox-esr', 'firefox']) {
    for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** Every line Firefox printed (console messages of pages and of the extension among them). */
  output: string[];
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Folder of the unpacked build, e.g. .output/firefox-mv2. */
  extensionDir: string;
  /** Plain-HTTP proxy for every host except loopback and *.localhost (the site server). */
  proxyPort?: number;
}

export async function launchFirefox(opts: FirefoxOptions): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(NO_FIREFOX_HINT);
  const profile = mkdtempSync(join(tmpdir(), 'whale-lens-firefox-'));
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // Console messages of pages, content scripts and the extension's own pages go to stdout.
    'devtools.console.stdout.content': true,
    'devtools.console.stdout.chrome': true,
    // No network beyond loopback: no updates, telemetry or captive-portal probes.
    'app.update.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    // The loopback sites speak plain HTTP: no HTTPS-first attempt (and its fallback delay) first.
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
  };
  if (opts.proxyPort) {
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': opts.proxyPort,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1, .localhost',
    });
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    // Lets WebDriver BiDi navigate a tab to moz-extension:// pages (it refuses non-web schemes otherwise).
    args: ['--remote-allow-system-access'],
    userDataDir: profile,
    extraPrefsFirefox: prefs,
    defaultViewport: { width: 1100, height: 800 },
  });
  const output: string[] = [];
  const record = (d: Buffer) => output.push(...d.toString('utf8').split('\n').filter(Boolean));
  browser.process()?.stdout?.on('data', record);
  browser.process()?.stderr?.on('data', record);
  await browser.installExtension(opts.extensionDir);
  return {
    browser,
    output,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A new tab on an extension page. Firefox may never report the navigation of a moz-extension://
 * page as done, and a query can hit the document while it is being replaced: poll for the selector.
 */
export async function openExtensionPage(browser: Browser, path: string, selector: string, timeoutMs = 20_000): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = await page.$(selector).catch(() => null);
    if (found) return page;
    if (Date.now() > end) throw new Error(`${path}: no ${selector} after ${timeoutMs} ms (at ${page.url()})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Firefox's own chatter: its remote agent, favicon loader, backup, remote-settings and web-compat
 * services, and the password manager (LoginRecipes) looking at the API-key password fields in Options.
 */
export const FIREFOX_OWN =
  /chrome:\/\/|resource:\/\/|JSWindowActor|RSLoader|BackupService|Remote ?Settings|nimbus|un-needed interventions|LoginRecipes:/i;

/**
 * Errors and warnings in Firefox's output that are not Firefox's own: pages, content scripts
 * and the extension (its pages and background) print here once devtools.console.stdout.* is on.
 */
export function consoleProblems(output: string[]): string[] {
  return output.filter(
    (l, i) =>
      /^(console\.(error|warn)|JavaScript (error|warning)|Uncaught)/i.test(l) &&
      !FIREFOX_OWN.test(l) &&
      // The driver's own injected scripts (their stack is `@pptr:internal`), e.g. one Firefox's slow-script watchdog stopped on a busy machine.
      !/^@pptr:internal/.test(output[i + 1] ?? ''),
  );
}

export interface ConsoleEntry {
  text: string;
  /** The script's URL for script errors, '' for plain messages. */
  source: string;
  level: 'error' | 'warning' | 'info';
}

/**
 * The Browser Console's messages (Services.console in the parent process, reached through BiDi's
 * chrome scope, which --remote-allow-system-access opens): script errors of the extension's
 * pages and background, and the add-on manager's "Reading manifest: Warning …" lines, which
 * never reach stdout.
 */
export async function browserConsole(browser: Browser): Promise<ConsoleEntry[] | null> {
  const conn = (browser as unknown as { connection: { send(m: string, p: unknown): Promise<{ result: any }> } }).connection;
  const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chrome = (tree.result.contexts as { context: string; url: string }[]).find((c) => c.url.startsWith('chrome://'));
  // Firefox 140's BiDi has no chrome scope (153's has): null, and the callers say so.
  if (!chrome) return null;
  const context = chrome.context;
  const { result } = await conn.send('script.evaluate', {
    target: { context },
    awaitPromise: false,
    expression: `JSON.stringify(Services.console.getMessageArray().map((m) => {
      if (m instanceof Ci.nsIScriptError) {
        const level = m.flags & Ci.nsIScriptError.warningFlag ? 'warning' : m.flags & Ci.nsIScriptError.infoFlag ? 'info' : 'error';
        return { text: m.errorMessage, source: m.sourceName || '', level };
      }
      const text = String(m.message);
      return { text, source: '', level: /\\tERROR\\t/.test(text) ? 'error' : /\\tWARN\\t/.test(text) ? 'warning' : 'info' };
    }))`,
  });
  if (result.type !== 'success') throw new Error(`reading the Browser Console failed: ${result.exceptionDetails?.text ?? result.type}`);
  return JSON.parse(result.result.value) as ConsoleEntry[];
}

/**
 * Firefox's own teardown error when a page that listened to storage.onChanged closes (Mozilla bug
 * 1633315): logged by Firefox's ConduitsChild with the extension's id, whatever the extension does.
 */
const isClosedConduitBug = (e: ConsoleEntry) =>
  e.source === 'resource://gre/modules/ConduitsChild.sys.mjs' && /^sendRemoveListener on closed conduit /.test(e.text);

/** Entries about the extension: its scripts' errors, and what Firefox says about it (e.g. its manifest). */
export const aboutExtension = (entries: ConsoleEntry[]) =>
  entries.filter(
    (e) => (e.source.startsWith(EXTENSION_ORIGIN) || e.text.includes(GECKO_ID) || e.text.includes(EXTENSION_UUID)) && !isClosedConduitBug(e),
  );
