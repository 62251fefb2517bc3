/**
 * What content scripts, the popup and the options page may ask the background service.
 * Every message is validated on receipt (see ./validate.ts, owned by the background issue);
 * unknown or malformed messages are ignored.
 *
 * Privacy: nothing here carries a page URL — only chain ids, token/contract addresses and protocol ids.
 */
import type { Address, Report } from '../report/types';
import type { Assessment } from '../risk/types';

/** What a page is about, as found by the detector (never the URL itself). */
export type PageTarget =
  | { kind: 'token'; chainId: number; address: Address }
  | { kind: 'protocol'; protocolId: string };

export type AnalysisPhase =
  | 'queued'
  | 'token'
  | 'holders'
  | 'control'
  | 'governance'
  | 'liquidity'
  | 'indexers'
  | 'deciding'
  | 'done';

export interface ProgressCounts {
  done: number;
  total: number;
  unit: 'blocks' | 'holders';
}

export interface AnalysisProgress {
  phase: AnalysisPhase;
  /** 0–1, for a progress bar. */
  fraction: number;
  detail?: string;
  /** Real counts behind the fraction, when the phase has them: blocks scanned, holders verified. */
  counts?: ProgressCounts;
  /** The token's name and symbol, as soon as they are read (before the report exists). */
  token?: { name: string; symbol: string; decimals: number };
  /**
   * The sections finished so far (holder scan still running), assessed: its danger and caution
   * findings stand; its verdict is never final and never "ok" while sections are missing.
   */
  partial?: { report: Report; assessment: Assessment };
}

/** The one answer shape for "what do you know about this token?". */
export type ReportState =
  | {
      status: 'ready';
      report: Report;
      assessment: Assessment;
      stale: boolean;
      fetchedAt: number;
      /** The last refresh failed (this report is older): why, in one line. The report stays shown. */
      refreshError?: string;
    }
  | { status: 'analysing'; progress: AnalysisProgress; partial?: { report: Report; assessment: Assessment } }
  | { status: 'unsupported-chain'; chainId: number }
  | { status: 'dismissed'; reason: 'token' | 'site' }
  | { status: 'error'; error: string; retryable: boolean };

export type BackgroundRequest =
  /** Cache first; starts an analysis when missing or stale. `waitMs` bounds how long to wait for a result. */
  | { type: 'report.get'; chainId: number; address: Address; refresh?: boolean; waitMs?: number }
  | { type: 'report.cancel'; chainId: number; address: Address }
  /** From the content script: what this tab shows. The background sets the toolbar badge. */
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
