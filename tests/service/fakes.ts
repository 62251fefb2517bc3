/**
 * Test doubles for the background service. The analyzer is faked (the real one needs a chain;
 * it is covered by chain-core's Anvil tests); cache, queue, checkpoints and settings are real.
 */
import type { Analyzer, AnalyzeInput, SettingsAccess } from '../../lib/service/types';
import type { Settings } from '../../lib/settings/types';
import type { Report } from '../../lib/report/types';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { healthyReport } from '../fixtures/reports/build';

export function memorySettings(patch: Partial<Settings> = {}): SettingsAccess & { value: Settings } {
  const box = {
    value: structuredClone({ ...DEFAULT_SETTINGS, ...patch }) as Settings,
    async get() {
      return structuredClone(box.value);
    },
    async update(fn: (s: Settings) => Settings) {
      box.value = fn(structuredClone(box.value));
    },
  };
  return box;
}

export function reportFor(input: Pick<AnalyzeInput, 'chainId' | 'address'>, base: () => Report = healthyReport): Report {
  const r = base();
  r.chainId = input.chainId;
  r.token = { ...r.token, address: input.address };
  return r;
}

export function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/**
 * Scans blocks [0, toBlock) in `step` chunks like chain-core's log scan: resumes from the
 * checkpoint, writes one after each chunk, reports progress, honours the abort signal.
 * `gate(chunkStart)` lets a test hold a chunk (a worker that stops mid-scan never passes it).
 */
export function scanningAnalyzer(opts: { toBlock?: number; step?: number; gate?: (from: number) => Promise<void> | void; base?: () => Report }) {
  const toBlock = opts.toBlock ?? 1000;
  const step = opts.step ?? 100;
  const log = { calls: 0, chunks: [] as number[], startedAt: [] as number[] };
  const analyze: Analyzer = async (input) => {
    log.calls++;
    const key = `holders:${input.chainId}:${input.address.toLowerCase()}`;
    const cp = await input.checkpoints.get(key);
    let from = cp && cp.toBlock === toBlock ? cp.nextBlock : 0;
    log.startedAt.push(from);
    while (from < toBlock) {
      input.signal.throwIfAborted();
      await opts.gate?.(from);
      input.signal.throwIfAborted();
      log.chunks.push(from);
      from += step;
      await input.checkpoints.put({ key, nextBlock: from, toBlock, state: { seen: from }, updatedAt: Date.now() });
      input.onProgress({ phase: 'holders', fraction: from / toBlock });
    }
    await input.checkpoints.delete(key);
    return reportFor(input, opts.base);
  };
  return { analyze, log };
}

/** Resolves when the test says so; counts calls. */
export function controlledAnalyzer(base?: () => Report) {
  const pending: { input: AnalyzeInput; done: ReturnType<typeof deferred<Report>> }[] = [];
  const analyze: Analyzer = (input) => {
    const done = deferred<Report>();
    pending.push({ input, done });
    input.signal.addEventListener('abort', () => done.reject(input.signal.reason));
    return done.promise;
  };
  return {
    analyze,
    pending,
    get calls() {
      return pending.length;
    },
    finish(i = 0, report?: Report) {
      const p = pending[i];
      p.done.resolve(report ?? reportFor(p.input, base));
    },
  };
}

/** Waits until cond() holds (polling), failing after timeoutMs: no fixed sleeps in assertions. */
export async function until(cond: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await tick(5);
  }
}
