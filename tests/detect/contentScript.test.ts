/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runDetection } from '../../entrypoints/detect.content/run';

const UNI = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';

function goTo(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

describe('detect content script', () => {
  let sent: unknown[];
  let ctx: ContentScriptContext;

  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (msg: unknown) => {
      sent.push(msg);
      return null;
    });
    ctx = new ContentScriptContext('detect');
  });
  afterEach(() => {
    ctx.abort();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  const settle = () => new Promise((r) => setTimeout(r, 20));

  it('does nothing on a page no table knows: no message, no DOM change', async () => {
    goTo('https://en.wikipedia.org/wiki/Whale');
    const before = document.documentElement.outerHTML;
    await runDetection(ctx);
    await settle();
    expect(sent).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('sends nothing on a known site’s unmatched page', async () => {
    goTo('https://etherscan.io/blocks');
    await runDetection(ctx);
    await settle();
    expect(sent).toEqual([]);
  });

  it('sends only the target (never the URL) on a match', async () => {
    goTo(`https://etherscan.io/token/${UNI}?a=0x28C6c06298d514Db089934071355E5743bf21d60`);
    await runDetection(ctx);
    await settle();
    expect(sent).toEqual([{ type: 'page.detected', target: { kind: 'token', chainId: 1, address: UNI.toLowerCase() } }]);
  });

  it('does nothing at all on a disabled site', async () => {
    await browser.storage.local.set({ settings: { disabledSites: ['etherscan.io'] } });
    goTo(`https://etherscan.io/token/${UNI}`);
    await runDetection(ctx);
    await settle();
    expect(sent).toEqual([]);
  });

  it('uses the person’s site rules', async () => {
    await browser.storage.local.set({ settings: { siteRules: [{ hostname: 'mydex.example', target: { kind: 'protocol', protocolId: 'aave' } }] } });
    goTo('https://mydex.example/trade');
    await runDetection(ctx);
    await settle();
    expect(sent).toEqual([{ type: 'page.detected', target: { kind: 'protocol', protocolId: 'aave' } }]);
  });

  it('survives a missing background (the badge then says unknown)', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    goTo('https://app.uniswap.org/');
    await expect(runDetection(ctx)).resolves.toBeUndefined();
  });
});

describe('content script bundle hygiene', () => {
  it('keeps viem (keccak) out of what runs on every page', () => {
    const files = ['core', 'address', 'chains', 'explorers', 'dexes', 'charts', 'types'].map((f) => `lib/detect/${f}.ts`);
    files.push('lib/protocols/hosts.ts', 'entrypoints/detect.content/run.ts', 'entrypoints/detect.content/index.ts', 'components/badge/contract.ts');
    for (const f of files) {
      const src = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../..', f), 'utf8');
      expect(src, f).not.toMatch(/from ['"]viem['"]/);
      expect(src, f).not.toMatch(/from ['"]preact/);
      expect(src, f).not.toMatch(/from ['"][^'"]*protocols\/index['"]/);
    }
  });
});
