import { describe, expect, it } from 'vitest';
import { AnalysisQueue } from '../../lib/service/queue';
import { healthyReport } from '../fixtures/reports/build';
import { deferred, tick } from './fakes';
import type { Report } from '../../lib/report/types';

describe('AnalysisQueue', () => {
  it('runs one analysis per key: a second start joins the first', async () => {
    const q = new AnalysisQueue(2);
    let runs = 0;
    const d = deferred<Report>();
    const a = q.start('1:0xa', () => (runs++, d.promise));
    const b = q.start('1:0xa', () => (runs++, d.promise));
    expect(b).toBe(a);
    d.resolve(healthyReport());
    await a.promise;
    await tick();
    expect(runs).toBe(1);
    expect(q.get('1:0xa')).toBeUndefined();
  });

  it('bounds concurrency; the third waits as "queued" and runs when a slot frees', async () => {
    const q = new AnalysisQueue(2);
    const ds = [deferred<Report>(), deferred<Report>(), deferred<Report>()];
    let started = 0;
    const jobs = ds.map((d, i) => q.start(`k${i}`, async () => (started++, d.promise)));
    await tick();
    expect(started).toBe(2);
    expect(q.active).toBe(2);
    expect(jobs[2].progress.phase).toBe('queued');
    ds[0].resolve(healthyReport());
    await jobs[0].promise;
    await tick();
    expect(started).toBe(3);
    ds[1].resolve(healthyReport());
    ds[2].resolve(healthyReport());
    await Promise.all(jobs.map((j) => j.promise));
    expect(q.active).toBe(0);
  });

  it('cancels a queued job without running it, and a running one through its signal', async () => {
    const q = new AnalysisQueue(1);
    let signalSeen: AbortSignal | undefined;
    const running = q.start('a', (signal) => {
      signalSeen = signal;
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    });
    let queuedRan = false;
    const queued = q.start('b', async () => ((queuedRan = true), healthyReport()));
    await tick();
    expect(q.cancel('b')).toBe(true);
    await expect(queued.promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(queuedRan).toBe(false);
    expect(q.cancel('a')).toBe(true);
    expect(signalSeen?.aborted).toBe(true);
    await expect(running.promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(q.cancel('nope')).toBe(false);
  });

  it('publishes progress, ending with done', async () => {
    const seen: string[] = [];
    const q = new AnalysisQueue(2, (_k, p) => seen.push(`${p.phase}:${p.fraction}`));
    const job = q.start('a', async (_s, on) => {
      on({ phase: 'holders', fraction: 0.5 });
      return healthyReport();
    });
    await job.promise;
    expect(seen).toEqual(['queued:0', 'holders:0.5', 'done:1']);
  });
});
