/**
 * Adaptive eth_getLogs over [fromBlock, toBlock]. Raw logs go to `onLogs` in block order, so a
 * consumer's state after any callback matches "everything up to block N" — which is what a
 * checkpoint records. The range per request shrinks on provider limits and grows back while answers
 * stay small; a few requests run in parallel; aborts and failures save the checkpoint first.
 */
import type { Address, Hex, PublicClient } from 'viem';
import type { CheckpointStore } from '../checkpoints';
import { ScanAbortedError } from '../errors';
import { fetchRange, type RangeState } from './fetchRange';
import { endpointPace } from '../endpoint/endpointPace';
import type { RawLog } from './types';

export type { RawLog } from './types';

export interface ScanLogsParams {
  address: Address | Address[];
  topics: (Hex | Hex[] | null)[];
  fromBlock: bigint;
  toBlock: bigint;
  onLogs: (logs: RawLog[]) => void;
  /** Checkpoints are used only together with saveState/restoreState (the consumer's state). */
  checkpointKey?: string;
  checkpoints?: CheckpointStore;
  /** A JSON-safe snapshot of the consumer's state after the logs delivered so far. */
  saveState?: () => unknown;
  /** Called once before scanning when a checkpoint is resumed. */
  restoreState?: (state: unknown) => void;
  concurrency?: number;
  /** First range size in blocks (default 2,000). */
  initialSpan?: bigint;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

/** How often, at most, a checkpoint is written while scanning. */
const CHECKPOINT_EVERY_MS = 2_000;

export async function scanLogs(client: PublicClient, params: ScanLogsParams): Promise<{ requests: number; logs: number }> {
  const { fromBlock, toBlock, signal, onProgress } = params;
  const concurrency = Math.max(1, params.concurrency ?? 4);
  const store =
    params.checkpointKey && params.checkpoints && params.saveState && params.restoreState
      ? { key: params.checkpointKey, cps: params.checkpoints, save: params.saveState }
      : undefined;
  if (signal?.aborted) throw new ScanAbortedError('log scan');

  let start = fromBlock;
  if (store) {
    const cp = await store.cps.get(store.key);
    if (cp && BigInt(cp.nextBlock) > fromBlock && BigInt(cp.nextBlock) <= toBlock + 1n) {
      params.restoreState!(cp.state);
      start = BigInt(cp.nextBlock);
    }
  }
  const total = Number(toBlock - fromBlock + 1n);
  const counters = { requests: 0, logs: 0 };
  if (start > toBlock) {
    onProgress?.(1);
    return counters;
  }

  // Internal controller: the first failure stops the other workers.
  const stop = new AbortController();
  const onUserAbort = () => stop.abort(signal?.reason);
  signal?.addEventListener('abort', onUserAbort, { once: true });

  // An endpoint's range cap, once learned by any scan, is where the next scan starts: no request
  // is spent rediscovering it (scans of one analysis share the endpoint, and run side by side).
  const url = (client.transport as { url?: string }).url;
  const pace = url ? endpointPace(url) : undefined;
  const learned = pace?.logSpan;
  const first = params.initialSpan ?? learned ?? 2_000n;
  const state: RangeState = {
    span: learned !== undefined && first > learned ? learned : first,
    maxSpan: learned ?? 1_000_000n,
    failures: 0,
    onMaxSpan: (maxSpan) => {
      if (pace && (pace.logSpan === undefined || maxSpan < pace.logSpan)) pace.logSpan = maxSpan;
    },
  };
  let cursor = start;
  let nextSeq = 0;
  let flushSeq = 0;
  let flushedTo = start - 1n;
  const done = new Map<number, { to: bigint; logs: RawLog[] }>();
  let waiters: (() => void)[] = [];
  const wakeAll = () => {
    const w = waiters;
    waiters = [];
    for (const fn of w) fn();
  };
  stop.signal.addEventListener('abort', wakeAll, { once: true });
  let lastSave = Date.now();
  let saving: Promise<void> = Promise.resolve();

  // Snapshots of a million holders take a while: keep checkpointing under ~5% of the scan's time.
  let saveEvery = CHECKPOINT_EVERY_MS;
  const checkpoint = () => {
    if (!store) return;
    const started = Date.now();
    const cp = { key: store.key, nextBlock: Number(flushedTo + 1n), toBlock: Number(toBlock), state: store.save(), updatedAt: started };
    lastSave = Date.now();
    saveEvery = Math.max(CHECKPOINT_EVERY_MS, 20 * (lastSave - started));
    // A failed write (storage full) must not stop later ones, nor the scan.
    saving = saving.catch(() => undefined).then(() => store.cps.put(cp));
  };

  const flush = () => {
    while (done.has(flushSeq)) {
      const chunk = done.get(flushSeq)!;
      done.delete(flushSeq++);
      if (chunk.logs.length) params.onLogs(chunk.logs);
      counters.logs += chunk.logs.length;
      flushedTo = chunk.to;
    }
    onProgress?.(Math.min(1, Number(flushedTo - fromBlock + 1n) / total));
    if (store && Date.now() - lastSave >= saveEvery) checkpoint();
    wakeAll();
  };

  const worker = async () => {
    while (cursor <= toBlock && !stop.signal.aborted) {
      // Bound the reorder buffer: a slow head chunk must not let the others run far ahead.
      while (nextSeq - flushSeq >= concurrency * 4 && !stop.signal.aborted) {
        await new Promise<void>((r) => waiters.push(r));
      }
      if (stop.signal.aborted) break;
      const from = cursor;
      const to = from + state.span - 1n < toBlock ? from + state.span - 1n : toBlock;
      cursor = to + 1n;
      const seq = nextSeq++;
      const logs = await fetchRange(client, {
        address: params.address,
        topics: params.topics,
        from,
        to,
        state,
        signal: stop.signal,
        onRequest: () => counters.requests++,
      });
      done.set(seq, { to, logs });
      flush();
    }
  };

  try {
    const guarded = () =>
      worker().catch((err) => {
        stop.abort();
        throw err;
      });
    const results = await Promise.allSettled(Array.from({ length: concurrency }, guarded));
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    // Workers stopped because another failed report an abort: the first real failure is the answer.
    const failed = rejected.find((r) => !(r.reason instanceof ScanAbortedError)) ?? rejected[0];
    if (signal?.aborted) throw new ScanAbortedError('log scan', { cause: signal.reason });
    if (failed) throw failed.reason;
    checkpoint();
    onProgress?.(1);
    return counters;
  } catch (err) {
    stop.abort();
    // Keep what is complete: the next scan resumes from the first block not yet delivered.
    if (flushedTo >= start) checkpoint();
    throw err;
  } finally {
    signal?.removeEventListener('abort', onUserAbort);
    await saving.catch(() => undefined);
  }
}
