/**
 * The popup in real Chromium. Each state is rendered by the popup's own components with
 * fixture data in a harness page (tests/e2e/support/popup-harness, built by Vite here) and
 * saved as tests/artifacts/popup-<scenario>.png at 380×600. The built extension's own popup
 * and options pages are opened too, through the real background.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { buildHarness, serve } from './support/popup-harness/build';
import { startAnvil, type AnvilNode } from '../support/anvil';

const artifacts = fileURLToPath(new URL('../artifacts', import.meta.url));
const VIEWPORT = { width: 380, height: 600 };

const SCENARIOS: { name: string; expect: RegExp; tab?: string; dark?: boolean }[] = [
  { name: 'healthy', expect: /No concerns found/ },
  { name: 'whale', expect: /Danger/ },
  { name: 'rug', expect: /Danger/ },
  { name: 'governance', expect: /Danger/ },
  { name: 'unknown', expect: /Not verified/ },
  { name: 'not-defi', expect: /Not a DeFi page/ },
  { name: 'unsupported-chain', expect: /Unsupported chain/ },
  { name: 'analysing', expect: /Analysing/ },
  { name: 'partial', expect: /not verified yet/ },
  { name: 'error', expect: /Could not analyse this token/ },
  { name: 'whale', tab: 'Holders', expect: /Left out of circulating supply/ },
  { name: 'governance', tab: 'Governance', expect: /1 delegate can reach quorum alone/ },
  { name: 'rug', tab: 'Control', expect: /Mint new tokens/ },
  { name: 'rug', tab: 'Liquidity', expect: /LP burned or locked/ },
  { name: 'rug', dark: true, expect: /Danger/ },
];

describe('popup in Chromium', () => {
  let b: ExtensionBrowser;
  let site: { url: string; close(): Promise<void> };
  let harnessDir: string | undefined;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    harnessDir = await buildHarness();
    site = await serve(harnessDir);
    b = await launchWithExtension({ extensionDir: inject('extensionDir') });
  });
  afterAll(async () => {
    await b?.close();
    await site?.close();
    if (harnessDir) rmSync(harnessDir, { recursive: true, force: true });
  });

  async function open(url: string, dark = false): Promise<Page> {
    const page = await b.context.newPage();
    await page.setViewportSize(VIEWPORT);
    await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    await page.goto(url);
    return page;
  }

  for (const s of SCENARIOS) {
    const file = `popup-${s.name}${s.tab ? `-${s.tab.toLowerCase()}` : ''}${s.dark ? '-dark' : ''}.png`;
    it(`renders ${file}`, async () => {
      const page = await open(`${site.url}?scenario=${s.name}`, s.dark);
      await page.waitForSelector(`body[data-ready="${s.name}"]`);
      if (s.tab) await page.getByRole('tab', { name: s.tab }).click();
      await expect(page.locator('main').innerText()).resolves.toMatch(s.expect);
      // 380 px means no sideways scrolling.
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(VIEWPORT.width);
      await page.screenshot({ path: join(artifacts, file) });
      await page.close();
    });
  }

  it('keyboard: Tab reaches the section tabs with a visible focus ring; arrows switch sections', async () => {
    const page = await open(`${site.url}?scenario=rug`);
    await page.waitForSelector('body[data-ready="rug"]');
    await page.getByRole('tab', { name: 'Findings' }).focus();
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Holders' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.close();
  });

  it('the extension’s own popup page answers for a tab that is not a DeFi page', async () => {
    const page = await open(`chrome-extension://${b.extensionId}/popup.html`);
    await expect(page.getByRole('heading', { name: 'Whale Lens' }).isVisible()).resolves.toBe(true);
    // Whatever the background says, the popup ends in a state a person can act on.
    await page.waitForSelector('form.wl-analyse-form, .wl-state-error', { timeout: 15_000 });
    if (await page.locator('form.wl-analyse-form').count()) {
      // The chains come from the stored settings (defaults on a fresh profile).
      await expect(page.getByLabel('Chain').inputValue()).resolves.toBe('1');
    }
    await page.screenshot({ path: join(artifacts, 'popup-live.png') });
    await page.close();
  });

  it('the options page points Whale Lens at a new chain (real Anvil), tests it and keeps it', async () => {
    const anvil: AnvilNode = await startAnvil({ chainId: 31337 });
    try {
      const page = await open(`chrome-extension://${b.extensionId}/options.html`);
      await page.setViewportSize({ width: 800, height: 1000 });
      await page.getByRole('heading', { name: 'Whale Lens settings' }).waitFor();
      await page.screenshot({ path: join(artifacts, 'options-top.png') });
      await page.getByRole('button', { name: 'Add a chain' }).click();
      const form = page.getByRole('group', { name: 'Add a chain' });
      await form.getByLabel('Chain ID').fill('31337');
      await form.getByLabel('RPC URL').fill(anvil.rpcUrl);
      await form.getByLabel('Name (optional)').fill('Local Anvil');
      await form.getByRole('button', { name: 'Add chain' }).click();
      const chain = page.getByRole('group', { name: /^Local Anvil/ });
      await chain.getByRole('button', { name: 'Test connection' }).click();
      // The background answers rpc.test by asking the node itself.
      await chain.getByText(/Connected: chain id 31337, latest block \d+/).waitFor({ timeout: 20_000 });
      await chain.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifacts, 'options.png') });
      await page.reload();
      await page.getByRole('group', { name: /^Local Anvil/ }).waitFor();
      await page.close();
    } finally {
      await anvil.stop();
    }
  });
});
