/**
 * The transfer graph a checkpoint keeps: restored and continued, it is the graph of every log
 * (same clusters, same trend); its size per log is measured; what it cannot stand for is not kept.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClusters } from '../../lib/analytics/clusters';
import { concentrationOverTime } from '../../lib/analytics/concentrationOverTime';
import { MAX_SAVED_LOGS, TRANSFER_TOPIC, TransferGraph } from '../../lib/analytics/transferGraph';
import { mulberry32 } from '../bench/prng';
import { graphOf, log, replay, type T } from './transferLogs';

const E = 10n ** 18n;

/** Token-like history: mints, then 18-decimal transfers among `accounts`, a few per transaction. */
function history(logs: number, accounts: number, seed = 1): T[] {
  const rnd = mulberry32(seed);
  const t: T[] = [];
  let block = 100;
  for (let i = 1; i <= 50; i++) t.push({ from: 0, to: i, amount: 1_000_000n * E, block });
  const bal = new Map(t.map((x) => [x.to, x.amount]));
  while (t.length < logs) {
    block += Math.floor(rnd() * 20);
    const from = [...bal.keys()][Math.floor(rnd() * bal.size)];
    const have = bal.get(from)!;
    const to = 1 + Math.floor(rnd() * accounts);
    const amount = rnd() < 0.2 ? have : (have * BigInt(Math.floor(rnd() * 1000))) / 1000n + 1n;
    if (amount > have || to === from) continue;
    bal.set(from, have - amount);
    bal.set(to, (bal.get(to) ?? 0n) + amount);
    if (bal.get(from) === 0n) bal.delete(from);
    t.push({ from, to, amount, block });
  }
  return t;
}

function built(logs: ReturnType<typeof log>[]): TransferGraph {
  const g = new TransferGraph();
  g.add(logs);
  return g;
}

/** Saved after `at` logs (through JSON, as the file store does), restored, then given the rest. */
function resumed(logs: ReturnType<typeof log>[], at: number): TransferGraph {
  const saved = JSON.parse(JSON.stringify({ graph: built(logs.slice(0, at)).save() })).graph;
  const g = new TransferGraph();
  g.restore(saved);
  g.add(logs.slice(at));
  return g;
}

function insights(g: TransferGraph, t: T[]) {
  const last = t[t.length - 1].block;
  return {
    clusters: findClusters(g, { balances: replay(t), hubs: new Set() }),
    trend: concentrationOverTime(g, { fromBlock: t[0].block, toBlock: last, at: [{ label: '7d', block: last - 50 }] }),
  };
}

describe('TransferGraph checkpoint form', () => {
  it('a graph restored from its saved form and continued gives the same clusters and trend as one built from every log', () => {
    const t = history(5_000, 800);
    const logs = t.map(log);
    const cold = built(logs);
    const warm = resumed(logs, 2_345);
    expect(warm.partial).toBe(false);
    expect(warm.length).toBe(cold.length);
    expect(warm.addressCount).toBe(cold.addressCount);
    for (const i of [0, 1, 2_344, 2_345, 4_999]) {
      expect(warm.txHash(i)).toBe(cold.txHash(i));
      expect(warm.amount(i)).toBe(cold.amount(i));
    }
    const a = insights(cold, t);
    expect(a.clusters.clusterCount).toBeGreaterThan(0);
    expect(insights(warm, t)).toEqual(a);
  });

  it('round-trips any graph exactly (property): addresses, blocks, amounts up to 2^100, shared transactions', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            from: fc.integer({ min: 0, max: 40 }),
            to: fc.integer({ min: 0, max: 40 }),
            amount: fc.bigInt({ min: 0n, max: 2n ** 100n }),
            gap: fc.integer({ min: 0, max: 5_000_000 }),
            sameTx: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        (rows) => {
          let block = 0;
          let tx = 1;
          const logs = rows.map((r) => {
            block += r.gap;
            if (!r.sameTx) tx++;
            return { ...log({ from: r.from, to: r.to, amount: r.amount, block }), transactionHash: `0x${tx.toString(16).padStart(64, 'a')}` };
          });
          const g = new TransferGraph();
          g.add(logs);
          const back = new TransferGraph();
          back.restore(g.save());
          expect(back.partial).toBe(false);
          expect(back.length).toBe(g.length);
          for (let i = 0; i < g.length; i++) {
            expect([back.addressAt(back.from[i]), back.addressAt(back.to[i]), back.block[i], back.amount(i), back.txHash(i)]).toEqual([
              g.addressAt(g.from[i]),
              g.addressAt(g.to[i]),
              g.block[i],
              g.amount(i),
              g.txHash(i),
            ]);
          }
        },
      ),
    );
  });

  it('measures its size: about 50 bytes a log before base64 on token-like data, bounded by MAX_SAVED_LOGS', () => {
    const t = history(20_000, 5_000, 7);
    const g = graphOf(t);
    const saved = g.save()!;
    const perLog = saved.length / g.length;
    // Recorded for the report: characters per log of the JSON-safe form.
    console.info(`transfer graph checkpoint: ${g.length} logs, ${g.addressCount} addresses → ${saved.length} chars (${perLog.toFixed(1)} a log)`);
    expect(perLog).toBeLessThan(80);
    expect(MAX_SAVED_LOGS * 80).toBeLessThanOrEqual(20 * 2 ** 20);
  });

  it('keeps nothing it cannot stand for, and a resume without it says it saw only the newer logs', () => {
    const g = graphOf([{ from: 0, to: 1, amount: 5n, block: 1 }]);
    g.markResumed();
    expect(g.save()).toBeUndefined(); // already partial
    const huge = new TransferGraph();
    huge.add([
      {
        ...log({ from: 0, to: 1, amount: 2n ** 120n, block: 1 }),
        topics: [TRANSFER_TOPIC, log({ from: 0, to: 1, amount: 0n, block: 1 }).topics[1], log({ from: 0, to: 1, amount: 0n, block: 1 }).topics[2]],
      },
    ]);
    expect(huge.exact).toBe(false);
    expect(huge.save()).toBeUndefined(); // rounded amounts
    for (const bad of [undefined, 42, 'not base64 !!', btoa('\u0009rest')]) {
      const r = new TransferGraph();
      r.restore(bad);
      expect(r.partial).toBe(true);
      expect(r.length).toBe(0);
    }
  });
});
