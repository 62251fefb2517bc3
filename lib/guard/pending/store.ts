/**
 * The background's list of guarded requests waiting for the person, per tab. A content script
 * repeats `guard.waiting` as a heartbeat; an entry not heard of for `staleAfterMs` is dropped
 * (its tab navigated or crashed without saying so). Bounded per tab: a page flooding forged
 * checks cannot grow it without limit. Pure (time comes in).
 */
import type { PendingDecision, PendingSummary } from './protocol';

export const STALE_AFTER_MS = 30_000;
export const MAX_PER_TAB = 32;

interface Entry extends PendingDecision {
  seenAt: number;
}

export class PendingStore {
  private readonly byTab = new Map<number, Map<string, Entry>>();

  constructor(private readonly staleAfterMs = STALE_AFTER_MS) {}

  /** Adds or refreshes one; false when the tab already has MAX_PER_TAB others waiting. */
  waiting(tabId: number, site: string | undefined, id: string, hidden: boolean, summary: PendingSummary, now: number): boolean {
    const tab = this.byTab.get(tabId) ?? new Map<string, Entry>();
    const old = tab.get(id);
    if (!old && tab.size >= MAX_PER_TAB) return false;
    tab.set(id, { tabId, site, id, hidden: hidden || (old?.hidden ?? false), summary, since: old?.since ?? now, seenAt: now });
    this.byTab.set(tabId, tab);
    return true;
  }

  settled(tabId: number, id: string): void {
    const tab = this.byTab.get(tabId);
    if (!tab) return;
    tab.delete(id);
    if (tab.size === 0) this.byTab.delete(tabId);
  }

  has(tabId: number, id: string): boolean {
    return this.byTab.get(tabId)?.has(id) ?? false;
  }

  forgetTab(tabId: number): void {
    this.byTab.delete(tabId);
  }

  /** Drops stale entries; returns the tabs whose list changed. */
  expire(now: number): number[] {
    const changed: number[] = [];
    for (const [tabId, tab] of this.byTab) {
      for (const [id, e] of tab) {
        if (now - e.seenAt > this.staleAfterMs) {
          tab.delete(id);
          if (!changed.includes(tabId)) changed.push(tabId);
        }
      }
      if (tab.size === 0) this.byTab.delete(tabId);
    }
    return changed;
  }

  count(tabId: number): number {
    return this.byTab.get(tabId)?.size ?? 0;
  }

  /** Every waiting request: `firstTab`'s first, then hidden ones, then oldest first. */
  list(firstTab?: number): PendingDecision[] {
    const all: PendingDecision[] = [];
    for (const tab of this.byTab.values()) for (const { seenAt: _, ...e } of tab.values()) all.push(e);
    return all.sort(
      (a, b) => Number(b.tabId === firstTab) - Number(a.tabId === firstTab) || Number(b.hidden) - Number(a.hidden) || a.since - b.since,
    );
  }
}
