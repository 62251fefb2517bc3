/**
 * Bench rows for the clusters and concentration-over-time sections: their cost at 1,000,000
 * Transfer logs (the same synthetic eth_getLogs replies as the ingest row in chain.bench.ts)
 * against the cost of ingesting those logs (JSON.parse + the Transfer decoder into balances).
 * Ours = keeping the logs in the TransferGraph (done while the scan runs, on logs already parsed)
 * plus the analysis at the end. Budget ≤ 2× the ingest, each.
 */
import { findClusters } from '../../lib/analytics/clusters';
import { concentrationOverTime } from '../../lib/analytics/concentrationOverTime';
import { TransferGraph } from '../../lib/analytics/transferGraph';
import { BalanceBook, applyTransfers } from '../../lib/chain/holders/transferDecoder';
import type { RawLog } from '../../lib/chain/logs/types';
import { transferPages } from './chain.bench';
import type { BenchRow } from './format';

const TIMES = 4; // 25 distinct pages of 10,000 logs, 4 times over: 1M logs

function cpu(fn: () => unknown): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);

export async function rows(): Promise<BenchRow[]> {
  const pages = transferPages();
  const parsed: RawLog[][] = pages.map((p) => JSON.parse(p).result);
  const book = new BalanceBook();
  for (let t = 0; t < TIMES; t++) for (const logs of parsed) applyTransfers(book, logs);
  const balances = new Map([...book.toMap()].filter(([, b]) => b > 0n));

  const ingest = () => {
    const b = new BalanceBook();
    for (let t = 0; t < TIMES; t++) for (const text of pages) applyTransfers(b, JSON.parse(text).result);
    return b.size;
  };
  const record = () => {
    const g = new TransferGraph();
    for (let t = 0; t < TIMES; t++) for (const logs of parsed) g.add(logs);
    return g;
  };
  const clusters = () => findClusters(record(), { balances, hubs: new Set() }).clusterCount;
  const trend = () => {
    const g = record();
    const last = g.lastBlock!;
    return concentrationOverTime(g, {
      fromBlock: g.firstBlock!,
      toBlock: last,
      at: [
        { label: '24h', block: last - 7_200 },
        { label: '7d', block: last - 50_400 },
        { label: '30d', block: last - 216_000 },
      ],
    }).length;
  };

  const fns = [ingest, clusters, trend];
  for (const fn of fns) fn(); // warm-up
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < 3; i++) fns.forEach((fn, k) => times[k].push(cpu(fn)));
  const [ingestMs, clustersMs, trendMs] = times.map(median);
  const logs = record();
  return [
    {
      name: `clusters at 1M Transfer logs (${logs.addressCount} addresses) vs ingesting them`,
      ours: `${ms(clustersMs)} cpu`,
      baseline: `${ms(ingestMs)} cpu`,
      ratio: clustersMs / ingestMs,
      budget: '≤ 2×',
      pass: clustersMs / ingestMs <= 2,
    },
    {
      name: 'concentration over time at 1M logs (27 points) vs ingesting them',
      ours: `${ms(trendMs)} cpu`,
      baseline: `${ms(ingestMs)} cpu`,
      ratio: trendMs / ingestMs,
      budget: '≤ 2×',
      pass: trendMs / ingestMs <= 2,
    },
  ];
}
