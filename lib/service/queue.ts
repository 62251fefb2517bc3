/**
 * Analyses in flight: at most one per token (later requests join the running one), at most
 * `limit` at once (the rest wait, phase 'queued'), each cancellable through its AbortController.
 */
import type { Report } from '../report/types';
import type { AnalysisProgress } from '../report/progress';

export type RunAnalysis = (signal: AbortSignal, onProgress: (p: AnalysisProgress) => void) => Promise<Report>;

export interface Job {
  readonly key: string;
  readonly promise: Promise<Report>;
  readonly controller: AbortController;
  progress: AnalysisProgress;
}

export class CancelledError extends Error {
  override name = 'AbortError';
  constructor(message = 'Analysis cancelled') {
    super(message);
  }
}

export class AnalysisQueue {
  private readonly jobs = new Map<string, Job>();
  private readonly waiting: { resolve: () => void; signal: AbortSignal }[] = [];
  private running = 0;

  constructor(
    private readonly limit = 2,
    private readonly onProgress?: (key: string, p: AnalysisProgress) => void,
  ) {}

  get(key: string): Job | undefined {
    return this.jobs.get(key);
  }

  get active(): number {
    return this.running;
  }

  get size(): number {
    return this.jobs.size;
  }

  /** Starts an analysis for key, or returns the one already running. */
  start(key: string, run: RunAnalysis): Job {
    const existing = this.jobs.get(key);
    if (existing) return existing;
    const controller = new AbortController();
    const job: Job = {
      key,
      controller,
      progress: { phase: 'queued', fraction: 0 },
      promise: undefined as unknown as Promise<Report>,
    };
    const report = (p: AnalysisProgress) => {
      // Progress only moves forward: a late event from an earlier phase is ignored.
      if (p.phase !== 'done' && p.fraction < job.progress.fraction && p.phase === job.progress.phase) return;
      // The token's name/symbol and the findings so far, once known, ride along on every later progress event.
      const next = { ...p };
      if (!p.token && job.progress.token) next.token = job.progress.token;
      if (!p.partial && job.progress.partial && p.phase !== 'done') next.partial = job.progress.partial;
      job.progress = next;
      this.onProgress?.(key, next);
    };
    (job as { promise: Promise<Report> }).promise = (async () => {
      await this.acquire(controller.signal);
      try {
        controller.signal.throwIfAborted();
        const result = await run(controller.signal, report);
        report({ phase: 'done', fraction: 1 });
        return result;
      } finally {
        this.release();
      }
    })().finally(() => {
      if (this.jobs.get(key) === job) this.jobs.delete(key);
    });
    // Callers attach their own handlers; this keeps an unobserved failure from being "unhandled".
    job.promise.catch(() => undefined);
    this.jobs.set(key, job);
    this.onProgress?.(key, job.progress);
    return job;
  }

  cancel(key: string): boolean {
    const job = this.jobs.get(key);
    if (!job) return false;
    job.controller.abort(new CancelledError());
    return true;
  }

  cancelAll(): void {
    for (const key of [...this.jobs.keys()]) this.cancel(key);
  }

  private acquire(signal: AbortSignal): Promise<void> {
    if (this.running < this.limit) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const entry = {
        signal,
        resolve: () => {
          signal.removeEventListener('abort', onAbort);
          this.running++;
          resolve();
        },
      };
      const onAbort = () => {
        const i = this.waiting.indexOf(entry);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(signal.reason ?? new CancelledError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(entry);
    });
  }

  private release(): void {
    this.running--;
    const next = this.waiting.shift();
    next?.resolve();
  }
}
