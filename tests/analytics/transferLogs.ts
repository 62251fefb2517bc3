/** Builds eth_getLogs-shaped Transfer logs for the pure analytics tests. */
import { TRANSFER_TOPIC, TransferGraph } from '../../lib/analytics/transferGraph';

export const addr = (n: number) => `0x${n.toString(16).padStart(40, '0')}`;
const topic = (a: string) => `0x${'0'.repeat(24)}${a.slice(2)}`;

let txCounter = 1;
export interface T {
  from: number;
  to: number;
  amount: bigint;
  block: number;
}

export function log(t: T) {
  return {
    topics: [TRANSFER_TOPIC, topic(addr(t.from)), topic(addr(t.to))],
    data: `0x${t.amount.toString(16).padStart(64, '0')}`,
    blockNumber: `0x${t.block.toString(16)}`,
    transactionHash: `0x${(txCounter++).toString(16).padStart(64, '0')}`,
  };
}

export function graphOf(transfers: T[]): TransferGraph {
  const g = new TransferGraph();
  g.add(transfers.map(log));
  return g;
}

/** Exact balances by replaying with bigints (zero address and non-positive left out). */
export function replay(transfers: T[]): Map<string, bigint> {
  const m = new Map<string, bigint>();
  for (const t of transfers) {
    m.set(addr(t.from), (m.get(addr(t.from)) ?? 0n) - t.amount);
    m.set(addr(t.to), (m.get(addr(t.to)) ?? 0n) + t.amount);
  }
  for (const [a, b] of m) if (b <= 0n || a === addr(0)) m.delete(a);
  return m;
}
