/**
 * The guard dialog lives in an extension-origin iframe (guard-frame.html) inside a closed
 * shadow root: page scripts cannot reach it. Playwright can: it sees every frame of the tab,
 * including extension frames. Clicks go through page.mouse at the control's position, so the
 * page receives real, trusted input — the same as a person's click (and the same as a person,
 * a click lands on whatever is drawn there).
 */
import type { Frame, Page } from 'playwright-core';

export class ShadowDialog {
  private constructor(private page: Page) {}
  static async for(page: Page) {
    return new ShadowDialog(page);
  }
  private frame(): Frame | undefined {
    const frames = this.page.frames().filter((f) => !f.isDetached() && f.url().includes('/guard-frame.html'));
    return frames[frames.length - 1];
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
  /** Clicks the button (or the checkbox of the label) with this exact text, as a person would. */
  async click(label: string): Promise<void> {
    // A person reads before clicking; the dialog ignores "Continue" until it has been visible
    // and unmoved for a moment (anti-clickjacking input delay).
    await this.page.waitForTimeout(700);
    const f = this.frame();
    if (!f) throw new Error(`no guard dialog to click "${label}" in`);
    const owner = f.locator('button, label').filter({ hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }).first();
    const isLabel = (await owner.evaluate((n) => n.nodeName).catch(() => null)) === 'LABEL';
    const target = isLabel ? owner.locator('input') : owner;
    const box = await target.boundingBox();
    if (!box) throw new Error(`no control "${label}" in the guard dialog`);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
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
