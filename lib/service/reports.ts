/**
 * "What do we know about this token?": cache first (stale-while-revalidate), one shared
 * analysis per token, bounded waits. Every path ends in a ReportState — never a hang.
 */
import type { Address, Report } from '../report/types';
import type { AnalysisProgress } from '../report/progress';
import type { ReportState } from '../report/state';
import type { Settings } from '../settings/types';
import type { CacheLookup } from '../cache/types';
import { assess } from '../risk/index';
import { parseTokenKey, tokenKey } from '../tokens/tokenRef';
import { chainSettings } from '../settings/defaults';
import { oneLine } from '../errors';
import { tokenDismissedOn } from '../settings/sites';
import { siteHost } from '../settings/siteHost';
import { AnalysisQueue, type Job } from './queue';
import { governorForToken, snapshotSpaceForToken } from '../analysis/protocolToken';
import type { ServiceDeps } from './types';

export const DEFAULT_WAIT_MS = 20_000;
/**
 * A failed analysis is remembered this long: asking again (a poll, another tab) gets the failure
 * at once instead of starting a new attempt that shows "analysing 0%" again. "Try again" (refresh) always retries.
 */
export const FAILURE_MEMORY_MS = 60_000;

export interface GetOptions {
  refresh?: boolean;
  waitMs?: number;
  /** The page's hostname when a content script asks (dismissed/disabled sites). */
  hostname?: string;
  governor?: Address;
}

export class ReportService {
  readonly queue: AnalysisQueue;
  /** Called when an analysis finished and cached a new report (tabs refresh their badge). */
  onReport?: (key: string, report: Report) => void;
  onFailure?: (key: string, error: unknown) => void;

  constructor(private readonly deps: ServiceDeps) {
    this.queue = new AnalysisQueue(deps.concurrency ?? 2, (key, progress) => this.emit(key, progress));
  }

  /** The last failure per key (cleared by a success or a deliberate refresh). */
  private readonly failures = new Map<string, { error: string; at: number }>();

  private recentFailure(key: string): string | undefined {
    const f = this.failures.get(key);
    if (!f) return undefined;
    if ((this.deps.now ?? Date.now)() - f.at > FAILURE_MEMORY_MS) {
      this.failures.delete(key);
      return undefined;
    }
    return f.error;
  }

  private emit(key: string, progress: AnalysisProgress): void {
    const token = parseTokenKey(key);
    if (!this.deps.emitProgress || !token) return;
    this.deps.emitProgress({ type: 'analysis.progress', chainId: token.chainId, address: token.address, progress });
  }

  /**
   * Whale Lens is off on this site entirely. A hidden badge (`dismissedSites`) is not: the
   * analysis, the toolbar badge and the pre-sign warnings stay on where only the badge was closed.
   */
  siteDismissed(settings: Settings, hostname: string | undefined): boolean {
    if (!hostname) return false;
    const h = siteHost(hostname);
    return settings.disabledSites.some((s) => siteHost(s) === h);
  }

  readyState(lookup: CacheLookup, settings: Settings): ReportState {
    const { record } = lookup;
    const state: ReportState = {
      status: 'ready',
      report: record.report,
      assessment: assess(record.report, settings.thresholds),
      stale: lookup.stale,
      fetchedAt: record.fetchedAt,
    };
    // A failed refresh never hides the known report: it is kept, with why the refresh failed.
    const failed = this.recentFailure(tokenKey(record.report.chainId, record.report.token.address));
    if (failed && !this.queue.get(tokenKey(record.report.chainId, record.report.token.address))) state.refreshError = failed;
    return state;
  }

  async get(chainId: number, address: Address, opts: GetOptions = {}): Promise<ReportState> {
    const settings = await this.deps.settings.get();
    if (this.siteDismissed(settings, opts.hostname)) return { status: 'dismissed', reason: 'site' };
    const key = tokenKey(chainId, address);
    if (settings.dismissedTokens.includes(key)) return { status: 'dismissed', reason: 'token' };
    // Dismissed from the in-page dialog: on that site only.
    if (opts.hostname && tokenDismissedOn(settings, opts.hostname, chainId, address)) return { status: 'dismissed', reason: 'token' };
    if (!chainSettings(settings, chainId)) return { status: 'unsupported-chain', chainId };

    const cached = await this.deps.cache.get(key);
    if (cached && !cached.stale && !opts.refresh) return this.readyState(cached, settings);
    if (opts.refresh) this.failures.delete(key);
    const failed = this.queue.get(key) ? undefined : this.recentFailure(key);
    if (failed) return cached ? this.readyState(cached, settings) : { status: 'error', error: failed, retryable: true };

    const job = this.ensureJob(chainId, address, settings, opts.governor);
    // Stale-while-revalidate: the old report now, the new one when the refresh lands.
    if (cached && !opts.refresh) return this.readyState(cached, settings);
    return this.wait(job, opts.waitMs ?? this.deps.defaultWaitMs ?? DEFAULT_WAIT_MS, settings, cached);
  }

  /** Starts the analysis for a token unless one is running; resumes from checkpoints if a scan was cut off. */
  ensureJob(chainId: number, address: Address, settings: Settings, governor?: Address): Job {
    const key = tokenKey(chainId, address);
    const existing = this.queue.get(key);
    if (existing) return existing;
    const chain = chainSettings(settings, chainId)!;
    const { cache } = this.deps;
    const job = this.queue.start(key, async (signal, onProgress) => {
      await cache.pending.put({ key, chainId, address, startedAt: (this.deps.now ?? Date.now)() }).catch(() => undefined);
      const report = await this.deps.analyze({
        chainId,
        address,
        governor: governor ?? governorForToken(this.deps.protocols, chainId, address),
        snapshotSpace: snapshotSpaceForToken(this.deps.protocols, chainId, address),
        rpcUrl: chain.rpcUrl,
        settings,
        checkpoints: cache.checkpoints,
        signal,
        onProgress,
        onSection: (partial) => onProgress({ ...job.progress, partial: { report: partial, assessment: assess(partial, settings.thresholds) } }),
      });
      signal.throwIfAborted();
      onProgress({ phase: 'deciding', fraction: 0.99 });
      await cache.put(report);
      return report;
    });
    job.promise.then(
      (report) => {
        this.failures.delete(key);
        void cache.pending.delete(key).catch(() => undefined);
        this.onReport?.(key, report);
      },
      (err) => {
        if ((err as Error)?.name !== 'AbortError') this.failures.set(key, { error: oneLine(err), at: (this.deps.now ?? Date.now)() });
        // A cancelled or failed analysis is not resumed at the next start; a killed worker never gets here.
        void cache.pending.delete(key).catch(() => undefined);
        this.onFailure?.(key, err);
      },
    );
    return job;
  }

  /** Waits for the job at most waitMs; then answers 'analysing' with progress (and the old report, if any). */
  async wait(job: Job, waitMs: number, settings: Settings, cached?: CacheLookup): Promise<ReportState> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, waitMs));
    });
    try {
      const outcome = await Promise.race([job.promise.then((r) => ({ report: r })), timeout]);
      if (outcome === 'timeout') {
        const { partial, ...progress } = job.progress;
        const state: ReportState = { status: 'analysing', progress };
        // An older full report while refreshing; else this run's finished sections.
        if (cached) state.partial = { report: cached.record.report, assessment: assess(cached.record.report, settings.thresholds) };
        else if (partial) state.partial = partial;
        return state;
      }
      const fresh = await this.deps.cache.get(tokenKey(outcome.report.chainId, outcome.report.token.address));
      if (fresh) return this.readyState(fresh, settings);
      // The cache could not keep it (e.g. evicted at once): answer from the analysis itself.
      const now = (this.deps.now ?? Date.now)();
      return { status: 'ready', report: outcome.report, assessment: assess(outcome.report, settings.thresholds), stale: false, fetchedAt: now };
    } catch (err) {
      const cancelled = (err as Error)?.name === 'AbortError';
      return { status: 'error', error: cancelled ? 'Analysis cancelled' : oneLine(err), retryable: true };
    } finally {
      clearTimeout(timer);
    }
  }

  cancel(chainId: number, address: Address): boolean {
    return this.queue.cancel(tokenKey(chainId, address));
  }

  /** After a worker restart: restart analyses that were cut off (they resume from their checkpoints). */
  async resumePending(): Promise<number> {
    const pending = await this.deps.cache.pending.list().catch(() => []);
    if (!pending.length) return 0;
    const settings = await this.deps.settings.get();
    let resumed = 0;
    for (const p of pending) {
      if (!chainSettings(settings, p.chainId) || settings.dismissedTokens.includes(p.key)) {
        await this.deps.cache.pending.delete(p.key).catch(() => undefined);
        continue;
      }
      this.ensureJob(p.chainId, p.address, settings);
      resumed++;
    }
    return resumed;
  }
}
