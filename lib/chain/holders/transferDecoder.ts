/**
 * The one hot loop of a holder scan: raw Transfer logs → balances. No ABI decoding:
 * `Transfer(address indexed from, address indexed to, uint256 value)` keeps both addresses in
 * topics 1 and 2 and the value as the 32-byte data word.
 *
 * Speed (tests/bench/chain.bench.ts): accounts are keyed by the topic string exactly as JSON.parse
 * produced it — no slicing, lower-casing or concatenation per log — and each account is a slot in
 * a bigint array, so a log costs one BigInt parse, two Map lookups and two bigint additions.
 * Topic → address conversion (and merging of any mixed-case duplicates) happens once per account.
 */
import type { Address } from 'viem';
import { MalformedResponseError } from '../errors';
import type { RawLog } from '../logs/types';

export const TRANSFER_TOPIC = '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef';

export class BalanceBook {
  private readonly slot = new Map<string, number>();
  private readonly topics: string[] = [];
  private readonly values: bigint[] = [];

  /** Applies every ERC-20 Transfer in `logs`; returns how many were applied. */
  apply(logs: readonly RawLog[]): number {
    const { slot, topics, values } = this;
    let applied = 0;
    for (let i = 0; i < logs.length; i++) {
      const t = logs[i].topics;
      // ERC-721 shares the signature but indexes the token id as a 4th topic: not ours.
      if (t.length !== 3) continue;
      if (t[0] !== TRANSFER_TOPIC && t[0].toLowerCase() !== TRANSFER_TOPIC) continue;
      const from = t[1];
      const to = t[2];
      if (from.length !== 66 || to.length !== 66) throw malformed('a Transfer topic is not 32 bytes');
      const value = word(logs[i].data);
      applied++;
      if (value === 0n) continue;
      let a = slot.get(from);
      if (a === undefined) {
        a = values.length;
        slot.set(from, a);
        topics.push(from);
        values.push(0n);
      }
      let b = slot.get(to);
      if (b === undefined) {
        b = values.length;
        slot.set(to, b);
        topics.push(to);
        values.push(0n);
      }
      values[a] -= value;
      values[b] += value;
    }
    return applied;
  }

  /** Lowercase address → net balance (zero and negative included). */
  toMap(): Map<Address, bigint> {
    const out = new Map<Address, bigint>();
    for (let i = 0; i < this.topics.length; i++) {
      const address = `0x${this.topics[i].slice(26).toLowerCase()}` as Address;
      const prev = out.get(address);
      out.set(address, prev === undefined ? this.values[i] : prev + this.values[i]);
    }
    return out;
  }

  /** JSON-safe state for checkpoints. */
  save(): [string, string][] {
    return this.topics.map((t, i) => [t, this.values[i].toString()]);
  }

  static restore(saved: [string, string][]): BalanceBook {
    const book = new BalanceBook();
    for (const [topic, value] of saved) {
      book.slot.set(topic, book.values.length);
      book.topics.push(topic);
      book.values.push(BigInt(value));
    }
    return book;
  }
}

function word(data: string): bigint {
  try {
    if (data.length === 66) return BigInt(data);
    if (data.length > 66) return BigInt(data.slice(0, 66));
    return data.length > 2 ? BigInt(data) : 0n;
  } catch {
    throw malformed('a Transfer value is not hex');
  }
}

function malformed(details: string): MalformedResponseError {
  return new MalformedResponseError('eth_getLogs', { details });
}
