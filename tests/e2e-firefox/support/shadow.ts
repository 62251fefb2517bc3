/**
 * Our page UI (badge) lives in closed shadow roots; the guard dialog is drawn in an extension frame
 * inside one, read through puppeteer's frame list. WebDriver BiDi's script.evaluate
 * serialises the DOM with `includeShadowTree: 'all'`, closed roots included; clicks go through
 * puppeteer's mouse (BiDi input.performActions), so the page gets real, trusted input — the same
 * as a person's click, which a page script cannot forge.
 */
import type { Browser, Page } from 'puppeteer-core';

export interface ShadowNode {
  sharedId?: string;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes: Record<string, string>;
  children: ShadowNode[];
  shadowRoot: ShadowNode | null;
}

interface RemoteNode {
  type: 'node';
  sharedId?: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: RemoteNode[];
    shadowRoot?: RemoteNode | null;
  };
}

interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: { type: string; result?: unknown; exceptionDetails?: { text: string } } }>;
}

const connection = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

function toNode(r: RemoteNode): ShadowNode {
  const v = r.value ?? { nodeType: 0 };
  return {
    sharedId: r.sharedId,
    nodeType: v.nodeType,
    localName: v.localName,
    nodeValue: v.nodeValue,
    attributes: v.attributes ?? {},
    children: (v.children ?? []).map(toNode),
    shadowRoot: v.shadowRoot ? toNode(v.shadowRoot) : null,
  };
}

/** The whole document, closed shadow roots included. */
export async function documentTree(page: Page): Promise<ShadowNode> {
  const { result } = await connection(page.browser()).send('script.evaluate', {
    expression: 'document.documentElement',
    target: { context: contextOf(page) },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: null, includeShadowTree: 'all' },
  });
  if (result.type !== 'success') throw new Error(`script.evaluate failed: ${result.exceptionDetails?.text ?? result.type}`);
  return toNode(result.result as RemoteNode);
}

const kids = (n: ShadowNode) => [...(n.shadowRoot ? [n.shadowRoot] : []), ...n.children];

export function findNode(n: ShadowNode, pred: (n: ShadowNode) => boolean): ShadowNode | undefined {
  if (pred(n)) return n;
  for (const k of kids(n)) {
    const hit = findNode(k, pred);
    if (hit) return hit;
  }
  return undefined;
}

/** Visible text of a subtree (style and script text left out). */
export function nodeText(n: ShadowNode): string {
  if (n.localName === 'style' || n.localName === 'script') return '';
  if (n.nodeType === 3) return n.nodeValue ?? '';
  return kids(n).map(nodeText).join('');
}

export const hasClass = (n: ShadowNode, cls: string) => (n.attributes.class ?? '').split(/\s+/).includes(cls);

/** A real mouse click in the middle of the node's box. */
export async function clickNode(page: Page, node: ShadowNode): Promise<void> {
  if (!node.sharedId) throw new Error('node has no shared id');
  const { result } = await connection(page.browser()).send('script.callFunction', {
    functionDeclaration: '(el) => { const r = el.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }',
    arguments: [{ sharedId: node.sharedId }],
    target: { context: contextOf(page) },
    awaitPromise: false,
  });
  if (result.type !== 'success') throw new Error(`script.callFunction failed: ${result.exceptionDetails?.text ?? result.type}`);
  const [x, y] = (result.result as { value: { value: number }[] }).value.map((v) => v.value);
  await page.mouse.click(x!, y!);
}

/** The in-page badge's visible text, or null when there is none. */
export async function badgeText(page: Page): Promise<string | null> {
  const host = findNode(await documentTree(page), (n) => n.localName === 'whale-lens-badge');
  return host ? nodeText(host) : null;
}

/**
 * The guard dialog is drawn in an extension frame (moz-extension://…/guard-frame.html). BiDi may
 * report that child frame's URL as about:blank, so each child frame is asked what it is.
 */
type FrameQuery = { kind: 'read' } | { kind: 'rect'; label: string };
async function inGuardFrame<T>(page: Page, q: FrameQuery): Promise<T | null> {
  // BiDi may show the frame's URL as about:blank: ask every child frame what it is.
  for (const f of page.frames()) {
    if (f === page.mainFrame() || f.detached) continue;
    const hit = await f
      .evaluate((q: FrameQuery) => {
        if (location.pathname !== '/guard-frame.html') return null;
        const d = document.querySelector('[role="dialog"]');
        if (!d) return { v: null };
        if (q.kind === 'read') {
          const id = d.getAttribute('aria-labelledby');
          const title = id ? document.getElementById(id) : null;
          return { v: { name: title?.textContent ?? '', text: d.textContent ?? '' } as unknown };
        }
        const btn = [...document.querySelectorAll('button')].find((n) => (n.textContent ?? '').trim() === q.label);
        if (!btn) return { v: null };
        const r = btn.getBoundingClientRect();
        return { v: [r.left + r.width / 2, r.top + r.height / 2] as unknown };
      }, q)
      .catch(() => null);
    if (hit) return hit.v as T | null;
  }
  return null;
}

/** The guard dialog's title and text, or null when no dialog is shown. */
export async function guardDialog(page: Page): Promise<{ name: string; text: string } | null> {
  return inGuardFrame(page, { kind: 'read' });
}

/** Clicks the dialog's button with this exact text, as a person would. */
export async function clickDialogButton(page: Page, label: string): Promise<void> {
  // A person reads before clicking; the dialog ignores "Continue" until it has been visible and
  // unmoved for a moment (anti-clickjacking input delay).
  await new Promise((r) => setTimeout(r, 700));
  const at = await inGuardFrame<[number, number]>(page, { kind: 'rect', label });
  if (!at) throw new Error(`no button "${label}" in the guard dialog`);
  // The frame covers the viewport from its top-left corner: its coordinates are the page's.
  await page.mouse.click(at[0], at[1]);
}

export async function waitForDialog(page: Page, pred: (d: { name: string; text: string } | null) => boolean, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const d = await guardDialog(page);
    if (pred(d)) return d;
    if (Date.now() > end) throw new Error(`guard dialog did not reach the expected state; last: ${JSON.stringify(d)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
