/**
 * Every Transfer of a token scan, kept compactly in block order so the clusters and the
 * concentration-over-time passes can walk it after the scan (when the pools and labelled hubs
 * are known). Per log: two address indexes, the block, the amount split exactly into a high
 * part (value >> 48, a double: exact below 2^101 base units) and a low part (the last 48 bits,
 * exact), and the transaction hash as eight 32-bit words — ~60 bytes a log, no strings kept.
 * Pure: raw hex strings in, plain arrays out.
 */

import { decodeTransferGraph, encodeTransferGraph } from './transferGraphCodec';

export const TRANSFER_TOPIC = '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef';
export const LOW_BITS = 2 ** 48;

/** The fields of an eth_getLogs entry this reads (hex strings as providers send them). */
export interface TransferLogLike {
  topics: readonly string[];
  data: string;
  blockNumber: string | null;
  transactionHash: string | null;
}

const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) HEX[48 + i] = i;
for (let i = 0; i < 6; i++) HEX[97 + i] = HEX[65 + i] = 10 + i;

function hexDigit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c < 128 ? HEX[c]! : -1;
}

/**
 * Most logs a checkpoint keeps (~70 characters each, so ≤ ~18 MB); past it — the largest scan the
 * CLI's 'auto' mode runs (LOG_SCAN_MAX_TRANSFERS) — a resumed scan says it saw only the newer logs.
 */
export const MAX_SAVED_LOGS = 250_000;

export class TransferGraph {
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  block = new Float64Array(1024);
  hi = new Float64Array(1024);
  lo = new Float64Array(1024);
  private tx = new Int32Array(8 * 1024);
  private ids = new Map<string, number>();
  private names: string[] = [];
  /** Logs recorded. */
  length = 0;
  /** False once an amount reached 2^101 base units (high parts are then rounded doubles). */
  exact = true;
  /** True when the scan resumed from a saved state: logs before `firstBlock` were not seen. */
  partial = false;
  /** Logs skipped because a topic or the data was not hex (the holder scan rejects those itself). */
  skipped = 0;

  /** Records the ERC-20 Transfers among `logs` (ERC-721 and other events are ignored). */
  add(logs: readonly TransferLogLike[]): void {
    for (let i = 0; i < logs.length; i++) {
      const log = logs[i]!;
      const t = log.topics;
      if (t.length !== 3 || t[1]!.length !== 66 || t[2]!.length !== 66) continue;
      if (t[0] !== TRANSFER_TOPIC && t[0]!.toLowerCase() !== TRANSFER_TOPIC) continue;
      if (!this.record(t[1]!, t[2]!, log)) this.skipped++;
    }
  }

  /** The scan resumed from a checkpoint: everything before it is unknown to this graph. */
  markResumed(): void {
    this.partial = true;
  }

  /**
   * The whole graph for a checkpoint, or undefined when it cannot stand for every log: too long to
   * keep, already partial, or with rounded amounts (the compact form stores exact parts only).
   */
  save(): string | undefined {
    if (this.partial || !this.exact || this.length > MAX_SAVED_LOGS) return undefined;
    const { names, length, from, to, block, hi, lo, tx, skipped } = this;
    return encodeTransferGraph({ names, length, from, to, block, hi, lo, tx, skipped });
  }

  /**
   * Takes back a graph saved with the checkpoint being resumed (this graph must still be empty).
   * Anything else — nothing saved, a damaged or older form — leaves it marked partial.
   */
  restore(saved: unknown): void {
    if (typeof saved !== 'string' || this.length) return this.markResumed();
    let p: ReturnType<typeof decodeTransferGraph>;
    try {
      p = decodeTransferGraph(saved);
    } catch {
      return this.markResumed();
    }
    this.names = [...p.names];
    this.ids = new Map(this.names.map((n, i) => [n, i]));
    Object.assign(this, { from: p.from, to: p.to, block: p.block, hi: p.hi, lo: p.lo, tx: p.tx, length: p.length, skipped: p.skipped });
  }

  get addressCount(): number {
    return this.names.length;
  }

  get firstBlock(): number | undefined {
    return this.length ? this.block[0] : undefined;
  }

  get lastBlock(): number | undefined {
    return this.length ? this.block[this.length - 1] : undefined;
  }

  /** Lowercase 0x-address of an index. */
  addressAt(i: number): string {
    return `0x${this.names[i]}`;
  }

  indexOf(address: string): number | undefined {
    return this.ids.get(address.slice(2).toLowerCase());
  }

  /** Exact amount of log i (rounded when `exact` is false). */
  amount(i: number): bigint {
    return BigInt(this.hi[i]!) * BigInt(LOW_BITS) + BigInt(this.lo[i]!);
  }

  txHash(i: number): string {
    let s = '0x';
    for (let k = 0; k < 8; k++) s += (this.tx[i * 8 + k]! >>> 0).toString(16).padStart(8, '0');
    return s;
  }

  private intern(topic: string): number {
    // Providers send lowercase hex; the key is the 40 address digits, lower-cased only if needed.
    let key = topic.slice(26);
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    const lower = key.toLowerCase();
    if (lower !== key) {
      key = lower;
      id = this.ids.get(key);
      if (id !== undefined) return id;
    }
    id = this.names.length;
    this.names.push(key);
    this.ids.set(key, id);
    return id;
  }

  private record(fromTopic: string, toTopic: string, log: TransferLogLike): boolean {
    const data = log.data;
    const end = data.length < 66 ? data.length : 66;
    const loStart = end - 12 > 2 ? end - 12 : 2;
    let hi = 0;
    let lo = 0;
    let bad = 0;
    for (let k = 2; k < loStart; k++) {
      const d = hexDigit(data, k);
      bad |= d;
      hi = hi * 16 + d;
    }
    for (let k = loStart; k < end; k++) {
      const d = hexDigit(data, k);
      bad |= d;
      lo = lo * 16 + d;
    }
    const hash = log.transactionHash ?? '';
    if (bad < 0 || hash.length !== 66 || !log.blockNumber) return false;
    if (hi >= 2 ** 53) this.exact = false;
    const n = this.length;
    if (n === this.from.length) this.grow();
    const o = n * 8;
    for (let w = 0; w < 8; w++) {
      let word = 0;
      for (let k = 2 + w * 8, stop = k + 8; k < stop; k++) {
        const d = hexDigit(hash, k);
        if (d < 0) return false;
        word = (word << 4) | d;
      }
      this.tx[o + w] = word;
    }
    this.from[n] = this.intern(fromTopic);
    this.to[n] = this.intern(toTopic);
    this.block[n] = parseInt(log.blockNumber, 16);
    this.hi[n] = hi;
    this.lo[n] = lo;
    this.length = n + 1;
    return true;
  }

  private grow(): void {
    const size = this.from.length * 2;
    const widen = <T extends Int32Array | Float64Array>(a: T, per = 1): T => {
      const b = new (a.constructor as { new (n: number): T })(size * per);
      b.set(a);
      return b;
    };
    this.from = widen(this.from);
    this.to = widen(this.to);
    this.block = widen(this.block);
    this.hi = widen(this.hi);
    this.lo = widen(this.lo);
    this.tx = widen(this.tx, 8);
  }
}
