/**
 * Opens the in-page badge's details with a real mouse click. Its shadow root is closed, so the
 * toggle is found through the DevTools protocol (DOM.getDocument pierces closed roots).
 */
import type { Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  attributes?: string[];
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

const hasClass = (n: DomNode, cls: string) => {
  const a = n.attributes ?? [];
  const i = a.indexOf('class');
  return i >= 0 && a[i + 1]!.split(' ').includes(cls);
};

export async function clickBadgeToggle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const toggle = find(root, (n) => hasClass(n, 'wl-toggle'));
    if (!toggle) throw new Error('no badge toggle on the page');
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: toggle.nodeId })) as { model: { content: number[] } };
    const q = model.content;
    await page.mouse.click((q[0]! + q[4]!) / 2, (q[1]! + q[5]!) / 2);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
