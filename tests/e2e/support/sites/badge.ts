/**
 * Reads the in-page badge from outside. Its shadow root is closed (page scripts cannot read
 * it, and neither can Playwright's locators), so the test asks Chromium's DevTools protocol,
 * whose DOM.getDocument({ pierce: true }) walks closed shadow roots too.
 */
import type { Page } from 'playwright-core';
import { documentRoot, findNode, hasClass, nodeText, withCdp } from '../closed-shadow';

/** The badge's visible text, or null when there is no badge on the page. */
export async function badgeText(page: Page): Promise<string | null> {
  return withCdp(page, async (cdp) => {
    const host = findNode(await documentRoot(cdp), (n) => n.nodeName === 'WHALE-LENS-BADGE');
    return host ? nodeText(host) : null;
  });
}

/** Computed style of the badge's outer element (class wl-badge), through the DevTools protocol. */
export async function badgeStyle(page: Page, props: string[]): Promise<Record<string, string> | null> {
  return withCdp(page, async (cdp) => {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const node = findNode(await documentRoot(cdp), (n) => hasClass(n, 'wl-badge'));
    if (!node) return null;
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as {
      computedStyle: { name: string; value: string }[];
    };
    return Object.fromEntries(props.map((p) => [p, computedStyle.find((s) => s.name === p)?.value ?? '']));
  });
}
