/**
 * What each tab shows (from the content script's page.detected) and its toolbar badge.
 * The targets (not the reports) can be saved through `onChange` and restored after a worker
 * restart, so the popup still knows what an open tab is about (see entrypoints/background).
 */
import type { Address } from '../report/types';
import type { PageTarget } from '../detect/types';
import type { ReportState } from '../report/state';
import type { TabState } from '../messaging/background-protocol';
import { tokenKey } from '../tokens/tokenRef';
import { badgeFor, type Badge } from './badge';

export interface SavedTab {
  tabId: number;
  target: PageTarget | null;
  token?: { chainId: number; address: Address };
  protocolName?: string;
  site?: string;
}

export class TabStates {
  private readonly tabs = new Map<number, TabState>();
  /** Called after a tab's target changes or a tab is forgotten (not on state updates). */
  onChange?: () => void;

  constructor(private readonly setBadge?: (tabId: number, badge: Badge | null) => void | Promise<void>) {}

  /** What to persist: each tab's target, chosen token and protocol name — never report data. */
  snapshot(): SavedTab[] {
    return [...this.tabs].map(([tabId, t]) => {
      const saved: SavedTab = { tabId, target: t.target };
      if (t.token) saved.token = t.token;
      if (t.protocolName) saved.protocolName = t.protocolName;
      if (t.site) saved.site = t.site;
      return saved;
    });
  }

  /** Restores targets saved before a restart; tabs already reported again are kept as they are. */
  restore(saved: SavedTab[]): void {
    for (const s of saved) {
      if (this.tabs.has(s.tabId) || !Number.isSafeInteger(s.tabId)) continue;
      const t: TabState = { target: s.target };
      if (s.token) t.token = s.token;
      if (s.protocolName) t.protocolName = s.protocolName;
      if (typeof s.site === 'string') t.site = s.site;
      this.tabs.set(s.tabId, t);
    }
  }

  tabIds(): number[] {
    return [...this.tabs.keys()];
  }

  get(tabId: number): TabState {
    const t = this.tabs.get(tabId);
    return t ? structuredClone(t) : { target: null };
  }

  set(tabId: number, target: PageTarget | null, extra: Omit<TabState, 'target'> = {}): void {
    this.tabs.set(tabId, { target, ...extra });
    this.paint(tabId);
    this.onChange?.();
  }

  /** Remembers the tab's site (also for pages the detector does not know, where the guard ran). */
  setSite(tabId: number, site: string): void {
    const t = this.tabs.get(tabId);
    if (t) t.site = site;
    else this.tabs.set(tabId, { target: null, site });
  }

  update(tabId: number, state: ReportState): void {
    const t = this.tabs.get(tabId);
    if (!t) return;
    t.state = state;
    this.paint(tabId);
  }

  /** Every tab showing this token gets the new state (an analysis finished, a token was dismissed). */
  updateToken(chainId: number, address: Address, state: (tab: TabState) => ReportState | undefined): void {
    const key = tokenKey(chainId, address);
    for (const [tabId, t] of this.tabs) {
      if (t.token && tokenKey(t.token.chainId, t.token.address) === key) {
        const next = state(t);
        if (next) this.update(tabId, next);
      }
    }
  }

  forget(tabId: number): void {
    if (!this.tabs.delete(tabId)) return;
    void this.safeBadge(tabId, null);
    this.onChange?.();
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
