/** Opens the in-page badge's details with a real mouse click (its shadow root is closed). */
import type { Page } from 'playwright-core';
import { clickNode, documentRoot, findNode, hasClass, withCdp } from '../e2e/support/closed-shadow';

export async function clickBadgeToggle(page: Page): Promise<void> {
  await withCdp(page, async (cdp) => {
    const toggle = findNode(await documentRoot(cdp), (n) => hasClass(n, 'wl-toggle'));
    if (!toggle) throw new Error('no badge toggle on the page');
    await clickNode(page, cdp, toggle);
  });
}
