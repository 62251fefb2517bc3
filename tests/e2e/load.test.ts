import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';

describe('built extension in Chromium', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension({ extensionDir: inject('extensionDir') });
  });
  afterAll(() => b?.close());

  it('loads, starts its service worker and opens the popup page', async () => {
    expect(b.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await expect(page.getByRole('heading', { name: 'Whale Lens' }).isVisible()).resolves.toBe(true);
  });
});
