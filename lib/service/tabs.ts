/**
 * What each tab shows (from the content script's page.detected) and its toolbar badge.
 * Kept in memory: after a worker restart a tab is unknown until its page reports again.
 */
import type { Address } from '../report/types';
import type { PageTarget, ReportState, TabState } from '../messaging/background-protocol';
import { reportKey } from '../cache/keys';
import { badgeFor, type Badge } from './badge';

export class TabStates {
  private readonly tabs = new Map<number, TabState>();

  constructor(private readonly setBadge?: (tabId: number, badge: Badge | null) => void | Promise<void>) {}

  get(tabId: number): TabState {
    const t = this.tabs.get(tabId);
    return t ? structuredClone(t) : { target: null };
  }

  set(tabId: number, target: PageTarget | null, extra: Omit<TabState, 'target'> = {}): void {
    this.tabs.set(tabId, { target, ...extra });
    this.paint(tabId);
  }

  update(tabId: number, state: ReportState): void {
    const t = this.tabs.get(tabId);
    if (!t) return;
    t.state = state;
    this.paint(tabId);
  }

  /** Every tab showing this token gets the new state (an analysis finished, a token was dismissed). */
  updateToken(chainId: number, address: Address, state: (tab: TabState) => ReportState | undefined): void {
    const key = reportKey(chainId, address);
    for (const [tabId, t] of this.tabs) {
      if (t.token && reportKey(t.token.chainId, t.token.address) === key) {
        const next = state(t);
        if (next) this.update(tabId, next);
      }
    }
  }

  forget(tabId: number): void {
    if (!this.tabs.delete(tabId)) return;
    void this.safeBadge(tabId, null);
  }

  private paint(tabId: number): void {
    const t = this.tabs.get(tabId);
    void this.safeBadge(tabId, t?.target ? badgeFor(t.state) : null);
  }

  private async safeBadge(tabId: number, badge: Badge | null): Promise<void> {
    try {
      await this.setBadge?.(tabId, badge);
    } catch {
      // The tab may be gone already; a badge is never worth an error.
    }
  }
}
