/**
 * How far one token's analysis has come: the phase, real counts, and the findings so far
 * (a Report still being built, assessed). Shared by the pipeline, the background and the UI.
 */
import type { Assessment } from './assessment';
import type { Report } from './types';

export type AnalysisPhase = 'queued' | 'token' | 'holders' | 'control' | 'governance' | 'liquidity' | 'indexers' | 'deciding' | 'done';

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
