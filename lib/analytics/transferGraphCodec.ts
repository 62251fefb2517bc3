/**
 * A TransferGraph as one compact, JSON-safe string, so a holder scan's checkpoint can keep the
 * logs the clusters and trend passes need and a resumed scan reports the same as a cold one.
 *
 * Layout (then base64): a version byte; varints for the log count, address count and skipped
 * logs; each address as 20 bytes; then per log a flag byte (bit 0: same transaction as the log
 * before), varints for the two address indexes, the block's distance from the previous log's
 * block and the amount's high part, the low 48 bits as 6 bytes, and the transaction hash (32
 * bytes) unless flagged. Measured in tests/analytics/transferGraphCodec.test.ts: ~50 bytes a log
 * before base64 on token-like data (the hash is most of it), ~70 characters after.
 */

export interface TransferGraphParts {
  names: readonly string[];
  length: number;
  from: Int32Array;
  to: Int32Array;
  block: Float64Array;
  hi: Float64Array;
  lo: Float64Array;
  tx: Int32Array;
  skipped: number;
}

const VERSION = 1;

class Writer {
  buf = new Uint8Array(1 << 16);
  n = 0;
  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.n + k) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
  byte(v: number): void {
    this.room(1);
    this.buf[this.n++] = v;
  }
  /** Unsigned integer up to 2^53, 7 bits a byte (arithmetic, not bitwise: values pass 2^32). */
  varint(v: number): void {
    this.room(8);
    while (v >= 128) {
      this.buf[this.n++] = (v % 128) | 128;
      v = Math.floor(v / 128);
    }
    this.buf[this.n++] = v;
  }
  fixed(v: number, bytes: number): void {
    this.room(bytes);
    for (let k = 0; k < bytes; k++) {
      this.buf[this.n++] = v % 256;
      v = Math.floor(v / 256);
    }
  }
  word(v: number): void {
    this.room(4);
    this.buf[this.n++] = (v >>> 24) & 255;
    this.buf[this.n++] = (v >>> 16) & 255;
    this.buf[this.n++] = (v >>> 8) & 255;
    this.buf[this.n++] = v & 255;
  }
}

class Reader {
  i = 0;
  constructor(private readonly buf: Uint8Array) {}
  byte(): number {
    if (this.i >= this.buf.length) throw new Error('transfer graph checkpoint is truncated');
    return this.buf[this.i++]!;
  }
  varint(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      v += (b & 127) * scale;
      if (b < 128) return v;
      scale *= 128;
      if (scale > 2 ** 56) throw new Error('transfer graph checkpoint has a bad number');
    }
  }
  fixed(bytes: number): number {
    let v = 0;
    for (let k = 0, scale = 1; k < bytes; k++, scale *= 256) v += this.byte() * scale;
    return v;
  }
  word(): number {
    return (this.byte() << 24) | (this.byte() << 16) | (this.byte() << 8) | this.byte() | 0;
  }
}

export function encodeTransferGraph(p: TransferGraphParts): string {
  const w = new Writer();
  w.byte(VERSION);
  w.varint(p.length);
  w.varint(p.names.length);
  w.varint(p.skipped);
  for (const name of p.names) for (let k = 0; k < 40; k += 2) w.byte(parseInt(name.slice(k, k + 2), 16));
  let prevBlock = 0;
  for (let i = 0; i < p.length; i++) {
    const o = i * 8;
    let same = i > 0;
    for (let k = 0; same && k < 8; k++) same = p.tx[o + k] === p.tx[o - 8 + k];
    w.byte(same ? 1 : 0);
    w.varint(p.from[i]!);
    w.varint(p.to[i]!);
    w.varint(p.block[i]! - prevBlock);
    prevBlock = p.block[i]!;
    w.varint(p.hi[i]!);
    w.fixed(p.lo[i]!, 6);
    if (!same) for (let k = 0; k < 8; k++) w.word(p.tx[o + k]!);
  }
  return toBase64(w.buf.subarray(0, w.n));
}

/** Throws on anything that is not a whole, consistent encoding (the caller then starts over). */
export function decodeTransferGraph(text: string): TransferGraphParts {
  const r = new Reader(fromBase64(text));
  if (r.byte() !== VERSION) throw new Error('transfer graph checkpoint has another version');
  const length = r.varint();
  const count = r.varint();
  const skipped = r.varint();
  const names: string[] = [];
  for (let a = 0; a < count; a++) {
    let s = '';
    for (let k = 0; k < 20; k++) s += r.byte().toString(16).padStart(2, '0');
    names.push(s);
  }
  const size = Math.max(1024, length);
  const p: TransferGraphParts = {
    names,
    length,
    skipped,
    from: new Int32Array(size),
    to: new Int32Array(size),
    block: new Float64Array(size),
    hi: new Float64Array(size),
    lo: new Float64Array(size),
    tx: new Int32Array(size * 8),
  };
  let block = 0;
  for (let i = 0; i < length; i++) {
    const same = r.byte() & 1;
    p.from[i] = r.varint();
    p.to[i] = r.varint();
    if (p.from[i]! >= count || p.to[i]! >= count) throw new Error('transfer graph checkpoint names an unknown address');
    block += r.varint();
    p.block[i] = block;
    p.hi[i] = r.varint();
    p.lo[i] = r.fixed(6);
    const o = i * 8;
    if (same && i > 0) p.tx.copyWithin(o, o - 8, o);
    else for (let k = 0; k < 8; k++) p.tx[o + k] = r.word();
  }
  return p;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODE = new Uint8Array(64).map((_, i) => ALPHABET.charCodeAt(i));
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) VALUE[ALPHABET.charCodeAt(i)] = i;
const PAD = 61; // '='

/**
 * Base64 through byte arrays and TextDecoder/TextEncoder (in browsers and Node alike): building
 * a 17 MB binary string for btoa char by char took seconds in the bench; this takes a fraction.
 */
function toBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = CODE[v >>> 18]!;
    out[o++] = CODE[(v >>> 12) & 63]!;
    out[o++] = CODE[(v >>> 6) & 63]!;
    out[o++] = CODE[v & 63]!;
  }
  if (i < n) {
    const v = (bytes[i]! << 16) | (i + 1 < n ? bytes[i + 1]! << 8 : 0);
    out[o++] = CODE[v >>> 18]!;
    out[o++] = CODE[(v >>> 12) & 63]!;
    out[o++] = i + 1 < n ? CODE[(v >>> 6) & 63]! : PAD;
    out[o] = PAD;
  }
  return new TextDecoder().decode(out);
}

function fromBase64(text: string): Uint8Array {
  const src = new TextEncoder().encode(text);
  if (src.length % 4 !== 0) throw new Error('transfer graph checkpoint is not base64');
  let len = (src.length / 4) * 3;
  if (src.length && src[src.length - 1] === PAD) len--;
  if (src.length > 1 && src[src.length - 2] === PAD) len--;
  const out = new Uint8Array(len);
  let o = 0;
  for (let i = 0; i < src.length; i += 4) {
    const a = VALUE[src[i]!] ?? -1;
    const b = VALUE[src[i + 1]!] ?? -1;
    const c = src[i + 2] === PAD ? 0 : (VALUE[src[i + 2]!] ?? -1);
    const d = src[i + 3] === PAD ? 0 : (VALUE[src[i + 3]!] ?? -1);
    if ((a | b | c | d) < 0) throw new Error('transfer graph checkpoint is not base64');
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < len) out[o++] = v >>> 16;
    if (o < len) out[o++] = (v >>> 8) & 255;
    if (o < len) out[o++] = v & 255;
  }
  return out;
}
