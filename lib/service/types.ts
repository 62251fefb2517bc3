/** What the background service is built from: everything browser- or network-specific is injected. */
import type { Address, Report } from '../report/types';
import type { Settings } from '../settings/types';
import type { AnalysisProgress } from '../report/progress';
import type { ProgressEvent } from '../messaging/background-protocol';
import type { CheckpointStore } from '../chain/checkpoints';
import type { ReportCache } from '../cache/types';
import type { Badge } from './badge';
import type { ProtocolLookup } from '../analysis/protocolToken';
import type { RpcTestResult } from '../chain/endpoint/checkRpc';

export interface AnalyzeInput {
  chainId: number;
  address: Address;
  governor?: Address;
  /** The Snapshot space of the token's protocol (from the registry), if it has one. */
  snapshotSpace?: string;
  rpcUrl: string;
  settings: Settings;
  checkpoints: CheckpointStore;
  signal: AbortSignal;
  onProgress: (p: AnalysisProgress) => void;
  /** The report so far, each time a section beside the holder scan is done. */
  onSection?: (partial: Report) => void;
}

/** Produces a Report; the real one is lib/service/analyzer.ts (viem + analyzeToken). */
export type Analyzer = (input: AnalyzeInput) => Promise<Report>;

export interface SettingsAccess {
  get(): Promise<Settings>;
  update(fn: (s: Settings) => Settings): Promise<void>;
}

export interface ServiceDeps {
  cache: ReportCache;
  settings: SettingsAccess;
  analyze: Analyzer;
  protocols?: ProtocolLookup;
  /** Sets (or clears, with null) the toolbar badge of a tab. */
  setBadge?: (tabId: number, badge: Badge | null) => void | Promise<void>;
  /** Pushes progress to connected ports. */
  emitProgress?: (ev: ProgressEvent) => void;
  testRpc?: (url: string) => Promise<RpcTestResult>;
  /** Analyses at once (default 2). */
  concurrency?: number;
  /** report.get waits at most this long when the caller gives no waitMs (default 20 s). */
  defaultWaitMs?: number;
  now?: () => number;
}
