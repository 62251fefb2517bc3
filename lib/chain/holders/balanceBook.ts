/**
 * Net balances per address, built for the Transfer hot loop (tests/bench/chain.bench.ts).
 *
 * - An address is read straight from its topic string as five 32-bit words (a hex lookup table
 *   over charCodeAt: no substring, no lower-casing, no allocation) and found in an
 *   open-addressing table over a flat Int32Array — exact (all 160 bits compared), case-blind.
 * - Amounts never become BigInts per log: the data word's hex digits are read into 24-bit limbs
 *   (6 hex digits each, 11 limbs for 256 bits) and added into a Float64Array per account. Each
 *   addition moves a limb by < 2^24, so limbs stay exact integers for 2^28 additions; before that
 *   they are folded into a BigInt base. BigInts are built once per account, at the end.
 * In the bench, a Map keyed by address strings with BigInt sums was ~1.5× slower overall.
 */
import type { Address } from 'viem';

const WORDS = 5;
const LIMBS = 11;
const LIMB_HEX = 6;
/** Additions after which limbs are folded into BigInts (each |limb| then stays < 2^52). */
const FOLD_AFTER = 2 ** 28;

/** Hex digit value by char code, −1 for anything else. */
const HEX = new Int8Array(65536).fill(-1);
for (let i = 0; i < 10; i++) HEX[48 + i] = i;
for (let i = 0; i < 6; i++) HEX[97 + i] = HEX[65 + i] = 10 + i;

function mix(w2: number, w3: number, w4: number): number {
  let h = Math.imul(w4 ^ Math.imul(w3, 0x9e3779b1), 0x85ebca6b) ^ w2;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export class BalanceBook {
  private table = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private words = new Int32Array(WORDS * 1024);
  private limbs = new Float64Array(LIMBS * 1024);
  private base: bigint[] = [];
  private count = 0;
  private additions = 0;
  /** The value being applied, as limbs (least significant first), and its top limb index. */
  private readonly value = new Float64Array(LIMBS);
  private top = -1;
  /** The address being looked up; −1 in `bad` when a character was not hex. */
  private w = new Int32Array(WORDS);
  private bad = 0;

  /** `foldAfter` is for tests; the default keeps every limb exact. */
  constructor(private readonly foldAfter = FOLD_AFTER) {}

  get size(): number {
    return this.count;
  }

  /**
   * Moves the amount in `data` (hex, first 32-byte word) from the address in topic `from` to the
   * one in topic `to`. Returns false, changing nothing, when `data` or a topic is not hex.
   */
  move(from: string, to: string, data: string): boolean {
    if (!this.readValue(data)) return false;
    if (this.top < 0) return true;
    this.readAddress(from, 26);
    if (this.bad < 0) return false;
    const a = this.slot();
    this.readAddress(to, 26);
    if (this.bad < 0) return false;
    const b = this.slot();
    const { limbs, value } = this;
    const oa = a * LIMBS;
    const ob = b * LIMBS;
    for (let k = 0; k <= this.top; k++) {
      limbs[oa + k]! -= value[k]!;
      limbs[ob + k]! += value[k]!;
    }
    if (++this.additions >= this.foldAfter) this.fold();
    return true;
  }

  /** Lowercase address → net balance (zero and negative included). */
  toMap(): Map<Address, bigint> {
    const out = new Map<Address, bigint>();
    for (let i = 0; i < this.count; i++) out.set(this.addressAt(i), this.balanceAt(i));
    return out;
  }

  /** JSON-safe state for checkpoints. */
  save(): [string, string][] {
    return Array.from({ length: this.count }, (_, i) => [this.addressAt(i), this.balanceAt(i).toString()]);
  }

  static restore(saved: readonly [string, string][]): BalanceBook {
    const book = new BalanceBook();
    for (const [address, value] of saved) {
      book.readAddress(address, 2);
      if (book.bad < 0 || address.length !== 42) throw new Error(`bad checkpoint address ${address}`);
      const i = book.slot();
      book.base[i]! += BigInt(value);
    }
    return book;
  }

  private balanceAt(i: number): bigint {
    let sum = this.base[i]!;
    for (let k = 0; k < LIMBS; k++) {
      const limb = this.limbs[i * LIMBS + k]!;
      if (limb !== 0) sum += BigInt(limb) << BigInt(24 * k);
    }
    return sum;
  }

  private fold(): void {
    for (let i = 0; i < this.count; i++) {
      this.base[i] = this.balanceAt(i);
      this.limbs.fill(0, i * LIMBS, (i + 1) * LIMBS);
    }
    this.additions = 0;
  }

  private addressAt(i: number): Address {
    let hex = '0x';
    for (let k = 0; k < WORDS; k++) hex += (this.words[i * WORDS + k]! >>> 0).toString(16).padStart(8, '0');
    return hex as Address;
  }

  /** Reads data[2..min(len, 66)) right-aligned into `value`; false when not hex. */
  private readValue(data: string): boolean {
    const end = data.length < 66 ? data.length : 66;
    let z = 2;
    while (z < end && data.charCodeAt(z) === 48) z++;
    this.top = -1;
    let bad = 0;
    for (let j = 0, hi = end; hi > z; j++, hi -= LIMB_HEX) {
      const lo = hi - LIMB_HEX > z ? hi - LIMB_HEX : z;
      let limb = 0;
      for (let k = lo; k < hi; k++) {
        const d = HEX[data.charCodeAt(k)]!;
        bad |= d;
        limb = limb * 16 + d;
      }
      this.value[j] = limb;
      this.top = j;
    }
    return bad >= 0 && (data.length < 2 || data.charCodeAt(1) === 120);
  }

  private readAddress(t: string, at: number): void {
    let bad = 0;
    for (let i = 0; i < WORDS; i++) {
      let w = 0;
      for (let k = at + 8 * i, stop = k + 8; k < stop; k++) {
        const d = HEX[t.charCodeAt(k)]!;
        bad |= d;
        w = (w << 4) | d;
      }
      this.w[i] = w;
    }
    this.bad = bad;
  }

  private slot(): number {
    const { table, words, w } = this;
    const w0 = w[0];
    const w1 = w[1];
    const w2 = w[2]!;
    const w3 = w[3]!;
    const w4 = w[4]!;
    let i = mix(w2, w3, w4) & this.mask;
    for (;;) {
      const s = table[i]!;
      if (s === 0) break;
      const o = (s - 1) * WORDS;
      if (words[o + 4] === w4 && words[o + 3] === w3 && words[o + 2] === w2 && words[o + 1] === w1 && words[o] === w0) return s - 1;
      i = (i + 1) & this.mask;
    }
    const idx = this.count++;
    if ((idx + 1) * WORDS > this.words.length) {
      const words2 = new Int32Array(this.words.length * 2);
      words2.set(this.words);
      this.words = words2;
      const limbs2 = new Float64Array(this.limbs.length * 2);
      limbs2.set(this.limbs);
      this.limbs = limbs2;
    }
    this.words.set(w, idx * WORDS);
    this.base.push(0n);
    table[i] = idx + 1;
    if ((idx + 1) * 2 > this.mask) this.grow();
    return idx;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    for (let idx = 0; idx < this.count; idx++) {
      const o = idx * WORDS;
      let i = mix(this.words[o + 2]!, this.words[o + 3]!, this.words[o + 4]!) & this.mask;
      while (this.table[i] !== 0) i = (i + 1) & this.mask;
      this.table[i] = idx + 1;
    }
  }
}
