/**
 * The guard dialog is drawn in an extension-origin iframe (guard-frame.html) inside a closed
 * shadow root: page scripts cannot reach it. Playwright can: it sees every frame of the tab,
 * extension frames included. Clicks go through page.mouse at the control's position, so the page
 * receives real, trusted input — the same as a person's click (and like a person's, a click lands
 * on whatever is drawn there).
 */
import type { Frame, Page } from 'playwright-core';

export class ShadowDialog {
  private constructor(private page: Page) {}
  static async for(page: Page) {
    return new ShadowDialog(page);
  }
  /** The guard frame now on the page (there is at most one), if any. */
  frame(): Frame | undefined {
    return this.page.frames().find((f) => !f.isDetached() && /^chrome-extension:\/\/[^/]+\/guard-frame\.html/.test(f.url()));
  }
  /** The dialog's text (accessible name first), or null when no dialog is shown. */
  async dialog(): Promise<{ name: string; text: string } | null> {
    const f = this.frame();
    if (!f) return null;
    try {
      return await f.evaluate(() => {
        const d = document.querySelector('[role="dialog"]');
        if (!d) return null;
        const id = d.getAttribute('aria-labelledby');
        const title = id ? document.getElementById(id) : null;
        return { name: title?.textContent ?? '', text: d.textContent ?? '' };
      });
    } catch {
      return null; // the frame went away meanwhile
    }
  }
  /** When the current dialog was drawn (ms since the epoch), or null. */
  async drawnAt(): Promise<number | null> {
    const f = this.frame();
    if (!f) return null;
    return f
      .evaluate(() => {
        const marks = performance.getEntriesByName('whale-lens-dialog');
        const m = marks[marks.length - 1];
        return m ? performance.timeOrigin + m.startTime : null;
      })
      .catch(() => null);
  }
  /** Clicks the button (or the checkbox of the label) with this exact text, as a person would. */
  async click(label: string): Promise<void> {
    // A person reads before clicking; the dialog ignores "Continue" until it has been visible
    // and unmoved for a moment (anti-clickjacking input delay).
    await this.page.waitForTimeout(700);
    const f = this.frame();
    if (!f) throw new Error(`no guard dialog to click "${label}" in`);
    const box = await f.evaluate((label) => {
      const owner = [...document.querySelectorAll('button, label')].find((n) => (n.textContent ?? '').trim() === label);
      const target = owner?.localName === 'label' ? owner.querySelector('input') : owner;
      if (!target) return null;
      target.scrollIntoView({ block: 'nearest' });
      const r = target.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, label);
    if (!box) throw new Error(`no control "${label}" in the guard dialog`);
    // The frame covers the viewport from its top-left corner: its coordinates are the page's.
    await this.page.mouse.click(box.x, box.y);
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
