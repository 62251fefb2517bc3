/**
 * The guard dialog lives in a closed shadow root, which Playwright locators do not enter.
 * Chrome DevTools Protocol does (`pierce: true`); clicks go through page.mouse, so the page
 * receives real, trusted input events — the same as a person's click.
 */
import type { CDPSession, Page } from 'playwright-core';
import { attr, clickNode, documentRoot, findNode as find, nodeText as text, type DomNode } from '../closed-shadow';

export class ShadowDialog {
  private constructor(
    private page: Page,
    private cdp: CDPSession,
  ) {}
  static async for(page: Page) {
    return new ShadowDialog(page, await page.context().newCDPSession(page));
  }
  private root(): Promise<DomNode> {
    return documentRoot(this.cdp);
  }
  /** The dialog's text (accessible name first), or null when no dialog is shown. */
  async dialog(): Promise<{ name: string; text: string } | null> {
    const root = await this.root();
    const d = find(root, (n) => attr(n, 'role') === 'dialog');
    if (!d) return null;
    const titleId = attr(d, 'aria-labelledby');
    const title = titleId ? find(d, (n) => attr(n, 'id') === titleId) : undefined;
    return { name: title ? text(title) : '', text: text(d) };
  }
  /** Clicks the button (or the checkbox of the label) with this exact text, as a person would. */
  async click(label: string): Promise<void> {
    // A person reads before clicking; the dialog ignores "Continue" until it has been visible
    // and unmoved for a moment (anti-clickjacking input delay).
    await this.page.waitForTimeout(700);
    const root = await this.root();
    const owner = find(root, (n) => (n.nodeName === 'BUTTON' || n.nodeName === 'LABEL') && text(n).trim() === label);
    const btn = owner?.nodeName === 'LABEL' ? find(owner, (n) => n.nodeName === 'INPUT') : owner;
    if (!btn) throw new Error(`no control "${label}" in the guard dialog`);
    await clickNode(this.page, this.cdp, btn);
  }
  async waitFor(pred: (d: { name: string; text: string } | null) => boolean, timeoutMs = 15_000) {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const d = await this.dialog();
      if (pred(d)) return d;
      if (Date.now() > end) throw new Error(`guard dialog did not reach the expected state; last: ${JSON.stringify(d)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
