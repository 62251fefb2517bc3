import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BalanceBook, TRANSFER_TOPIC, applyTransfers } from '../../../lib/chain/holders/transferDecoder';
import type { RawLog } from '../../../lib/chain/logs/types';

const topic = (address: string) => `0x${'0'.repeat(24)}${address.slice(2)}` as `0x${string}`;
const log = (from: string, to: string, value: bigint, extra: Partial<RawLog> = {}): RawLog =>
  ({
    address: '0x0000000000000000000000000000000000000001',
    topics: [TRANSFER_TOPIC, topic(from), topic(to)],
    data: `0x${value.toString(16).padStart(64, '0')}`,
    blockNumber: '0x1',
    transactionHash: '0x',
    transactionIndex: '0x0',
    logIndex: '0x0',
    blockHash: '0x',
    ...extra,
  }) as RawLog;

describe('BalanceBook and the Transfer decoder', () => {
  it('agrees with a plain Map for any sequence of transfers (growth, collisions and limb folding included)', () => {
    // A narrow alphabet makes many addresses share words (hash neighbours); a wide one covers case.
    const hex = (chars: string) => fc.string({ unit: fc.constantFrom(...chars), minLength: 40, maxLength: 40 }).map((h: string) => `0x${h}`);
    const address = fc.oneof(hex('0123456789abcdefABCDEF'), hex('01f'));
    fc.assert(
      fc.property(
        fc.array(address, { minLength: 1, maxLength: 3000 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.bigInt({ min: 0n, max: 2n ** 256n - 1n })), { maxLength: 3000 }),
        fc.constantFrom(undefined, 1, 7),
        (addrs, moves, fold) => {
          const book = new BalanceBook(fold);
          const ref = new Map<string, bigint>();
          const logs = moves.map(([i, j, v]) => log(addrs[i % addrs.length], addrs[j % addrs.length], v));
          expect(applyTransfers(book, logs)).toBe(logs.length);
          for (const [i, j, v] of moves) {
            if (v === 0n) continue;
            const a = addrs[i % addrs.length].toLowerCase();
            const b = addrs[j % addrs.length].toLowerCase();
            ref.set(a, (ref.get(a) ?? 0n) - v);
            ref.set(b, (ref.get(b) ?? 0n) + v);
          }
          expect(book.toMap()).toEqual(ref);
          expect(BalanceBook.restore(book.save()).toMap()).toEqual(ref);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('treats upper- and lower-case topics as the same account', () => {
    const book = new BalanceBook();
    const a = '0xabcdefabcdefabcdefabcdefabcdefabcdefabcd';
    applyTransfers(book, [
      log('0x0000000000000000000000000000000000000000', a, 5n),
      log(a.toUpperCase().replace('0X', '0x'), a, 0n),
      log(a.toUpperCase().replace('0X', '0x'), '0x00000000000000000000000000000000000000ff', 2n),
    ]);
    expect(book.toMap().get(a)).toBe(3n);
  });

  it('skips ERC-721 transfers and other events; rejects malformed topics and values', () => {
    const book = new BalanceBook();
    const a = '0x1111111111111111111111111111111111111111';
    const b = '0x2222222222222222222222222222222222222222';
    const nft = log(a, b, 0n, { data: '0x' });
    nft.topics.push(topic(a));
    const other = log(a, b, 9n);
    other.topics[0] = `0x${'1'.repeat(64)}`;
    expect(applyTransfers(book, [nft, other])).toBe(0);
    expect(book.size).toBe(0);
    expect(() => applyTransfers(book, [log(a, b, 1n, { data: '0xzz' as `0x${string}` })])).toThrow(/not hex/);
    const short = log(a, b, 1n);
    short.topics[1] = '0x1234';
    expect(() => applyTransfers(book, [short])).toThrow(/32 bytes/);
  });
});
