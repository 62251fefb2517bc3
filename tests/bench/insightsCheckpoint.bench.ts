/**
 * The holder checkpoint's Transfer graph at its limit (MAX_SAVED_LOGS = 250,000 logs, the same
 * synthetic eth_getLogs replies as chain.bench.ts): the cost of one save and one restore against
 * ingesting those logs, and the size of what is stored. A scan saves at most every 2 s and keeps
 * saving under ~5% of its time (scanLogs), so one save must stay well below the ingest.
 */
import { MAX_SAVED_LOGS, TransferGraph } from '../../lib/analytics/transferGraph';
import { BalanceBook, applyTransfers } from '../../lib/chain/holders/transferDecoder';
import type { RawLog } from '../../lib/chain/logs/types';
import { transferPages } from './chain.bench';
import type { BenchRow } from './format';

function cpu(fn: () => unknown): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function rows(): Promise<BenchRow[]> {
  const pages = transferPages().slice(0, MAX_SAVED_LOGS / 10_000);
  const parsed: RawLog[][] = pages.map((p) => JSON.parse(p).result);
  const graph = new TransferGraph();
  for (const logs of parsed) graph.add(logs);
  const ingest = () => {
    const b = new BalanceBook();
    for (const text of pages) applyTransfers(b, JSON.parse(text).result);
    return b.size;
  };
  let saved = '';
  const save = () => (saved = graph.save()!).length;
  const restore = () => {
    const g = new TransferGraph();
    g.restore(saved);
    return g.length;
  };
  const fns = [ingest, save, restore];
  for (const fn of fns) fn();
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < 3; i++) fns.forEach((fn, k) => times[k].push(cpu(fn)));
  const [ingestMs, saveMs, restoreMs] = times.map(median);
  const mb = (saved.length / 2 ** 20).toFixed(1);
  return [
    {
      name: `graph checkpoint, ${graph.length / 1000}k logs (${mb} MB, ${(saved.length / graph.length).toFixed(0)} chars a log): save vs ingest`,
      ours: `${saveMs.toFixed(0)} ms cpu`,
      baseline: `${ingestMs.toFixed(0)} ms cpu`,
      ratio: saveMs / ingestMs,
      budget: '≤ 1×',
      pass: saveMs / ingestMs <= 1,
    },
    {
      name: `graph checkpoint, ${graph.length / 1000}k logs: restore vs ingest`,
      ours: `${restoreMs.toFixed(0)} ms cpu`,
      baseline: `${ingestMs.toFixed(0)} ms cpu`,
      ratio: restoreMs / ingestMs,
      budget: '≤ 1×',
      pass: restoreMs / ingestMs <= 1,
    },
  ];
}
