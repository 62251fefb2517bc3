/**
 * Reads the in-page badge from outside. Its shadow root is closed (page scripts cannot read
 * it, and neither can Playwright's locators), so the test asks Chromium's DevTools protocol,
 * whose DOM.getDocument({ pierce: true }) walks closed shadow roots too.
 */
import type { Page } from 'playwright-core';

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function find(n: DomNode, pred: (n: DomNode) => boolean): DomNode | undefined {
  if (pred(n)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const hit = find(c, pred);
    if (hit) return hit;
  }
  return undefined;
}

function text(n: DomNode): string {
  if (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') return '';
  if (n.nodeType === 3) return n.nodeValue ?? '';
  return [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(text).join('');
}

/** The badge's visible text, or null when there is no badge on the page. */
export async function badgeText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (n) => n.nodeName === 'WHALE-LENS-BADGE');
    return host ? text(host) : null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface StyledNode extends DomNode {
  nodeId: number;
  attributes?: string[];
}

/** Computed style of the badge's outer element (class wl-badge), through the DevTools protocol. */
export async function badgeStyle(page: Page, props: string[]): Promise<Record<string, string> | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: StyledNode };
    const node = find(root, (n) => {
      const attrs = (n as StyledNode).attributes ?? [];
      const i = attrs.indexOf('class');
      return i >= 0 && attrs[i + 1].split(' ').includes('wl-badge');
    }) as StyledNode | undefined;
    if (!node) return null;
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as {
      computedStyle: { name: string; value: string }[];
    };
    return Object.fromEntries(props.map((p) => [p, computedStyle.find((s) => s.name === p)?.value ?? '']));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
