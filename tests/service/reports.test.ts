import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BackgroundService } from '../../lib/service/service';
import { createIdbCache, createMemoryCache, openCacheDb, withMemoryFallback } from '../../lib/cache/index';
import { tokenKey as reportKey } from '../../lib/tokens/tokenRef';
import type { ReportCache } from '../../lib/cache/types';
import type { ServiceDeps } from '../../lib/service/types';
import type { ReportState } from '../../lib/messaging/background-protocol';
import { TOKEN, addr, rugReport, whaleReport } from '../fixtures/reports/build';
import { controlledAnalyzer, deferred, memorySettings, scanningAnalyzer, tick, until } from './fakes';

const TAB = { kind: 'tab', tabId: 7, hostname: 'app.uniswap.org' } as const;
const get = (extra: object = {}) => ({ type: 'report.get', chainId: 1, address: TOKEN, ...extra }) as const;

function service(deps: Partial<ServiceDeps> & Pick<ServiceDeps, 'analyze'>, now = { t: 1_700_000_000_000 }) {
  const cache = deps.cache ?? createMemoryCache({ now: () => now.t });
  const settings = deps.settings ?? memorySettings();
  return { svc: new BackgroundService({ cache, settings, ...deps, now: () => now.t }), cache, settings, now };
}

async function ask(svc: BackgroundService, req: object): Promise<ReportState> {
  return (await svc.handle(req as never, TAB)) as ReportState;
}

describe('report.get', () => {
  it('analyses on a miss, then answers from cache without a second analysis', async () => {
    const fake = controlledAnalyzer(whaleReport);
    const { svc } = service({ analyze: fake.analyze });
    const first = ask(svc, get());
    await tick();
    fake.finish();
    const state = await first;
    expect(state).toMatchObject({ status: 'ready', stale: false, assessment: { verdict: 'danger' } });
    const again = await ask(svc, get());
    expect(again).toMatchObject({ status: 'ready', stale: false });
    expect(fake.calls).toBe(1);
  });

  it('concurrent identical requests share one analysis', async () => {
    const fake = controlledAnalyzer();
    const { svc } = service({ analyze: fake.analyze });
    const answers = Promise.all([ask(svc, get()), ask(svc, get({ address: TOKEN.toLowerCase() })), ask(svc, get())]);
    await tick();
    expect(fake.calls).toBe(1);
    fake.finish();
    const states = await answers;
    expect(states.map((s) => s.status)).toEqual(['ready', 'ready', 'ready']);
  });

  it('waitMs bounds the wait: "analysing" with progress, then ready later', async () => {
    const gate = deferred<void>();
    const { analyze } = scanningAnalyzer({ gate: (from) => (from >= 300 ? gate.promise : undefined) });
    const { svc } = service({ analyze });
    const t0 = Date.now();
    const state = await ask(svc, get({ waitMs: 50 }));
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(state).toMatchObject({ status: 'analysing', progress: { phase: 'holders', fraction: 0.3 } });
    gate.resolve();
    expect(await ask(svc, get({ waitMs: 5000 }))).toMatchObject({ status: 'ready' });
  });

  it('a stale report is served at once and refreshed behind', async () => {
    const fake = controlledAnalyzer();
    const { svc, now } = service({ analyze: fake.analyze });
    const first = ask(svc, get());
    await tick();
    fake.finish(0, rugReport());
    await first;
    now.t += 31 * 60_000; // past the liquidity TTL
    const stale = await ask(svc, get());
    expect(stale).toMatchObject({ status: 'ready', stale: true, assessment: { verdict: 'danger' } });
    expect(fake.calls).toBe(2); // revalidation started
    fake.finish(1, { ...rugReport(), block: { number: 19_000_100, timestamp: 1_700_001_200 } });
    await tick();
    const fresh = await ask(svc, get());
    expect(fresh).toMatchObject({ status: 'ready', stale: false, report: { block: { number: 19_000_100 } } });
    expect(fake.calls).toBe(2);
  });

  it('a failed refresh keeps the old report, marked with why; a failure is remembered, not retried in a loop', async () => {
    const fake = controlledAnalyzer();
    const { svc, now } = service({ analyze: fake.analyze });
    const first = ask(svc, get());
    await tick();
    fake.finish(0, rugReport());
    await first;
    now.t += 31 * 60_000;
    expect(await ask(svc, get())).toMatchObject({ status: 'ready', stale: true });
    fake.pending[1]!.done.reject(new Error('RPC endpoint unreachable: http://127.0.0.1:1/'));
    await tick();
    const kept = await ask(svc, get());
    expect(kept).toMatchObject({
      status: 'ready',
      stale: true,
      refreshError: 'RPC endpoint unreachable: http://127.0.0.1:1/',
      assessment: { verdict: 'danger' },
    });
    expect(fake.calls).toBe(2); // no new attempt from a plain ask
    // No cached report: the failure is answered at once, and Retry (refresh) tries again.
    const other = get({ address: addr(9) });
    const failing = ask(svc, { ...other, waitMs: 5_000 });
    await tick();
    fake.pending[2]!.done.reject(new Error('RPC endpoint unreachable: http://127.0.0.1:1/'));
    expect(await failing).toMatchObject({ status: 'error' });
    expect(await ask(svc, { ...other, waitMs: 0 })).toMatchObject({ status: 'error', error: 'RPC endpoint unreachable: http://127.0.0.1:1/' });
    expect(fake.calls).toBe(3);
    void ask(svc, { ...other, refresh: true, waitMs: 0 });
    await tick();
    expect(fake.calls).toBe(4);
  });

  it('refresh with a cached report: "analysing" carries the old report as partial', async () => {
    const fake = controlledAnalyzer();
    const { svc } = service({ analyze: fake.analyze });
    const first = ask(svc, get());
    await tick();
    fake.finish();
    await first;
    const state = await ask(svc, get({ refresh: true, waitMs: 10 }));
    expect(state.status).toBe('analysing');
    expect(state.status === 'analysing' && state.partial?.assessment.verdict).toBe('ok');
  });

  it('an expired report is not served: it is analysed again', async () => {
    const fake = controlledAnalyzer();
    const { svc, now } = service({ analyze: fake.analyze });
    const first = ask(svc, get());
    await tick();
    fake.finish();
    await first;
    now.t += 8 * 24 * 3600_000;
    expect(await ask(svc, get({ waitMs: 0 }))).toMatchObject({ status: 'analysing' });
    expect(fake.calls).toBe(2);
  });

  it('a failed analysis is an error a person can read, and retryable', async () => {
    const { svc } = service({
      analyze: async () => {
        throw new Error('RPC https://rpc.example returned 503\nstack…');
      },
    });
    expect(await ask(svc, get())).toEqual({ status: 'error', error: 'RPC https://rpc.example returned 503', retryable: true });
  });

  it('report.cancel aborts the analysis and the waiter learns it', async () => {
    const fake = controlledAnalyzer();
    const { svc } = service({ analyze: fake.analyze });
    const waiting = ask(svc, get());
    await tick();
    expect(await svc.handle({ type: 'report.cancel', chainId: 1, address: TOKEN }, TAB)).toEqual({ cancelled: true });
    expect(await waiting).toEqual({ status: 'error', error: 'Analysis cancelled', retryable: true });
    expect(fake.pending[0].input.signal.aborted).toBe(true);
    expect(await svc.handle({ type: 'report.cancel', chainId: 1, address: TOKEN }, TAB)).toEqual({ cancelled: false });
  });

  it('unsupported chains, dismissed tokens and sites where Whale Lens is off cause no analysis', async () => {
    const fake = controlledAnalyzer();
    const settings = memorySettings({ disabledSites: ['scam.example'] });
    const { svc } = service({ analyze: fake.analyze, settings });
    const POPUP = { kind: 'extension' } as const;
    expect(await ask(svc, get({ chainId: 999 }))).toEqual({ status: 'unsupported-chain', chainId: 999 });
    await svc.handle({ type: 'token.dismiss', chainId: 1, address: TOKEN, dismissed: true }, POPUP);
    expect(settings.value.dismissedTokens).toEqual([reportKey(1, TOKEN)]);
    expect(await ask(svc, get())).toEqual({ status: 'dismissed', reason: 'token' });
    expect(await svc.handle(get({ address: addr(3) }) as never, { kind: 'tab', tabId: 1, hostname: 'scam.example' })).toEqual({
      status: 'dismissed',
      reason: 'site',
    });
    expect(fake.calls).toBe(0);
    await svc.handle({ type: 'token.dismiss', chainId: 1, address: TOKEN, dismissed: false }, POPUP);
    expect(settings.value.dismissedTokens).toEqual([]);
  });

  it('a dismissal from a page applies to that site only; a hidden badge is not a dismissal', async () => {
    const fake = controlledAnalyzer();
    const settings = memorySettings({ dismissedSites: ['app.uniswap.org'] });
    const { svc } = service({ analyze: fake.analyze, settings });
    await svc.handle({ type: 'token.dismiss', chainId: 1, address: TOKEN, dismissed: true }, TAB);
    expect(settings.value.dismissedTokens).toEqual([]);
    expect(settings.value.siteDismissedTokens).toEqual([`app.uniswap.org ${reportKey(1, TOKEN)}`]);
    expect(await ask(svc, get())).toEqual({ status: 'dismissed', reason: 'token' });
    // Another site (and the popup) still get the analysis.
    const other = svc.handle(get({ waitMs: 0 }) as never, { kind: 'tab', tabId: 2, hostname: 'other.example' });
    expect(await other).toMatchObject({ status: 'analysing' });
    expect(fake.calls).toBe(1);
    await svc.handle({ type: 'token.dismiss', chainId: 1, address: TOKEN, dismissed: false }, TAB);
    expect(settings.value.siteDismissedTokens).toEqual([]);
  });

  it('thresholds from settings apply when reading a cached report', async () => {
    const fake = controlledAnalyzer();
    const settings = memorySettings();
    const { svc } = service({ analyze: fake.analyze, settings });
    const first = ask(svc, get());
    await tick();
    fake.finish();
    expect(await first).toMatchObject({ assessment: { verdict: 'ok' } });
    await settings.update((s) => ({ ...s, thresholds: { ...s.thresholds, top10Caution: 0.1 } }));
    expect(await ask(svc, get())).toMatchObject({ assessment: { verdict: 'caution' } });
    expect(fake.calls).toBe(1);
  });
});

describe('storage trouble', () => {
  it('a corrupt cached record is dropped and the report fetched again', async () => {
    const db = await openCacheDb(`svc-corrupt-${Math.random()}`);
    const cache = createIdbCache(db);
    await db.put('reports', { key: reportKey(1, TOKEN), report: 'garbage' } as never);
    const fake = controlledAnalyzer();
    const { svc } = service({ analyze: fake.analyze, cache });
    const answer = ask(svc, get());
    await until(() => fake.calls === 1);
    fake.finish();
    expect(await answer).toMatchObject({ status: 'ready' });
    expect((await cache.get(reportKey(1, TOKEN)))?.record.report.token.symbol).toBe('EGT');
  });

  it('quota errors: the answer still arrives, served from memory', async () => {
    const mem = createMemoryCache();
    const full = {
      ...mem,
      put: async () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      shrink: async () => undefined,
    } as ReportCache;
    const cache = withMemoryFallback(full, createMemoryCache());
    const fake = controlledAnalyzer();
    const { svc } = service({ analyze: fake.analyze, cache });
    const answer = ask(svc, get());
    await tick();
    fake.finish();
    expect(await answer).toMatchObject({ status: 'ready' });
    expect(cache.backend).toBe('memory');
    expect(await ask(svc, get())).toMatchObject({ status: 'ready' });
    expect(fake.calls).toBe(1);
  });
});

describe('a worker stopped mid-scan', () => {
  it('a new service instance resumes from the checkpoints instead of starting over', async () => {
    const dbName = `svc-restart-${Math.random()}`;
    // Worker 1: the scan gets to block 400, then the browser stops the worker (the gate never opens).
    const never = new Promise<void>(() => undefined);
    const first = scanningAnalyzer({ gate: (from) => (from >= 400 ? never : undefined) });
    const w1 = service({ analyze: first.analyze, cache: createIdbCache(await openCacheDb(dbName)) });
    await ask(w1.svc, get({ waitMs: 0 }));
    await until(() => first.log.chunks.length === 4);
    await until(async () => (await w1.cache.checkpoints.get(`holders:1:${TOKEN.toLowerCase()}`))?.nextBlock === 400);
    expect(await ask(w1.svc, get({ waitMs: 0 }))).toMatchObject({ status: 'analysing', progress: { fraction: 0.4 } });
    expect(first.log.chunks).toEqual([0, 100, 200, 300]);

    // Worker 2 starts with the same IndexedDB and picks the pending analysis up by itself.
    const second = scanningAnalyzer({});
    const w2 = service({ analyze: second.analyze, cache: createIdbCache(await openCacheDb(dbName)) });
    expect(await w2.svc.start()).toBe(1);
    const answer2 = await ask(w2.svc, get({ waitMs: 5000 }));
    expect(answer2).toMatchObject({ status: 'ready' });
    expect(second.log.calls).toBe(1);
    expect(second.log.startedAt).toEqual([400]);
    expect(second.log.chunks).toEqual([400, 500, 600, 700, 800, 900]);
    // Done: nothing left to resume.
    await until(async () => (await w2.cache.pending.list()).length === 0);
  });
});
