/**
 * What content scripts, the popup and the options page may ask the background service.
 * Every message is validated on receipt (see ./validate.ts, owned by the background issue);
 * unknown or malformed messages are ignored.
 *
 * Privacy: nothing here carries a page URL — only chain ids, token/contract addresses and protocol ids.
 */
import type { Address } from '../report/types';
import type { PageTarget } from '../detect/types';
import type { AnalysisProgress } from '../report/progress';
import type { ReportState } from '../report/state';

/** The domain types the messages carry, re-exported for the UI that speaks this protocol. */
export type { AnalysisProgress, PageTarget, ReportState };

export type BackgroundRequest =
  /** Cache first; starts an analysis when missing or stale. `waitMs` bounds how long to wait for a result. */
  | { type: 'report.get'; chainId: number; address: Address; refresh?: boolean; waitMs?: number }
  /** From the in-page badge on a protocol page: the report of the token the background chose for it. */
  | { type: 'report.get'; protocolId: string; waitMs?: number }
  | { type: 'report.cancel'; chainId: number; address: Address }
  /** From the content script, on navigation only: what this tab shows. The background sets the toolbar badge. */
  | { type: 'page.detected'; target: PageTarget | null }
  /** From the popup: what is the active tab about, and what do we know. */
  | { type: 'tab.state'; tabId: number }
  | { type: 'token.dismiss'; chainId: number; address: Address; dismissed: boolean }
  | { type: 'cache.stats' }
  | { type: 'cache.clear' }
  | { type: 'rpc.test'; rpcUrl: string };

export interface TabState {
  target: PageTarget | null;
  /** For a protocol page: the governance token the background chose to analyse. */
  token?: { chainId: number; address: Address };
  protocolName?: string;
  state?: ReportState;
  /** The tab's site (hostname, no path), so the popup can show and undo per-site choices. */
  site?: string;
}

export interface BackgroundResponses {
  'report.get': ReportState;
  'report.cancel': { cancelled: boolean };
  'page.detected': ReportState | null;
  'tab.state': TabState;
  'token.dismiss': { ok: true };
  'cache.stats': { reports: number; bytes: number };
  'cache.clear': { ok: true };
  'rpc.test': { ok: true; chainId: number; blockNumber: number } | { ok: false; error: string };
}

/** Pushed by the background on a runtime Port named 'progress'. */
export interface ProgressEvent {
  type: 'analysis.progress';
  chainId: number;
  address: Address;
  progress: AnalysisProgress;
}
