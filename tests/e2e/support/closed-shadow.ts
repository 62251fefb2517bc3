/**
 * Our page UI (badge, guard dialog) lives in closed shadow roots, which page scripts and
 * Playwright locators cannot enter. Chromium's DevTools protocol can: DOM.getDocument with
 * `pierce: true` walks closed roots too, and clicks go through page.mouse, so the page gets
 * real, trusted input events — the same as a person's click.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const kids = (n: DomNode) => [...(n.shadowRoots ?? []), ...(n.children ?? [])];

export function findNode(n: DomNode, pred: (n: DomNode) => boolean): DomNode | undefined {
  if (pred(n)) return n;
  for (const k of kids(n)) {
    const hit = findNode(k, pred);
    if (hit) return hit;
  }
  return undefined;
}

/** Visible text of a subtree (style and script text left out). */
export function nodeText(n: DomNode): string {
  if (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') return '';
  if (n.nodeType === 3) return n.nodeValue ?? '';
  return kids(n).map(nodeText).join('');
}

export function attr(n: DomNode, name: string): string | undefined {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

export const hasClass = (n: DomNode, cls: string) => (attr(n, 'class') ?? '').split(' ').includes(cls);

export async function documentRoot(cdp: CDPSession): Promise<DomNode> {
  return ((await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode }).root;
}

/** A real mouse click in the middle of the node's box. */
export async function clickNode(page: Page, cdp: CDPSession, node: DomNode): Promise<void> {
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { content: number[] } };
  const q = model.content;
  await page.mouse.click((q[0]! + q[4]!) / 2, (q[1]! + q[5]!) / 2);
}

/** Runs fn with a CDP session on the page, detached afterwards. */
export async function withCdp<T>(page: Page, fn: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await fn(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
