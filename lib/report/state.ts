/** The one answer shape for "what do we know about this token?". */
import type { Assessment } from './assessment';
import type { AnalysisProgress } from './progress';
import type { Report } from './types';

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
